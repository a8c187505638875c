package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * Issue 12 for deployments: whatever a designer (or an attacker with a designer's login) sends to
 * /engine-rest/deployment/create as Camunda Modeler does, the answer is never a 5xx, a broken resource is refused
 * with 400 naming it and the rule, and nothing is deployed.
 */
@PostgresIntegrationTest
class MalformedDeploymentTest {

    private static final String DEPLOY = "/engine-rest/deployment/create";
    private static final String LONG = "x".repeat(300);

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    private final ObjectMapper json = new ObjectMapper();

    private static String process(String id, String name, String ttl) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="t">
                  <bpmn:process id="%s" name="%s" isExecutable="true" camunda:historyTimeToLive="%s">
                    <bpmn:startEvent id="start" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(id, name, ttl);
    }

    /** A one-rule decision table; each argument replaces one part of it. */
    private static String decision(String id, String typeRef, String inputExpression, String inputEntry,
                                   String outputEntry) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="defs" name="Thử" namespace="t">
                  <decision id="%s" name="Thử" camunda:historyTimeToLive="30">
                    <decisionTable id="table">
                      <input id="in" label="Vào"><inputExpression id="inExpr" typeRef="%s"><text>%s</text></inputExpression></input>
                      <output id="out" label="Ra" name="result" typeRef="string" />
                      <rule id="rule1">
                        <inputEntry id="entry1"><text>%s</text></inputEntry>
                        <outputEntry id="result1"><text>%s</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(id, typeRef, inputExpression, inputEntry, outputEntry);
    }

    private static String form(String replace, String with) {
        String good = """
                {"id": "thu-bieu-mau", "type": "default", "executionPlatform": "Camunda Platform",
                 "executionPlatformVersion": "7.24.0", "schemaVersion": 16,
                 "components": [{"id": "noteField", "key": "note", "type": "textfield", "label": "Ghi chú"}]}
                """;
        String changed = good.replace(replace, with);
        assertThat(changed).isNotEqualTo(good);
        return changed;
    }

    static Stream<Arguments> brokenResources() {
        String ok = decision("thu-quyet-dinh", "string", "a", "\"A\"", "\"B\"");
        return Stream.of(
                Arguments.of("bpmn-not-well-formed", "bpmn", "<?xml version=\"1.0\"?><bpmn:definitions xmlns:bpmn=\"x\"><bpmn:pro", "xml-not-well-formed"),
                Arguments.of("bpmn-doctype", "bpmn", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + process("xxe", "&e;", "1").substring(38), "xml-not-well-formed"),
                Arguments.of("bpmn-empty", "bpmn", "", "xml-not-well-formed"),
                Arguments.of("dmn-empty", "dmn", "", "xml-not-well-formed"),
                Arguments.of("cmmn-not-cmmn", "cmmn", "<?xml version=\"1.0\"?><root id=\"r\"/>", "cmmn-invalid"),
                Arguments.of("cmmn-empty", "cmmn", "", "xml-not-well-formed"),
                Arguments.of("dmn-plain-text", "dmn", "Đây không phải là XML", "xml-not-well-formed"),
                Arguments.of("dmn-not-dmn", "dmn", "<?xml version=\"1.0\"?><root id=\"r\"/>", "dmn-invalid"),
                Arguments.of("dmn-feel-input-entry", "dmn", ok.replace("\"A\"</text>", "[1..</text>"), "feel-invalid"),
                Arguments.of("dmn-feel-output-entry", "dmn", ok.replace("\"B\"", "a +"), "feel-invalid"),
                Arguments.of("dmn-feel-input-expression", "dmn", ok.replace(">a<", ">a &lt;&lt; 2<"), "feel-invalid"),
                Arguments.of("dmn-type-ref", "dmn", ok.replace("typeRef=\"string\"><text>", "typeRef=\"chuoi\"><text>"), "type-ref-unknown"),
                Arguments.of("dmn-long-id", "dmn", ok.replace("thu-quyet-dinh", LONG), "name-too-long"),
                Arguments.of("dmn-ttl", "dmn", ok.replace("\"30\"", "\"P99999999999D\""), "history-ttl-invalid"),
                Arguments.of("bpmn-long-id", "bpmn", process(LONG, "Thử", "1"), "name-too-long"),
                Arguments.of("bpmn-long-name", "bpmn", process("thu-ten-dai", "Tên " + LONG, "1"), "name-too-long"),
                Arguments.of("bpmn-ttl", "bpmn", process("thu-ttl", "Thử", "99999999999"), "history-ttl-invalid"),
                Arguments.of("form-truncated", "form", "{\"id\": \"thu\", \"type\"", "form-not-json"),
                Arguments.of("form-empty", "form", "", "form-not-json"),
                Arguments.of("form-components-not-list", "form", form("\"components\": [", "\"components\": {\"a\": [").replace("}]}", "}]}}"), "form-components-not-list"),
                Arguments.of("form-number-field", "form", form("\"textfield\"", "\"number\""), "form-number-field"),
                Arguments.of("form-no-label", "form", form(", \"label\": \"Ghi chú\"", ""), "form-label-missing"),
                Arguments.of("form-schema-17", "form", form("\"schemaVersion\": 16", "\"schemaVersion\": 17"), "form-schema-version-unsupported"),
                Arguments.of("form-camunda-8", "form", form("\"Camunda Platform\"", "\"Camunda Cloud\""), "form-platform-invalid"),
                Arguments.of("form-no-id", "form", form("\"id\": \"thu-bieu-mau\", ", ""), "form-id-missing"));
    }

    private HttpResponse<String> deploy(String deploymentName, String fileName, byte[] content) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", deploymentName);
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("deploy-changed-only", "true");
        return new HttpTestClient(port).as("thietke", "thietke").postMultipart(DEPLOY, fields, Map.of(fileName, content));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenResources")
    void aBrokenResourceIs400NamingItAndNothingIsDeployed(String label, String extension, String content, String rule)
            throws IOException {
        String name = label + "-" + UUID.randomUUID();
        String fileName = name + "." + extension;
        refused(deploy(name, fileName, content.getBytes(StandardCharsets.UTF_8)), name, fileName, rule);
    }

    @Test
    void aBinaryFormIs400() throws IOException {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        String name = "binary-" + UUID.randomUUID();
        refused(deploy(name, "binary.form", binary), name, "binary.form", "form-not-json");
    }

    @Test
    void aFormWithAComponentIdTwiceIs400() throws IOException {
        String twice = form("}]}", "}, {\"id\": \"noteField\", \"key\": \"other\", \"type\": \"textarea\", \"label\": \"Khác\"}]}");
        String name = "twice-" + UUID.randomUUID();
        refused(deploy(name, "twice.form", twice.getBytes(StandardCharsets.UTF_8)), name, "twice.form",
                "form-component-id-duplicate");
    }

    @Test
    void namesOverTheirColumnsAre400() throws IOException {
        byte[] model = process("thu-ten-tep", "Thử", "1").getBytes(StandardCharsets.UTF_8);
        // The part's header stays under commons-fileupload's 512 bytes (beyond, Camunda answers 400 itself).
        String longFile = "y".repeat(260) + ".bpmn";
        String name = "long-file-" + UUID.randomUUID();
        refused(new HttpTestClient(port).as("thietke", "thietke").postMultipart(DEPLOY, Map.of("deployment-name", name),
                Map.of("data", model), longFile), name, longFile, "name-too-long");
        refused(deploy(LONG, "ten-trien-khai.bpmn", model), LONG, LONG, "name-too-long");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("thu-ten-tep").count()).isZero();
    }

    private void refused(HttpResponse<String> response, String deploymentName, String resourceName, String rule)
            throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("type").asText()).as(response.body()).isEqualTo("ParseException");
        assertThat(body.path("message").asText()).contains(resourceName).contains("[" + rule + "]").contains("bị từ chối");
        assertThat(repositoryService.createDeploymentQuery().deploymentName(deploymentName).count()).isZero();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionResourceName(resourceName).count()).isZero();
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionResourceName(resourceName).count())
                .isZero();
    }

    @Test
    void malformedMultipartIs4xx() throws IOException {
        HttpTestClient designer = new HttpTestClient(port).as("thietke", "thietke");
        String part = "Content-Disposition: form-data; name=\"data\"; filename=\"x.bpmn\"\r\n\r\n<xml";
        malformed(designer.post(DEPLOY, "multipart/form-data", ("--abc\r\n" + part + "\r\n--abc--\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        malformed(designer.post(DEPLOY, "multipart/form-data; boundary=abc", ("--abc\r\n" + part)
                .getBytes(StandardCharsets.UTF_8)));
        malformed(designer.post(DEPLOY, "multipart/form-data; boundary=abc", new byte[0]));
        malformed(designer.post(DEPLOY, null, "deployment-name=x".getBytes(StandardCharsets.UTF_8)));

        String name = "nul-" + UUID.randomUUID();
        byte[] model = process("thu-nul", "Thử", "1").getBytes(StandardCharsets.UTF_8);
        malformed(designer.postMultipart(DEPLOY, Map.of("deployment-name", name), Map.of("data", model), "a\u0000.bpmn"));
        malformed(deploy("nul-" + UUID.randomUUID() + "\u0000", "thu-nul.bpmn", model));
        assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("thu-nul").count()).isZero();
    }

    private void malformed(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isIn(400, 415);
        assertThat(json.readTree(response.body()).path("message").asText()).isNotBlank();
    }

    @Test
    void aDeploymentOver50MbIs413() throws IOException {
        byte[] huge = new byte[51 * 1024 * 1024];
        HttpResponse<String> response = new HttpTestClient(port).as("thietke", "thietke")
                .post(DEPLOY, "multipart/form-data; boundary=abc", huge);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(json.readTree(response.body()).path("message").asText()).contains("50 MB");
    }

    /** Without a Content-Length (chunked), the body is cut off at 50 MB, not read to its end. */
    @Test
    void aChunkedDeploymentOver50MbIs413() throws IOException, InterruptedException {
        String name = "chunked-" + UUID.randomUUID();
        byte[] head = ("--abc\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
                + "\r\n--abc\r\nContent-Disposition: form-data; name=\"data\"; filename=\"big.bpmn\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        long size = 51L * 1024 * 1024;
        InputStream endless = new InputStream() {
            private long sent;

            @Override
            public int read() {
                return sent++ < size ? 'a' : -1;
            }
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + DEPLOY))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "thietke:thietke".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=abc")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        new ByteArrayInputStream(head), new BufferedInputStream(endless)))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(json.readTree(response.body()).path("message").asText()).contains("50 MB");
        assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
    }
}
