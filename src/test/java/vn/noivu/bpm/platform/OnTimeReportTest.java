package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.Spreadsheets;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;

/** The on-time report from the engine's history: three cases of one unit, on time, late and still overdue. */
@PostgresIntegrationTest
class OnTimeReportTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    Deadlines deadlines;

    private final ObjectMapper json = new ObjectMapper();
    private String unit;
    private String period;

    @BeforeEach
    void threeCasesOfOneUnit() {
        unit = "DV-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(Deadlines.ZONE);
        period = "from=" + today.minusDays(40) + "&to=" + today;
        Date yesterday = Deadlines.endOfDay(today.minusDays(1));

        taskService.complete(startCase().getId(), Map.of("handlingNote", "Đúng hạn"));
        Task late = startCase();
        late.setDueDate(yesterday);
        taskService.saveTask(late);
        taskService.complete(late.getId(), Map.of("handlingNote", "Trễ hạn"));
        Task open = startCase();
        open.setDueDate(yesterday);
        taskService.saveTask(open);
    }

    @AfterEach
    void removeTheOpenCase() {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("BAO-CAO-%").list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test cleanup"));
    }

    private Task startCase() {
        String instance = runtimeService.startProcessInstanceByKey("sample-approval", "BAO-CAO-" + UUID.randomUUID(),
                Map.of("orgUnitCode", unit)).getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult();
    }

    @Test
    void managersSeeOnTimeLateAndOverduePerStepAndUnit() throws IOException {
        HttpResponse<String> response = new HttpTestClient(port).as("lanhdao", "lanhdao").get("/api/reports/on-time?" + period);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode sample = procedure(json.readTree(response.body()), "sample-approval");

        assertThat(sample.path("processName").asText()).isEqualTo("Quy trình mẫu: xử lý và phê duyệt hồ sơ");
        JsonNode ours = Stream.of(json.convertValue(sample.path("units"), JsonNode[].class))
                .filter(u -> u.path("unit").asText().equals(unit)).findFirst().orElseThrow();
        assertThat(ours.path("onTime").asInt()).isEqualTo(1);
        assertThat(ours.path("late").asInt()).isEqualTo(1);
        assertThat(ours.path("openOverdue").asInt()).isEqualTo(1);
        JsonNode handle = Stream.of(json.convertValue(sample.path("steps"), JsonNode[].class))
                .filter(s -> s.path("taskKey").asText().equals("handleDossier")).findFirst().orElseThrow();
        assertThat(handle.path("taskName").asText()).isEqualTo("Xử lý hồ sơ");
        assertThat(handle.path("late").asInt()).isPositive();
        assertThat(handle.path("openOverdue").asInt()).isPositive();
        // Handled the day it arrived: 0 working days.
        assertThat(handle.path("p50WorkingDays").asDouble()).isZero();
        assertThat(sample.path("months").get(0).path("month").asText()).matches("\\d{4}-\\d{2}");
    }

    @Test
    void onlyManagersAndAdministratorsMayReadIt() {
        assertThat(new HttpTestClient(port).get("/api/reports/on-time?" + period).statusCode()).isEqualTo(401);
        assertThat(new HttpTestClient(port).as("chuyenvien", "chuyenvien").get("/api/reports/on-time?" + period)
                .statusCode()).isEqualTo(403);
        assertThat(new HttpTestClient(port).as("thietke", "thietke").get("/api/reports/on-time.csv?" + period)
                .statusCode()).isEqualTo(403);
        assertThat(new HttpTestClient(port).as("admin", "admin").get("/api/reports/on-time?" + period).statusCode())
                .isEqualTo(200);
    }

    @Test
    void badPeriodsAre400NamingTheParameter() throws IOException {
        HttpTestClient manager = new HttpTestClient(port).as("lanhdao", "lanhdao");
        assertThat(json.readTree(manager.get("/api/reports/on-time?to=2026-12-31").body()).path("fields").get(0)
                .path("field").asText()).isEqualTo("from");
        JsonNode reversed = json.readTree(manager.get("/api/reports/on-time?from=2026-12-31&to=2026-01-01").body());
        assertThat(reversed.path("status").asInt()).isEqualTo(400);
        assertThat(reversed.path("fields").get(0).path("rule").asText()).isEqualTo("afterFrom");
    }

    @Test
    void theTableGoesOutAsCsvAndExcel() throws IOException {
        HttpTestClient manager = new HttpTestClient(port).as("lanhdao", "lanhdao");
        HttpResponse<String> csv = manager.get("/api/reports/on-time.csv?" + period);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment", ".csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFF\"Mã thủ tục\",\"Thủ tục\",\"Mã bước\",\"Bước\",\"Tháng\",\"Đơn vị\"");
        assertThat(lines).filteredOn(l -> l.contains("\"" + unit + "\"") && l.contains("\"handleDossier\""))
                .isNotEmpty();

        byte[] xlsx = manager.getBytes("/api/reports/on-time.xlsx?" + period);
        List<List<String>> rows = Spreadsheets.text(xlsx);
        assertThat(rows.get(0).get(0)).startsWith("Báo cáo xử lý công việc đúng hạn từ ngày ");
        assertThat(rows.get(2).get(3)).as("header on the third row").isEqualTo("Bước");
        int total = rows.stream().filter(r -> r.size() > 6 && unit.equals(r.get(5)))
                .mapToInt(r -> Integer.parseInt(r.get(6))).sum();
        assertThat(total).as("three cases of our unit").isEqualTo(3);
    }

    @Test
    void aUnitCodeAnOfficialTypedCannotBecomeAFormulaInTheCsv() throws IOException {
        String formula = "=HYPERLINK(\"http://example.invalid\",\"" + unit + "\")";
        String instance = runtimeService.startProcessInstanceByKey("sample-approval", "BAO-CAO-" + UUID.randomUUID(),
                Map.of("orgUnitCode", formula)).getId();
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
                Map.of("handlingNote", "Đúng hạn"));
        String csv = new HttpTestClient(port).as("lanhdao", "lanhdao").get("/api/reports/on-time.csv?" + period).body();
        assertThat(csv).contains("\"'=HYPERLINK(").doesNotContain(",\"=HYPERLINK(");
    }

    @Test
    void thePageIsBehindTheLogin() {
        HttpResponse<String> anonymous = new HttpTestClient(port).get("/reports/on-time");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("#/login"));

        assertThat(webappSession("lanhdao").get("/reports/on-time").body()).contains("Báo cáo xử lý công việc đúng hạn");
        assertThat(webappSession("chuyenvien").get("/reports/on-time").statusCode()).isEqualTo(403);
    }

    private HttpTestClient webappSession(String user) {
        HttpTestClient browser = new HttpTestClient(port);
        assertThat(browser.loginToWebapp(user, user, "tasklist").statusCode()).isEqualTo(200);
        return browser;
    }

    private static JsonNode procedure(JsonNode report, String key) {
        for (JsonNode procedure : report.path("procedures")) {
            if (procedure.path("processKey").asText().equals(key)) {
                return procedure;
            }
        }
        throw new AssertionError("No procedure " + key + " in " + report);
    }
}
