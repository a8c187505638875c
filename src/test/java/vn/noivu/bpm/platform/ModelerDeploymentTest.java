package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * A deployment exactly as Camunda Modeler sends it to /engine-rest/deployment/create:
 * only process designers may deploy, a broken model is refused with the parser's message, and a deployed
 * change is what the next instance runs.
 */
@PostgresIntegrationTest
class ModelerDeploymentTest {

    private static final String MODEL = "bpmn/platform/sample-approval.bpmn";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    private final ObjectMapper json = new ObjectMapper();

    private static Map<String, String> modelerFields(String deploymentName) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", deploymentName);
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("deploy-changed-only", "true");
        return fields;
    }

    /** The sample model as a designer would save it after renaming the process in Modeler. */
    private static byte[] changedModel(String newName) throws IOException {
        try (InputStream in = ModelerDeploymentTest.class.getClassLoader().getResourceAsStream(MODEL)) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String changed = xml.replace("name=\"Quy trình mẫu: xử lý và phê duyệt hồ sơ\"", "name=\"" + newName + "\"");
            assertThat(changed).isNotEqualTo(xml);
            return changed.getBytes(StandardCharsets.UTF_8);
        }
    }

    private long deploymentsNamed(String name) {
        return repositoryService.createDeploymentQuery().deploymentName(name).count();
    }

    private HttpResponse<String> deploy(HttpTestClient client, String name, byte[] model) {
        return client.postMultipart("/engine-rest/deployment/create", modelerFields(name),
                Map.of("sample-approval.bpmn", model));
    }

    @Test
    void withoutCredentialsTheRequestIs401AndNothingIsDeployed() throws IOException {
        String name = "khong-dang-nhap-" + UUID.randomUUID();
        HttpResponse<String> response = deploy(new HttpTestClient(port), name, changedModel("Không đăng nhập"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(deploymentsNamed(name)).isZero();
    }

    @Test
    void anOfficialGets403AndNothingIsDeployed() throws IOException {
        String name = "chuyen-vien-" + UUID.randomUUID();
        HttpResponse<String> response = deploy(new HttpTestClient(port).as("chuyenvien", "chuyenvien"), name,
                changedModel("Chuyên viên sửa"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(deploymentsNamed(name)).isZero();
    }

    @Test
    void aDesignerDeploysAChangeAndTheNextInstanceRunsIt() throws IOException {
        HttpTestClient designer = new HttpTestClient(port).as("thietke", "thietke");
        HttpTestClient official = new HttpTestClient(port).as("chuyenvien", "chuyenvien");
        String newName = "Quy trình mẫu (sửa " + UUID.randomUUID() + ")";
        int versionBefore = repositoryService.createProcessDefinitionQuery().processDefinitionKey("sample-approval")
                .latestVersion().singleResult().getVersion();

        HttpResponse<String> deployed = deploy(designer, "sample-approval", changedModel(newName));
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        JsonNode definition = json.readTree(deployed.body()).path("deployedProcessDefinitions").elements().next();
        String deploymentId = json.readTree(deployed.body()).path("id").asText();
        assertThat(definition.path("version").asInt()).isEqualTo(versionBefore + 1);
        assertThat(definition.path("name").asText()).isEqualTo(newName);

        try {
            // The same file again, as Modeler sends it on a second click: nothing changed, no new version.
            HttpResponse<String> again = deploy(designer, "sample-approval", changedModel(newName));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(json.readTree(again.body()).path("deployedProcessDefinitions").isEmpty()).isTrue();

            HttpResponse<String> started = official.postJson("/engine-rest/process-definition/key/sample-approval/start",
                    "{\"businessKey\":\"MODELER-" + UUID.randomUUID() + "\",\"variables\":{\"dossierTitle\":"
                            + "{\"value\":\"Hồ sơ thử\",\"type\":\"String\"}}}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
            JsonNode instance = json.readTree(started.body());
            assertThat(instance.path("definitionId").asText()).isEqualTo(definition.path("id").asText());

            // Its forms are found as for the start-up deployment.
            JsonNode task = json.readTree(official.get("/engine-rest/task?processInstanceId="
                    + instance.path("id").asText()).body()).get(0);
            HttpResponse<String> form = official.get("/engine-rest/task/" + task.path("id").asText() + "/deployed-form");
            assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
            assertThat(form.body()).contains("sample-handle-dossier").contains("handlingNote");

            HttpResponse<String> removedInstance = new HttpTestClient(port).as("admin", "admin")
                    .delete("/engine-rest/process-instance/" + instance.path("id").asText());
            assertThat(removedInstance.statusCode()).isEqualTo(204);
        } finally {
            // Designers may also withdraw a deployment; the start-up version is the latest again.
            assertThat(designer.delete("/engine-rest/deployment/" + deploymentId).statusCode()).isEqualTo(204);
        }
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("sample-approval")
                .latestVersion().singleResult().getVersion()).isEqualTo(versionBefore);
    }

    @Test
    void anInvalidModelIs400WithTheParserMessageAndNothingIsDeployed() {
        String name = "hong-" + UUID.randomUUID();
        String broken = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
                  <bpmn:process id="broken-model" isExecutable="true" name="Mô hình hỏng">
                    <bpmn:startEvent id="start" />
                    <bpmn:sequenceFlow id="flow" sourceRef="start" targetRef="doesNotExist" />
                  </bpmn:process>
                </bpmn:definitions>
                """;
        HttpResponse<String> response = new HttpTestClient(port).as("thietke", "thietke").postMultipart(
                "/engine-rest/deployment/create", modelerFields(name),
                Map.of("broken.bpmn", broken.getBytes(StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("ParseException").contains("doesNotExist");
        assertThat(deploymentsNamed(name)).isZero();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("broken-model").count()).isZero();
    }
}
