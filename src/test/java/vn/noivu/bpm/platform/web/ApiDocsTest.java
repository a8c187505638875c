package vn.noivu.bpm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.identity.TaskGroups;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.security.PublicEndpoint;
import vn.noivu.bpm.platform.security.Throttled;

/**
 * The OpenAPI description (/v3/api-docs) against the controllers the application actually maps: every /api mapping
 * is documented with its method and nothing else is; each operation has a Vietnamese summary, a tag, the error
 * responses it can give with the ApiError body, and the security its annotations enforce. Swagger UI is served from
 * the WebJar, and docs/openapi.json is the description as generated.
 */
@PostgresIntegrationTest
class ApiDocsTest {

    /** A letter only Vietnamese writes (with its diacritics), so an English or ASCII-only summary fails. */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", Pattern.CASE_INSENSITIVE);

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+):((?:[^{}]|\\{[^{}]*})+)}");

    private static final Path SNAPSHOT = Path.of("docs/openapi.json");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    TaskGroups taskGroups;

    private final ObjectMapper json = new ObjectMapper();
    private JsonNode docs;

    /** One handler mapping of /api, as the description names it: GET /api/recruitment/rounds/{code}. */
    private record Mapped(String method, String path, HandlerMethod handler, RequestMappingInfo info) {
        String key() {
            return method + " " + path;
        }
    }

    @BeforeEach
    void loadDescription() throws IOException {
        HttpResponse<String> response = new HttpTestClient(port).get("/v3/api-docs");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        docs = json.readTree(response.body());
    }

    private List<Mapped> apiMappings() {
        List<Mapped> mapped = new ArrayList<>();
        handlerMapping.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                assertThat(methods).as("%s maps %s without naming its HTTP method", handler, pattern).isNotEmpty();
                String path = PATH_VARIABLE.matcher(pattern).replaceAll("{$1}");
                methods.forEach(method -> mapped.add(new Mapped(method.name(), path, handler, info)));
            }
        });
        return mapped;
    }

    private JsonNode operation(Mapped mapped) {
        return docs.path("paths").path(mapped.path()).path(mapped.method().toLowerCase());
    }

    @Test
    void everyApiMappingIsDocumentedWithItsMethodAndNothingElseIs() {
        Set<String> mapped = new TreeSet<>();
        apiMappings().forEach(m -> mapped.add(m.key()));
        Set<String> documented = new TreeSet<>();
        docs.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace").contains(method)) {
                documented.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        assertThat(mapped).as("the /api mappings").hasSizeGreaterThan(60);
        assertThat(documented).as("operations of /v3/api-docs (only /api: not Camunda's /engine-rest, no page)")
                .containsExactlyElementsOf(mapped);
    }

    @Test
    void everyOperationHasAVietnameseSummaryAndAKnownTag() {
        Set<String> tags = new LinkedHashSet<>();
        docs.path("tags").forEach(tag -> {
            assertThat(tags.add(tag.path("name").asText())).as("tag listed once: " + tag).isTrue();
            assertThat(tag.path("description").asText()).as(tag.toString()).matches(s -> VIETNAMESE.matcher(s).find());
        });
        assertThat(tags).contains("Tuyển dụng", "Nâng ngạch, thăng hạng", "Thi đua, khen thưởng",
                "Sắp xếp đơn vị hành chính", "Nền tảng");
        Set<String> operationIds = new LinkedHashSet<>();
        for (Mapped mapped : apiMappings()) {
            JsonNode operation = operation(mapped);
            String summary = operation.path("summary").asText("");
            assertThat(summary).as("@Operation(summary = ...) in Vietnamese on " + mapped.handler())
                    .isNotBlank().matches(s -> VIETNAMESE.matcher(s).find(), "has a Vietnamese letter");
            assertThat(operation.path("tags")).as("one tag (@Tag on the controller): " + mapped.handler()).hasSize(1);
            assertThat(tags).as(mapped.key()).contains(operation.path("tags").get(0).asText());
            assertThat(operation.path("operationId").asText()).as(mapped.key()).isNotBlank();
            operationIds.add(mapped.key() + "=" + operation.path("operationId").asText());
        }
        Set<String> ids = new TreeSet<>();
        docs.path("paths").forEach(item -> item.forEach(operation -> {
            if (operation.has("operationId")) {
                assertThat(ids.add(operation.path("operationId").asText())).as("unique " + operation.path("operationId"))
                        .isTrue();
            }
        }));
    }

    @Test
    void securityAndRolesFollowTheAnnotationsTheInterceptorEnforces() {
        for (Mapped mapped : apiMappings()) {
            JsonNode operation = operation(mapped);
            boolean isPublic = find(mapped.handler(), PublicEndpoint.class) != null;
            AllowedRoles allowed = find(mapped.handler(), AllowedRoles.class);
            String description = operation.path("description").asText("");
            if (isPublic) {
                assertThat(operation.path("security")).as("public: no security requirement, " + mapped.key())
                        .isInstanceOf(ArrayNode.class).isEmpty();
                assertThat(description).as(mapped.key()).contains("Công khai");
                assertThat(operation.has("x-allowed-groups")).as(mapped.key()).isFalse();
            } else {
                assertThat(operation.path("security").toString()).as("HTTP Basic: " + mapped.key())
                        .isEqualTo("[{\"basicAuth\":[]}]");
                assertThat(description).as(mapped.key()).contains("Vai trò");
                List<String> groups = new ArrayList<>();
                operation.path("x-allowed-groups").forEach(group -> groups.add(group.asText()));
                assertThat(groups).as("groups allowed on " + mapped.key()).containsExactlyInAnyOrderElementsOf(
                        expectedGroups(allowed));
                for (String group : groups) {
                    assertThat(description).as(mapped.key()).contains("`" + group + "`");
                }
                if (allowed == null) {
                    assertThat(description).as(mapped.key()).contains("mọi người dùng đã đăng nhập");
                }
            }
        }
        assertThat(docs.path("components").path("securitySchemes").path("basicAuth").path("scheme").asText())
                .isEqualTo("basic");
        JsonNode apply = docs.path("paths").path("/api/recruitment/rounds/{code}/applications").path("post");
        assertThat(apply.path("security")).isEmpty();
        JsonNode scores = docs.path("paths").path("/api/recruitment/rounds/{code}/scores").path("post");
        assertThat(scores.path("description").asText()).contains("Hội đồng tuyển dụng");
    }

    /** Computed here from the annotation, not by the customizer's code. */
    private List<String> expectedGroups(AllowedRoles allowed) {
        if (allowed == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(allowed.value()).map(Role::groupId).forEach(ids::add);
        ids.addAll(Arrays.asList(allowed.groups()));
        if (!allowed.access().isEmpty()) {
            taskGroups.contributed().stream().filter(g -> g.access().contains(allowed.access()))
                    .forEach(g -> ids.add(g.groupId()));
        }
        return List.copyOf(ids);
    }

    @Test
    void everyOperationListsTheErrorsItCanGiveWithTheApiErrorBody() {
        for (Mapped mapped : apiMappings()) {
            JsonNode operation = operation(mapped);
            JsonNode responses = operation.path("responses");
            boolean isPublic = find(mapped.handler(), PublicEndpoint.class) != null;
            Set<String> expected = new TreeSet<>();
            if (operation.has("requestBody") || !operation.path("parameters").isEmpty()) {
                expected.add("400");
            }
            if (!isPublic) {
                expected.addAll(List.of("401", "403", "429"));
            }
            if (mapped.path().contains("{")) {
                expected.add("404");
            }
            if (!Set.of("GET", "HEAD").contains(mapped.method())) {
                expected.add("409");
            }
            if (operation.path("requestBody").path("content").has("multipart/form-data")) {
                expected.add("413");
            }
            if (find(mapped.handler(), Throttled.class) != null) {
                expected.add("429");
            }
            Set<String> documented = new TreeSet<>();
            responses.fieldNames().forEachRemaining(code -> {
                if (code.startsWith("4")) {
                    documented.add(code);
                }
            });
            assertThat(documented).as("4xx responses of " + mapped.key()).containsAll(expected);
            assertThat(responses.fieldNames()).toIterable().as(mapped.key())
                    .anyMatch(code -> code.startsWith("2"));
            for (String code : documented) {
                JsonNode response = responses.path(code);
                assertThat(response.path("description").asText()).as(code + " of " + mapped.key())
                        .matches(s -> VIETNAMESE.matcher(s).find(), "Vietnamese");
                assertThat(response.path("content").path("application/json").path("schema").path("$ref").asText())
                        .as(code + " of " + mapped.key()).isEqualTo("#/components/schemas/ApiError");
            }
            if (documented.contains("429")) {
                assertThat(responses.path("429").path("headers").has("Retry-After")).as(mapped.key()).isTrue();
            }
        }
        JsonNode error = docs.path("components").path("schemas").path("ApiError");
        assertThat(error.path("properties").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("status", "error", "message", "fields");
        assertThat(error.path("properties").path("fields").path("items").path("$ref").asText())
                .isEqualTo("#/components/schemas/FieldError");
        JsonNode invalid = docs.path("paths").path("/api/recruitment/rounds/{code}/applications").path("post")
                .path("responses").path("400").path("content").path("application/json").path("example");
        assertThat(invalid.path("error").asText()).isEqualTo("validation_failed");
        assertThat(invalid.path("fields").get(0).path("rule").asText()).isEqualTo("pattern");
    }

    @Test
    void bodiesAreDescribedAsTheyAreSent() {
        JsonNode schemas = docs.path("components").path("schemas");
        JsonNode application = schemas.path("ApplicationRequest");
        assertThat(application.path("description").asText()).contains("Phiếu đăng ký dự tuyển");
        assertThat(application.path("properties").path("dateOfBirth").path("format").asText()).isEqualTo("date");
        assertThat(application.path("properties").path("citizenId").path("pattern").asText()).isEqualTo("\\d{12}");
        assertThat(application.path("properties").path("gender").path("enum").toString()).isEqualTo("[\"NAM\",\"NU\"]");
        assertThat(application.path("required").toString()).contains("citizenId", "dateOfBirth", "email");
        application.path("properties").fields().forEachRemaining(field -> assertThat(
                field.getValue().path("description").asText()).as(field.getKey()).isNotBlank());
        String degree = application.path("properties").path("degree").path("$ref").asText()
                .replace("#/components/schemas/", "");
        assertThat(schemas.path(degree).path("properties").path("level").path("enum")).hasSize(5);
        for (String body : List.of("ApplicationRequest", "ReviewRequestBody",
                "ProposalObjectionRequest")) {
            assertThat(schemas.path(body).path("properties").size()).as(body).isPositive();
            schemas.path(body).path("properties").fields().forEachRemaining(field -> assertThat(
                    field.getValue().path("description").asText()).as(body + "." + field.getKey()).isNotBlank());
        }
        // Two classes named RoundView (recruitment and promotion) keep two schemas.
        assertThat(schemas.has("RecruitmentController.RoundView")).isTrue();
        assertThat(schemas.has("PromotionController.RoundView")).isTrue();
        schemas.fieldNames().forEachRemaining(name -> assertThat(name).as("short schema name").doesNotContain("vn.noivu"));

        JsonNode paths = docs.path("paths");
        JsonNode results = paths.path("/api/recruitment/rounds/{code}/results.{format}").path("get");
        assertThat(results.path("responses").path("200").path("content").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("text/csv",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        JsonNode format = parameter(results, "format");
        assertThat(format.path("schema").path("enum").toString()).isEqualTo("[\"csv\",\"xlsx\"]");
        JsonNode pdf = paths.path("/api/commendation/public/decisions/{id}.pdf").path("get");
        assertThat(pdf.path("responses").path("200").path("content").path("application/pdf").path("schema")
                .path("format").asText()).isEqualTo("binary");
        assertThat(paths.path("/api/units/export.csv").path("get").path("responses").path("200").path("content")
                .has("text/csv")).isTrue();
        JsonNode upload = paths.path("/api/personnel/import").path("post").path("requestBody").path("content")
                .path("multipart/form-data").path("schema").path("properties").path("file");
        assertThat(upload.path("format").asText()).isEqualTo("binary");
        JsonNode scores = paths.path("/api/recruitment/rounds/{code}/scores").path("post").path("requestBody")
                .path("content");
        assertThat(scores.fieldNames()).toIterable().contains("application/json", "multipart/form-data");
        assertThat(parameter(paths.path("/api/reports/on-time").path("get"), "from").path("schema").path("format")
                .asText()).isEqualTo("date");
        assertThat(parameter(paths.path("/api/units/{code}").path("get"), "on").path("schema").path("format")
                .asText()).isEqualTo("date");
        assertThat(paths.path("/api/platform/me").path("get").path("parameters").isEmpty())
                .as("the signed-in caller is no parameter").isTrue();
        assertThat(docs.path("info").path("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(docs.path("info").path("description").asText()).contains("English").contains("/engine-rest");
        assertThat(docs.path("externalDocs").path("url").asText()).startsWith("https://docs.camunda.org/rest/");
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (name.equals(parameter.path("name").asText())) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name + " in " + operation);
    }

    @Test
    void theDescriptionIsPublicAlsoAsYamlAndSwaggerUiWorksFromTheWebJar() throws IOException {
        HttpTestClient anonymous = new HttpTestClient(port);
        HttpResponse<String> yaml = anonymous.get("/v3/api-docs.yaml");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).startsWith("openapi: 3").contains("/api/recruitment/rounds/{code}/applications");
        // A wrong password on the description does not matter: it is no /api address.
        assertThat(new HttpTestClient(port).as("nobody", "wrong").get("/v3/api-docs").statusCode()).isEqualTo(200);

        HttpResponse<String> redirect = anonymous.get("/swagger-ui.html");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/swagger-ui/index.html"));
        HttpResponse<String> page = anonymous.get("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("swagger-ui").doesNotContain("http://", "https://");
        for (String file : List.of("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js",
                "swagger-initializer.js")) {
            HttpResponse<String> asset = anonymous.get("/swagger-ui/" + file);
            assertThat(asset.statusCode()).as(file).isEqualTo(200);
        }
        JsonNode config = json.readTree(anonymous.get("/v3/api-docs/swagger-config").body());
        assertThat(config.path("url").asText()).isEqualTo("/v3/api-docs");
        assertThat(config.path("validatorUrl").asText()).as("no call to the public validator").isEqualTo("none");
        // An unknown file under /swagger-ui is a plain 404, not the /api error body nor a 500.
        assertThat(anonymous.get("/swagger-ui/nothing-here.js").statusCode()).isEqualTo(404);
    }

    /**
     * docs/openapi.json is the description as generated (keys sorted, no time stamp, relative server), so that
     * integrators can diff it between versions. After a deliberate change of the API, refresh it with
     * {@code ./mvnw verify -Dit.test=ApiDocsTest -Dopenapi.update=true ...} (or copy target/openapi.json).
     */
    @Test
    void theCommittedSnapshotIsTheGeneratedDescription() throws IOException {
        String generated = pretty(docs);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), generated, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(SNAPSHOT, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(SNAPSHOT) ? Files.readString(SNAPSHOT, StandardCharsets.UTF_8) : "";
        assertThat(committed).as("docs/openapi.json differs from the description the code generates "
                + "(target/openapi.json). If the API change is intended, refresh it: ./mvnw verify -Dit.test=ApiDocsTest "
                + "-Dopenapi.update=true -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false, and commit the file.")
                .isEqualTo(generated);
    }

    /** Sorted keys at every level, two-space indentation, a final newline: stable text to diff. */
    private String pretty(JsonNode node) throws IOException {
        return json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(sorted(node)) + "\n";
    }

    private JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            ObjectNode copy = json.createObjectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = json.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static <A extends java.lang.annotation.Annotation> A find(HandlerMethod method, Class<A> type) {
        A onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), type);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), type);
    }
}
