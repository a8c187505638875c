package vn.noivu.bpm.platform.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.noivu.bpm.platform.identity.TaskGroups;

/**
 * The OpenAPI description of our own API ({@code /api/**}) at {@code /v3/api-docs} (and {@code .yaml}), read by
 * Swagger UI at {@code /swagger-ui.html}. Generated from the controllers: their {@code @Operation} summaries and
 * {@code @Tag}s; who may call each operation, the security requirement and the error responses are written by
 * {@link ApiAccessDocs} from the same annotations the interceptor enforces; downloads get their media types from
 * {@link ApiDocsCompletion}. Camunda's {@code /engine-rest} is not part of it: Camunda documents it itself.
 */
@Configuration
public class ApiDocsConfiguration {

    /** The security scheme every signed-in operation requires. */
    public static final String BASIC = "basicAuth";

    /** Camunda's own reference of its REST API (/engine-rest), for the version the project runs. */
    public static final String CAMUNDA_REST_DOCS = "https://docs.camunda.org/rest/camunda-bpm-platform/7.24/";

    static {
        // The signed-in caller is put on the request by the authentication filter: it is nothing a client sends.
        SpringDocUtils.getConfig().addAnnotationsToIgnore(RequestAttribute.class);
    }

    @Bean
    OpenAPI noivuOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null || properties.getVersion() == null ? "" : properties.getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("API Hệ thống quy trình ngành Nội vụ")
                        .version(version.isBlank() ? "dev" : version)
                        .description(DESCRIPTION))
                .externalDocs(new ExternalDocumentation()
                        .description("API của Camunda (/engine-rest): tài liệu của Camunda 7.24")
                        .url(CAMUNDA_REST_DOCS))
                // Relative: the description is valid on every node and behind any balancer, and stays the same.
                .servers(List.of(new Server().url("/").description("Máy chủ đang phục vụ tài liệu này")))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("Tài khoản của hệ thống (người dùng của Camunda), gửi bằng HTTP Basic. "
                                + "Vai trò của tài khoản là các nhóm (group) nó thuộc về.")));
    }

    @Bean
    OperationCustomizer apiAccessDocs(TaskGroups taskGroups) {
        return new ApiAccessDocs(taskGroups);
    }

    @Bean
    OpenApiCustomizer apiDocsCompletion(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping) {
        return new ApiDocsCompletion(handlerMapping);
    }

    private static final String DESCRIPTION = """
            API của Hệ thống quy trình ngành Nội vụ: tuyển dụng, nâng ngạch và thăng hạng, thi đua khen thưởng, \
            sắp xếp đơn vị hành chính, và các chức năng dùng chung (lịch làm việc, văn bản, hồ sơ cán bộ, báo cáo).

            *English: the REST API of the Home Affairs procedures system; descriptions are in Vietnamese, error keys \
            and field names in English.*

            **Xác thực.** Chức năng ghi "Công khai" không cần tài khoản (cổng dịch vụ công, người dân gọi trực tiếp). \
            Các chức năng khác cần tài khoản của hệ thống, gửi bằng HTTP Basic (`Authorization: Basic ...`); mỗi \
            chức năng ghi rõ **vai trò** (nhóm) được phép. Quản trị hệ thống (`camunda-admin`) luôn được phép. \
            Sai mật khẩu nhiều lần liên tiếp sẽ bị tạm khóa đăng nhập (429).

            **Lỗi.** Mọi lỗi trả về cùng một dạng JSON `ApiError`: `status` (mã HTTP), `error` (khóa tiếng Anh, \
            ổn định, để chương trình xử lý), `message` (thông báo tiếng Việt cho người đọc) và `fields` (từng trường \
            bị từ chối: `field`, `rule`, `message`). Không có lỗi 5xx cho dữ liệu người gọi gửi lên.

            **Ngày tháng** gửi và nhận theo ISO 8601 (`yyyy-MM-dd`), múi giờ Asia/Ho_Chi_Minh. \
            **Số định danh cá nhân (CCCD)** gồm đúng 12 chữ số.

            **API của Camunda** (`/engine-rest`: triển khai mô hình, công việc, biến quy trình) không nằm trong \
            tài liệu này: xem tài liệu của Camunda 7.24 (liên kết bên dưới).
            """;
}
