package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;

/**
 * {@code PUT /api/recruitment/rounds/{code}}: a plan the head returned is changed by the official, checked as at
 * creation; refused at any other step and to other roles; the head then sees the new plan and what changed.
 */
@PostgresIntegrationTest
class RecruitmentPlanRevisionTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    TaskService taskService;

    private final ObjectMapper json = new ObjectMapper();
    private final LocalDate today = LocalDate.now(Deadlines.ZONE);

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private JsonNode body(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }

    private String plan(String code, int quota, String format, LocalDate deadline) {
        return """
                {"code": "%s", "title": "Tuyển dụng nhân viên văn thư", "agency": "Sở Nội vụ", "method": "THI_TUYEN",
                 "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "VT", "title": "Nhân viên văn thư", "rank": "NHAN_VIEN", "quota": %d,
                                "minDegree": "TRUNG_CAP", "round2Format": "%s"}]}
                """.formatted(code, today, deadline, quota, format);
    }

    private void complete(String user, String instance, String taskKey, String variables) throws IOException {
        PendingSteps.run(processEngine, instance);
        String taskId = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
                .singleResult().getId();
        body(as(user).postJson("/engine-rest/task/" + taskId + "/complete", "{\"variables\": " + variables + "}"), 204);
        PendingSteps.run(processEngine, instance);
    }

    private Object variable(String instance, String name) {
        return processEngine.getRuntimeService().getVariable(instance, name);
    }

    @Test
    void aReturnedPlanIsChangedByTheOfficialAndTheHeadSeesWhatChanged() throws IOException {
        String code = "TD-SUA-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/api/recruitment/rounds/" + code;
        String instance = body(as("chuyenvien").postJson("/api/recruitment/rounds",
                plan(code, 1, "THUC_HANH", today.plusDays(30))), 201).path("processInstanceId").asText();

        // Waiting for the head's approval, not returned: nothing to revise yet.
        JsonNode notReturned = body(as("chuyenvien").putJson(path, plan(code, 2, "THUC_HANH", today.plusDays(30))), 409);
        assertThat(notReturned.toString()).contains("round_plan_not_returned", "trả lại");

        complete("lanhdao", instance, "approvePlan", "{\"approved\": {\"value\": false, \"type\": \"Boolean\"},"
                + " \"comment\": {\"value\": \"Tăng chỉ tiêu lên 3, thi vấn đáp\", \"type\": \"String\"}}");

        // Other roles may not; the same checks as creation, naming the field; the code cannot change.
        assertThat(as("lanhdao").putJson(path, plan(code, 3, "VAN_DAP", today.plusDays(40))).statusCode()).isEqualTo(403);
        assertThat(new HttpTestClient(port).putJson(path, plan(code, 3, "VAN_DAP", today.plusDays(40))).statusCode())
                .isEqualTo(401);
        assertThat(body(as("chuyenvien").putJson(path, plan(code, 3, "VAN_DAP", today.plusDays(10))), 400)
                .path("fields").get(0).path("field").asText()).isEqualTo("applicationDeadline");
        assertThat(body(as("chuyenvien").putJson(path, plan(code, 0, "VAN_DAP", today.plusDays(40))), 400)
                .path("fields").get(0).path("field").asText()).isEqualTo("positions[0].quota");
        assertThat(body(as("chuyenvien").putJson(path, plan(code + "X", 3, "VAN_DAP", today.plusDays(40))), 400)
                .path("fields").get(0).path("field").asText()).isEqualTo("code");
        assertThat(body(as("chuyenvien").putJson("/api/recruitment/rounds/KHONG-CO",
                plan("KHONG-CO", 3, "VAN_DAP", today.plusDays(40))), 404).toString()).contains("round_not_found");
        JsonNode unchanged = body(as("chuyenvien").get(path), 200);
        assertThat(unchanged.path("positions").get(0).path("quota").asInt()).isEqualTo(1);

        body(as("chuyenvien").putJson(path, plan(code, 3, "VAN_DAP", today.plusDays(40))), 200);
        JsonNode revised = body(as("chuyenvien").get(path), 200);
        assertThat(revised.path("positions")).hasSize(1);
        assertThat(revised.path("positions").get(0).path("quota").asInt()).isEqualTo(3);
        assertThat(revised.path("positions").get(0).path("round2Format").asText()).isEqualTo("VAN_DAP");
        assertThat(revised.path("positions").get(0).path("round2FormatLabel").asText()).isEqualTo("Vấn đáp");
        assertThat(revised.path("statusLabel").asText()).isEqualTo("Chờ phê duyệt kế hoạch");
        assertThat(revised.path("applicationDeadline").asText()).isEqualTo(today.plusDays(40).toString());
        assertThat((String) variable(instance, "planSummary")).contains("chỉ tiêu 3", "Vấn đáp");
        assertThat((String) variable(instance, "planChanges")).contains("Trước:", "chỉ tiêu 1", "Nay:", "chỉ tiêu 3");
        // Saved again before the task is completed: compared with the plan the head returned, not with the first save.
        body(as("chuyenvien").putJson(path, plan(code, 3, "VAN_DAP", today.plusDays(41))), 200);
        assertThat((String) variable(instance, "planChanges")).contains("Trước:", "chỉ tiêu 1", "Nay:", "chỉ tiêu 3",
                "hết ngày " + today.plusDays(41).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .doesNotContain(today.plusDays(40).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        complete("chuyenvien", instance, "revisePlan", "{\"revisionNote\": {\"value\": \"Đã tăng chỉ tiêu\", \"type\": \"String\"}}");
        assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("approvePlan").count())
                .isEqualTo(1);
        // Back with the head: no longer revisable.
        body(as("chuyenvien").putJson(path, plan(code, 4, "VAN_DAP", today.plusDays(40))), 409);
        complete("lanhdao", instance, "approvePlan", "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}}");
        assertThat(body(as("chuyenvien").get(path), 200).path("status").asText()).isEqualTo("DANG_NHAN_HO_SO");
    }
}
