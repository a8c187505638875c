package vn.noivu.bpm.platform.web.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import vn.noivu.bpm.platform.identity.ProcedureGroup;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.identity.TaskGroups;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.security.PublicEndpoint;
import vn.noivu.bpm.platform.security.Throttled;
import vn.noivu.bpm.platform.web.ApiError;

/**
 * Writes on every operation what the access interceptor enforces and what the error handler answers, from the same
 * annotations: who may call it ("Vai trò: ..." and {@value #GROUPS_EXTENSION}), its security requirement (HTTP Basic,
 * none when {@link PublicEndpoint}), and the 4xx responses it can give, each with the {@link ApiError} body.
 * A 4xx response a controller declares itself keeps its description and gets the same body.
 */
class ApiAccessDocs implements OperationCustomizer {

    /** The groups (ids) allowed, besides administrators; absent on public operations, empty for any signed-in user. */
    static final String GROUPS_EXTENSION = "x-allowed-groups";

    static final String ERROR_SCHEMA_REF = "#/components/schemas/ApiError";

    private static final Map<String, String> SUCCESS = Map.of(
            "OK", "Thành công",
            "Created", "Đã tạo",
            "Accepted", "Đã tiếp nhận",
            "No Content", "Thành công, không có nội dung trả về");

    private final TaskGroups taskGroups;

    ApiAccessDocs(TaskGroups taskGroups) {
        this.taskGroups = taskGroups;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        io.swagger.v3.oas.annotations.Operation declared = AnnotatedElementUtils.findMergedAnnotation(
                handler.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
        if (declared == null || declared.operationId().isEmpty()) {
            operation.setOperationId(operationId(handler));
        }
        boolean isPublic = find(handler, PublicEndpoint.class) != null;
        AllowedRoles allowed = find(handler, AllowedRoles.class);
        describeAccess(operation, isPublic, allowed);
        describeErrors(operation, handler, isPublic, allowed);
        return operation;
    }

    /** The security requirement and who may call: "Công khai", or "Vai trò: ..." and the groups' ids. */
    private void describeAccess(Operation operation, boolean isPublic, AllowedRoles allowed) {
        if (isPublic) {
            operation.setSecurity(new ArrayList<>());
            appendDescription(operation, "**Công khai**: không cần tài khoản.");
        } else {
            operation.setSecurity(new ArrayList<>(List.of(new SecurityRequirement().addList(ApiDocsConfiguration.BASIC))));
            List<String> groups = allowedGroups(allowed);
            operation.addExtension(GROUPS_EXTENSION, groups);
            appendDescription(operation, allowed == null ? "**Vai trò**: mọi người dùng đã đăng nhập."
                    : "**Vai trò**: " + String.join(", ", groups.stream().map(this::groupLabel).toList())
                    + "; Quản trị hệ thống (`" + Role.CAMUNDA_ADMIN.groupId() + "`) luôn được phép.");
        }
    }

    /** The 4xx responses the interceptor, the error handler and the throttle can give here, with their bodies. */
    private void describeErrors(Operation operation, HandlerMethod handler, boolean isPublic, AllowedRoles allowed) {
        boolean writes = httpMethods(handler).stream().anyMatch(m -> m != RequestMethod.GET && m != RequestMethod.HEAD);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean hasInput = operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean hasPathVariables = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
        if (hasInput) {
            add(responses, 400, "Dữ liệu gửi lên không hợp lệ: `fields` nêu từng trường, quy tắc bị vi phạm "
                    + "(`rule`) và thông báo tiếng Việt.", new ApiError(400, "validation_failed",
                    "Dữ liệu gửi lên không hợp lệ.", List.of(new ApiError.FieldError("citizenId", "pattern",
                    "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số."))));
        }
        if (!isPublic) {
            add(responses, 401, "Chưa đăng nhập, hoặc sai tên đăng nhập hay mật khẩu (kèm WWW-Authenticate: Basic).",
                    ApiError.of(401, "authentication_required", "Cần đăng nhập để sử dụng chức năng này."));
            add(responses, 403, allowed == null ? "Tài khoản không có quyền thực hiện thao tác này."
                            : "Tài khoản không thuộc vai trò được phép.",
                    ApiError.of(403, "forbidden", "Tài khoản không có quyền sử dụng chức năng này."));
        }
        if (hasPathVariables) {
            add(responses, 404, "Không tìm thấy đối tượng theo mã trong đường dẫn; `error` nêu đối tượng "
                    + "(ví dụ `round_not_found`, `application_not_found`).",
                    ApiError.of(404, "round_not_found", "Không có kỳ tuyển dụng TD-2026-01."));
        }
        if (writes) {
            add(responses, 409, "Xung đột: thao tác không được phép ở bước hiện tại của hồ sơ, trùng với dữ liệu đã có, "
                    + "hoặc dữ liệu vừa được yêu cầu khác thay đổi; `error` nêu lý do.",
                    ApiError.of(409, "concurrent_change", "Dữ liệu vừa được một yêu cầu khác thay đổi cùng lúc: "
                            + "tải lại và kiểm tra trước khi gửi lại."));
        }
        if (isMultipart(operation)) {
            add(responses, 413, "Tệp gửi lên vượt quá dung lượng cho phép (50 MB).",
                    ApiError.of(413, "payload_too_large", "Tệp gửi lên vượt quá dung lượng cho phép (50 MB)."));
        }
        if (!isPublic || find(handler, Throttled.class) != null) {
            add(responses, 429, isPublic
                            ? "Quá nhiều yêu cầu từ cùng một địa chỉ (hoặc cho cùng một hồ sơ) trong thời gian ngắn; "
                            + "thử lại sau số giây ở Retry-After."
                            : "Quá nhiều lần đăng nhập sai từ địa chỉ này; thử lại sau số giây ở Retry-After.",
                    ApiError.of(429, "too_many_requests", "Quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau "
                            + "60 giây."));
            responses.get("429").addHeaderObject("Retry-After", new Header()
                    .description("Số giây cần chờ trước khi gửi lại.").schema(new IntegerSchema()));
        }
        // Spring's reason phrases (OK, Created, Accepted) in Vietnamese.
        responses.forEach((code, response) -> {
            String vietnamese = SUCCESS.get(response.getDescription());
            if (code.startsWith("2") && vietnamese != null) {
                response.setDescription(vietnamese);
            }
        });
        // 4xx responses the controller declared itself: the same error body (not the operation's return type).
        responses.forEach((code, response) -> {
            if (code.startsWith("4") && !hasErrorBody(response)) {
                response.setContent(errorContent(null));
            }
        });
    }

    /** Stable and unique without a registry: the controller's name and the method's (recruitmentApply). */
    static String operationId(HandlerMethod handler) {
        String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
        String method = handler.getMethod().getName();
        return Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }

    private List<String> allowedGroups(AllowedRoles allowed) {
        if (allowed == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(allowed.value()).map(Role::groupId).forEach(ids::add);
        ids.addAll(Arrays.asList(allowed.groups()));
        if (!allowed.access().isEmpty()) {
            ids.addAll(taskGroups.withAccess(allowed.access()));
        }
        return List.copyOf(ids);
    }

    private String groupLabel(String groupId) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            names.put(role.groupId(), role.groupName());
        }
        for (ProcedureGroup group : taskGroups.contributed()) {
            names.put(group.groupId(), group.groupName());
        }
        String name = names.get(groupId);
        return name == null ? "`" + groupId + "`" : name + " (`" + groupId + "`)";
    }

    private static void appendDescription(Operation operation, String line) {
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? line : description + "\n\n" + line);
    }

    private static void add(ApiResponses responses, int status, String description, ApiError example) {
        String code = Integer.toString(status);
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(description).content(errorContent(example)));
        } else if (!hasErrorBody(responses.get(code))) {
            responses.get(code).setContent(errorContent(example));
        }
    }

    private static boolean hasErrorBody(ApiResponse response) {
        return response.getContent() != null && response.getContent().values().stream()
                .allMatch(media -> media.getSchema() != null && ERROR_SCHEMA_REF.equals(media.getSchema().get$ref()));
    }

    static Content errorContent(ApiError example) {
        MediaType json = new MediaType().schema(new Schema<>().$ref(ERROR_SCHEMA_REF));
        if (example != null) {
            json.setExample(example);
        }
        return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, json);
    }

    private static boolean isMultipart(Operation operation) {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().keySet().stream()
                .anyMatch(type -> type.startsWith(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE));
    }

    private static Set<RequestMethod> httpMethods(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping == null ? Set.of() : Set.of(mapping.method());
    }

    private static <A extends Annotation> A find(HandlerMethod method, Class<A> type) {
        A onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), type);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), type);
    }
}
