package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;

/**
 * A deployment is code: what a designer deploys through /engine-rest/deployment/create (as Camunda Modeler does) may
 * reach only the project's delegates, listeners and model helpers. Each attack is refused with 400 naming the element
 * and the rule, and leaves nothing behind; a model using an allowed bean still deploys and runs.
 */
@PostgresIntegrationTest
class ModelSecurityDeploymentTest {

    private static final String ESCALATION = "jdbcTemplate.update(&quot;INSERT INTO ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_)"
            + " VALUES ('thietke', 'camunda-admin')&quot;)";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    IdentityService identityService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ProcessEngineConfigurationImpl configuration;

    private final ObjectMapper json = new ObjectMapper();

    private static final String START = "<bpmn:outgoing>toWork</bpmn:outgoing>";

    /** A one-task process as Modeler saves it: the start event's content, then {@code body}, then the end. */
    private static String model(String key, String start, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="t">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="start">%s</bpmn:startEvent>
                    <bpmn:sequenceFlow id="toWork" sourceRef="start" targetRef="work" />
                    %s
                    <bpmn:sequenceFlow id="toEnd" sourceRef="work" targetRef="end" />
                    <bpmn:endEvent id="end" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, start, body);
    }

    private static String serviceTask(String attributes) {
        return "<bpmn:serviceTask id=\"work\" " + attributes + " />";
    }

    private HttpResponse<String> deploy(String deploymentName, String xml) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", deploymentName);
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("deploy-changed-only", "true");
        return new HttpTestClient(port).as("thietke", "thietke").postMultipart("/engine-rest/deployment/create", fields,
                Map.of(deploymentName + ".bpmn", xml.getBytes(StandardCharsets.UTF_8)));
    }

    @AfterEach
    void designerIsStillNoAdministrator() {
        assertThat(identityService.createGroupQuery().groupMember("thietke").groupId("camunda-admin").count()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jdbc-escalation   | work        | expression-not-allowed
            engine-services   | work        | expression-not-allowed
            jdk-class         | work        | class-not-allowed
            listener          | start       | expression-not-allowed
            gateway-script    | scriptFlow  | script-not-allowed
            script-task       | work        | script-not-allowed
            """)
    void aForbiddenModelIs400NamingTheElementAndLeavesNoTrace(String attack, String elementId, String rule)
            throws IOException {
        String key = "attack-" + attack;
        String name = key + "-" + UUID.randomUUID();
        HttpResponse<String> response = deploy(name, attackModel(attack, key));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("type").asText()).isEqualTo("ParseException");
        assertThat(body.path("message").asText()).contains("\"" + elementId + "\"").contains("[" + rule + "]")
                .contains("bị từ chối");
        JsonNode problem = body.path("details").path(name + ".bpmn").path("errors").get(0);
        assertThat(problem.path("mainElementId").asText()).isEqualTo(elementId);
        assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    private static String attackModel(String attack, String key) {
        switch (attack) {
            case "jdbc-escalation":
                // A timer start: the job executor would run it with no user's rights, right after deployment.
                return model(key, START + "<bpmn:timerEventDefinition id=\"soon\"><bpmn:timeDate>2020-01-01T00:00:00"
                        + "</bpmn:timeDate></bpmn:timerEventDefinition>", serviceTask("camunda:expression=\"${" + ESCALATION + "}\""));
            case "engine-services":
                return model(key, START, serviceTask("camunda:expression=\"${execution.processEngine.identityService"
                        + ".createMembership('thietke', 'camunda-admin')}\""));
            case "jdk-class":
                return model(key, START, serviceTask("camunda:class=\"java.lang.Runtime\""));
            case "listener":
                return model(key, "<bpmn:extensionElements><camunda:executionListener event=\"start\" expression=\"${"
                        + "execution.getProcessEngineServices().getIdentityService().deleteUser('admin')}\" />"
                        + "</bpmn:extensionElements>" + START, serviceTask("camunda:delegateExpression=\"${rankCandidates}\""));
            case "gateway-script":
                return model(key, START, """
                        <bpmn:exclusiveGateway id="work" default="toEnd" />
                        <bpmn:sequenceFlow id="scriptFlow" sourceRef="work" targetRef="end">
                          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">\
                        java.lang.Runtime.getRuntime().exec('id') != null</bpmn:conditionExpression>
                        </bpmn:sequenceFlow>""");
            default:
                return model(key, START, "<bpmn:scriptTask id=\"work\" scriptFormat=\"javascript\"><bpmn:script>"
                        + "java.lang.Runtime.getRuntime().exec('id')</bpmn:script></bpmn:scriptTask>");
        }
    }

    @ParameterizedTest
    @CsvSource({"form.html, <script>fetch('/engine-rest/user')</script>", "helper.js, java.lang.Runtime.getRuntime()"})
    void aFileThatIsNeitherModelNorFormIsRefused(String fileName, String content) throws IOException {
        String name = "file-" + UUID.randomUUID();
        Map<String, String> fields = Map.of("deployment-name", name, "deployment-source", "Camunda Modeler");
        HttpResponse<String> response = new HttpTestClient(port).as("thietke", "thietke").postMultipart(
                "/engine-rest/deployment/create", fields, Map.of(fileName, content.getBytes(StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("message").asText()).contains(fileName)
                .contains("[resource-type-not-allowed]");
        assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
    }

    @Test
    void aModelUsingAllowedBeansDeploysAndRuns() throws IOException {
        String key = "allowed-beans";
        String xml = model(key, START, "<bpmn:userTask id=\"work\" camunda:candidateGroups=\"chuyen-vien\""
                + " camunda:dueDate=\"${deadlines.workingDays(now(), 5)}\" />")
                .replace("targetRef=\"end\" />", "targetRef=\"end\"><bpmn:conditionExpression xsi:type="
                        + "\"bpmn:tFormalExpression\">${!rejected}</bpmn:conditionExpression></bpmn:sequenceFlow>");
        HttpResponse<String> response = deploy(key + "-" + UUID.randomUUID(), xml);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String deploymentId = json.readTree(response.body()).path("id").asText();
        try {
            String instance = runtimeService.startProcessInstanceByKey(key).getId();
            assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getDueDate()).isNotNull();
        } finally {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void expressionsReachOnlyAllowedBeansAtRunTime() {
        assertThat(evaluate("${deadlines}")).isInstanceOf(Deadlines.class);
        assertThat(evaluate("${approvalDecision}")).isNotNull();
        assertThatThrownBy(() -> evaluate("${jdbcTemplate}")).hasMessageContaining("jdbcTemplate");
        assertThatThrownBy(() -> evaluate("${repositoryService}")).hasMessageContaining("repositoryService");
    }

    private Object evaluate(String expression) {
        return configuration.getCommandExecutorTxRequired().execute(context -> configuration.getExpressionManager()
                .createExpression(expression).getValue(StartProcessVariableScope.getSharedInstance()));
    }

    @Test
    void aJavaSerializedVariableIsRefusedWith4xx() {
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
        String businessKey = "JAVA-" + UUID.randomUUID();
        HttpResponse<String> response = new HttpTestClient(port).as("admin", "admin").postJson(
                "/engine-rest/process-definition/key/sample-approval/start", "{\"businessKey\":\"" + businessKey
                        + "\",\"variables\":{\"payload\":{\"value\":\"rO0ABXQABGV2aWw=\",\"type\":\"Object\",\"valueInfo\":"
                        + "{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":"
                        + "\"application/x-java-serialized-object\"}}}}");
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isZero();
    }

    /** With Spin on the classpath a JSON-serialized Object names its class: only safe types may be built from it. */
    @Test
    void anObjectVariableOfAClassTheCallerPicksIsRefusedWith4xx() {
        assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
        String businessKey = "JSON-" + UUID.randomUUID();
        HttpResponse<String> response = new HttpTestClient(port).as("admin", "admin").postJson(
                "/engine-rest/process-definition/key/sample-approval/start", "{\"businessKey\":\"" + businessKey
                        + "\",\"variables\":{\"payload\":{\"value\":\"{\\\"command\\\":[\\\"id\\\"]}\","
                        + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.ProcessBuilder\","
                        + "\"serializationDataFormat\":\"application/json\"}}}}");
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isZero();
    }
}
