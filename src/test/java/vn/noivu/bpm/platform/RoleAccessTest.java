package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;

/** What each role may open and do: webapps, Tasklist filters, tasks, our /api and actuator. */
@PostgresIntegrationTest
class RoleAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    private final ObjectMapper json = new ObjectMapper();

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private void assertLogin(String user, String app, int status) {
        HttpResponse<String> response = new HttpTestClient(port).loginToWebapp(user, user, app);
        assertThat(response.statusCode()).as(user + " → " + app + ": " + response.body()).isEqualTo(status);
    }

    @Test
    void eachRoleOpensOnlyItsWebapps() {
        assertLogin("chuyenvien", "tasklist", 200);
        assertLogin("chuyenvien", "cockpit", 403);
        assertLogin("chuyenvien", "admin", 403);
        assertLogin("lanhdao", "tasklist", 200);
        assertLogin("lanhdao", "cockpit", 403);
        assertLogin("hoidong", "tasklist", 200);
        assertLogin("thiduakt", "tasklist", 200);
        assertLogin("hoidongth", "tasklist", 200);
        for (String commendation : List.of("bantdkt", "hdtdtinh", "chutich", "ubndxa")) {
            assertLogin(commendation, "tasklist", 200);
            assertLogin(commendation, "cockpit", 403);
        }
        assertLogin("thietke", "cockpit", 200);
        assertLogin("thietke", "admin", 403);
        assertLogin("admin", "admin", 200);
        assertLogin("admin", "cockpit", 200);
    }

    @Test
    void taskWorkingGroupsGetTheDefaultFiltersAndDesignersNone() throws IOException {
        for (String user : List.of("chuyenvien", "lanhdao", "hoidong", "thiduakt", "hoidongth", "bantdkt",
                "hdtdtinh", "chutich", "ubndxa")) {
            assertThat(filterNames(user)).as(user).contains("Việc của tôi", "Việc của nhóm", "Quá hạn");
        }
        assertThat(filterNames("thietke")).isEmpty();
    }

    @Test
    void officialsAndManagersSeeOnlyTheirGroupsTasksAndDesignersCannotWorkThem() throws IOException {
        HttpTestClient official = as("chuyenvien");
        HttpTestClient manager = as("lanhdao");
        HttpTestClient designer = as("thietke");
        String processInstanceId = json.readTree(official.postJson(
                "/engine-rest/process-definition/key/sample-approval/start",
                "{\"businessKey\":\"QUYEN-" + UUID.randomUUID() + "\"}").body()).path("id").asText();
        String handleTask = taskOf(official, processInstanceId);

        assertThat(groupFilterTaskIds(official)).contains(handleTask);
        assertThat(groupFilterTaskIds(manager)).doesNotContain(handleTask);
        assertThat(filterTaskIds(official, "Quá hạn")).doesNotContain(handleTask);
        Task overdue = taskService.createTaskQuery().taskId(handleTask).singleResult();
        overdue.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(1))));
        taskService.saveTask(overdue);
        assertThat(filterTaskIds(official, "Quá hạn")).contains(handleTask);
        assertThat(filterTaskIds(manager, "Quá hạn")).doesNotContain(handleTask);
        assertThat(manager.get("/engine-rest/task?processInstanceId=" + processInstanceId).body()).isEqualTo("[]");
        assertThat(designer.get("/engine-rest/task?processInstanceId=" + processInstanceId).body()).isEqualTo("[]");
        assertThat(designer.postJson("/engine-rest/task/" + handleTask + "/complete", "{}").statusCode()).isEqualTo(403);
        assertThat(manager.postJson("/engine-rest/task/" + handleTask + "/complete", "{}").statusCode()).isEqualTo(403);
        assertThat(designer.postJson("/engine-rest/process-definition/key/sample-approval/start", "{}").statusCode())
                .isEqualTo(403);

        assertThat(official.postJson("/engine-rest/task/" + handleTask + "/claim", "{\"userId\":\"chuyenvien\"}")
                .statusCode()).isEqualTo(204);
        assertThat(myTasksFilterTaskIds(official)).contains(handleTask);
        assertThat(official.postJson("/engine-rest/task/" + handleTask + "/complete",
                "{\"variables\":{\"handlingNote\":{\"value\":\"Đủ điều kiện\",\"type\":\"String\"}}}").statusCode())
                .isEqualTo(204);

        String approveTask = taskOf(manager, processInstanceId);
        assertThat(groupFilterTaskIds(manager)).contains(approveTask);
        assertThat(groupFilterTaskIds(official)).doesNotContain(approveTask);

        // Returning without a comment is refused, the task stays with the manager.
        HttpResponse<String> refused = manager.postJson("/engine-rest/task/" + approveTask + "/complete",
                "{\"variables\":{\"approved\":{\"value\":false,\"type\":\"Boolean\"}}}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).path("message").asText())
                .isEqualTo("comment: bắt buộc nhập ý kiến khi trả lại / comment is required when returning");
        assertThat(taskOf(manager, processInstanceId)).isEqualTo(approveTask);

        assertThat(manager.postJson("/engine-rest/task/" + approveTask + "/complete",
                "{\"variables\":{\"approved\":{\"value\":false,\"type\":\"Boolean\"},"
                        + "\"comment\":{\"value\":\"Bổ sung giấy tờ\",\"type\":\"String\"}}}").statusCode()).isEqualTo(204);
        String returnedTask = taskOf(official, processInstanceId);
        assertThat(groupFilterTaskIds(official)).contains(returnedTask);

        assertThat(as("admin").delete("/engine-rest/process-instance/" + processInstanceId).statusCode()).isEqualTo(204);
    }

    @Test
    void actuatorHealthIsPublicAndTheRestIsForAdministrators() {
        HttpResponse<String> health = new HttpTestClient(port).get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        assertThat(new HttpTestClient(port).get("/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(as("chuyenvien").get("/actuator/metrics").statusCode()).isEqualTo(403);
        assertThat(as("thietke").get("/actuator/flyway").statusCode()).isEqualTo(403);
        assertThat(as("admin").get("/actuator/metrics").statusCode()).isEqualTo(200);
        assertThat(as("admin").get("/actuator/flyway").body()).contains("\"version\":\"1\"");
    }

    @Test
    void apiEndpointsUseTheSameUsersThroughBasicOrTheLoginSession() throws IOException {
        HttpResponse<String> info = new HttpTestClient(port).get("/api/platform/info");
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("Hệ thống quy trình ngành Nội vụ");

        HttpResponse<String> anonymous = new HttpTestClient(port).get("/api/platform/me");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        JsonNode error = json.readTree(anonymous.body());
        assertThat(error.path("status").asInt()).isEqualTo(401);
        assertThat(error.path("error").asText()).isEqualTo("authentication_required");
        assertThat(error.path("message").asText()).startsWith("Cần đăng nhập");

        HttpResponse<String> unknown = as("lanhdao").get("/api/khong-co");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).path("error").asText()).isEqualTo("not_found");

        // A user that does not exist: no login delay is triggered for the demo accounts. A name of this run's own:
        // wrong passwords are counted per address and name across runs on one database.
        HttpResponse<String> wrong = new HttpTestClient(port).as("khongtontai" + System.nanoTime(), "sai")
                .get("/api/platform/me");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json.readTree(wrong.body()).path("error").asText()).isEqualTo("invalid_credentials");

        JsonNode me = json.readTree(as("lanhdao").get("/api/platform/me").body());
        assertThat(me.path("userId").asText()).isEqualTo("lanhdao");
        assertThat(me.path("fullName").asText()).isEqualTo("Trần Thị Bình");
        assertThat(me.path("groups").toString()).isEqualTo("[\"lanh-dao\"]");

        HttpTestClient browser = new HttpTestClient(port);
        HttpResponse<String> login = browser.loginToWebapp("chuyenvien", "chuyenvien", "tasklist");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(json.readTree(browser.get("/api/platform/me").body()).path("userId").asText()).isEqualTo("chuyenvien");
        assertThat(new HttpTestClient(port).get("/api/platform/me").statusCode()).as("no session, no Basic").isEqualTo(401);
        // A page that changes something must send the webapp's CSRF token too.
        HttpResponse<String> withoutToken = browser.header("X-XSRF-TOKEN", "gia-mao").postJson("/api/platform/me", "{}");
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(json.readTree(withoutToken.body()).path("error").asText()).isEqualTo("csrf_token_missing");
        // A page outside /camunda cannot read the webapp's cookie: a signed-in GET asking with "Fetch" gets the token
        // the webapp gave the session (on the Tasklist's first request after the login).
        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
        String token = browser.header("X-XSRF-TOKEN", "Fetch").get("/api/platform/me").headers()
                .firstValue("X-XSRF-TOKEN").orElseThrow();
        assertThat(browser.header("X-XSRF-TOKEN", token).postJson("/api/platform/me", "{}").statusCode())
                .as("the token is the session's: past the CSRF check, /me is GET only").isEqualTo(405);
        HttpResponse<String> signedOut = new HttpTestClient(port).header("X-XSRF-TOKEN", "Fetch")
                .header("X-Requested-With", "XMLHttpRequest").get("/api/platform/me");
        assertThat(signedOut.statusCode()).isEqualTo(401);
        assertThat(signedOut.headers().firstValue("X-XSRF-TOKEN")).as("no session, no token").isEmpty();
        assertThat(signedOut.headers().firstValue("WWW-Authenticate")).as("a page's script: no password dialog").isEmpty();
        assertThat(new HttpTestClient(port).get("/api/platform/me").headers().firstValue("WWW-Authenticate"))
                .as("other clients are asked for Basic").isPresent();
    }

    @Test
    void rootOpensTheVietnameseTasklist() {
        HttpResponse<String> root = new HttpTestClient(port).get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/camunda/app/tasklist/"));

        HttpTestClient browser = new HttpTestClient(port);
        assertThat(browser.get("/camunda/app/tasklist/locales/vi.json").body()).contains("\"Claim\": \"Nhận việc\"");
        String config = browser.get("/camunda/app/tasklist/scripts/config.js").body();
        assertThat(config).contains("vendor: 'Hệ thống quy trình ngành Nội vụ'").contains("locales: chosenLocales()")
                .contains("DD/MM/YYYY");
        assertThat(browser.get("/camunda/app/noivu-locales.js").body()).contains("{availableLocales: ['vi'], fallbackLocale: 'vi'}");
    }

    private List<String> filterNames(String user) throws IOException {
        List<String> names = new ArrayList<>();
        json.readTree(as(user).get("/engine-rest/filter?resourceType=Task").body())
                .forEach(filter -> names.add(filter.path("name").asText()));
        return names;
    }

    private String filterId(HttpTestClient client, String name) throws IOException {
        for (JsonNode filter : json.readTree(client.get("/engine-rest/filter?resourceType=Task").body())) {
            if (filter.path("name").asText().equals(name)) {
                return filter.path("id").asText();
            }
        }
        throw new AssertionError("No filter " + name);
    }

    private List<String> filterTaskIds(HttpTestClient client, String name) throws IOException {
        List<String> ids = new ArrayList<>();
        json.readTree(client.get("/engine-rest/filter/" + filterId(client, name) + "/list?maxResults=1000").body())
                .forEach(task -> ids.add(task.path("id").asText()));
        return ids;
    }

    private List<String> groupFilterTaskIds(HttpTestClient client) throws IOException {
        return filterTaskIds(client, "Việc của nhóm");
    }

    private List<String> myTasksFilterTaskIds(HttpTestClient client) throws IOException {
        return filterTaskIds(client, "Việc của tôi");
    }

    private String taskOf(HttpTestClient client, String processInstanceId) throws IOException {
        JsonNode tasks = json.readTree(client.get("/engine-rest/task?processInstanceId=" + processInstanceId).body());
        assertThat(tasks.size()).isEqualTo(1);
        return tasks.get(0).path("id").asText();
    }
}
