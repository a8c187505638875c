package vn.noivu.bpm.restructuring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.AxeCheck;
import vn.noivu.bpm.Browser;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * A commune official enters the household consultation's figures in the Vietnamese Tasklist (Chromium); then anyone
 * reads the results on the public site, on a phone (390 × 844) and a desktop, with no serious accessibility fault.
 */
@PostgresIntegrationTest
class RestructuringSchemeBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    private final String suffix = String.format("%06d", System.nanoTime() % 1_000_000);
    private String instance;

    @AfterEach
    void endTheScheme() {
        if (instance != null && runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
            runtimeService.deleteProcessInstance(instance, "browser test done");
        }
    }

    private void unit(String code, String name, String kind, String parent, String area, long population) {
        jdbc.update("INSERT INTO restructuring_unit (code, name, kind, parent_code, valid_from, import_id) VALUES (?, ?, ?, ?, ?, 0)",
                code, name, kind, parent, Date.valueOf(LocalDate.of(2025, 7, 1)));
        if (area != null) {
            jdbc.update("""
                    INSERT INTO restructuring_unit_statistics (code, data_date, area_km2, population, mountainous, island,
                        land_border, coastal_bai_ngang, import_id) VALUES (?, ?, ?, ?, false, false, false, false, 0)""",
                    code, Date.valueOf(LocalDate.of(2025, 12, 31)), new java.math.BigDecimal(area), population);
        }
    }

    @Test
    void aCommuneOfficialEntersTheTallyInTheTasklist() throws IOException {
        unit("T" + suffix, "Tỉnh Thử " + suffix, "TINH", null, null, 0);
        unit("A" + suffix, "Xã An " + suffix, "XA", "T" + suffix, "20", 9000);
        unit("B" + suffix, "Xã Bình " + suffix, "XA", "T" + suffix, "25", 8000);
        String body = new HttpTestClient(port).as("chuyenvien", "chuyenvien").postJson("/api/restructuring/schemes", """
                {"code": "DB-%s", "title": "Đề án nhập xã An và xã Bình", "provinceCode": "T%s", "schemeDate": "2026-02-01",
                 "arrangements": [{"change": "MERGE", "units": ["A%s", "B%s"], "results": [
                   {"code": "N%s", "name": "Xã An Bình", "kind": "XA", "seat": "Trụ sở xã An",
                    "parts": [{"unitCode": "A%s", "areaKm2": 20, "population": 9000},
                              {"unitCode": "B%s", "areaKm2": 25, "population": 8000}]}]}]}
                """.formatted(suffix, suffix, suffix, suffix, suffix, suffix, suffix)).body();
        var created = new ObjectMapper().readTree(body);
        instance = created.path("processInstanceId").asText();
        long schemeId = created.path("id").asLong();
        // the Đề án and the Kế hoạch lấy ý kiến are issued (document-issue) before the communes receive the dossier
        for (int i = 0; i < 2; i++) {
            String document = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance)
                    .processDefinitionKey("document-issue").singleResult().getId();
            taskService.complete(taskService.createTaskQuery().processInstanceId(document).taskDefinitionKey("reviewDocumentDraft")
                    .singleResult().getId());
            taskService.complete(taskService.createTaskQuery().processInstanceId(document).taskDefinitionKey("signDocument")
                    .singleResult().getId(), Map.of("approved", true));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outgoing_document WHERE subject = ? AND type_code IN "
                + "('restructuring-scheme-document', 'restructuring-consultation-plan')", Integer.class, "DB-" + suffix)).isEqualTo(2);
        String taskId = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("reportConsultation")
                .list().stream().filter(t -> ("A" + suffix).equals(runtimeService.getVariable(t.getExecutionId(), "communeCode")))
                .findFirst().orElseThrow().getId();
        try (Browser browser = new Browser(port)) {
            try {
                browser.open("/");
                browser.logIn("ubndxa", "ubndxa");
                browser.openFromGroupList(taskId);
                browser.claimOpenTask(taskId, () -> "ubndxa".equals(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()));
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"),
                        "Lấy ý kiến hộ gia đình và báo cáo kết quả"));
                browser.wait.until(d -> ("Xã An " + suffix).equals(browser.formField("Đơn vị cấp xã").getDomProperty("value")));
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"),
                        "Kế hoạch lấy ý kiến hộ gia đình (PDF)"));
                browser.type(browser.formField("Tổng số hộ gia đình trên địa bàn"), "4000");
                browser.type(browser.formField("Số hộ tham gia lấy ý kiến"), "2500");
                browser.type(browser.formField("Số hộ đồng ý"), "2100");
                browser.type(browser.formField("Số hộ không đồng ý"), "400");
                browser.type(browser.formField("Số hộ có ý kiến khác"), "0");
                browser.screenshot("sap-xep-1-xa-nhap-ket-qua-lay-y-kien.png");
                browser.completeTaskAndWait("sap-xep-1-xa-hoan-thanh.png",
                        () -> taskService.createTaskQuery().taskId(taskId).count() == 0);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-sap-xep-lay-y-kien.png");
                throw e;
            }
        }
        Map<String, Object> row = jdbc.queryForMap("SELECT total_households, agree, passed, reported_by FROM restructuring_consultation "
                + "WHERE scheme_id = ? AND commune_code = ?", schemeId, "A" + suffix);
        assertThat(((Number) row.get("total_households")).longValue()).isEqualTo(4000);
        assertThat(((Number) row.get("agree")).longValue()).isEqualTo(2100);
        assertThat(row.get("passed")).isEqualTo(true);
        assertThat(row.get("reported_by")).isEqualTo("ubndxa");
        ProcessInstance still = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult();
        assertThat(still).as("commune B has not reported yet").isNotNull();

        // The public site: the scheme is listed with its results, and its page shows commune A's figures and result
        // (52,5% of all households, the rule, the day of the report) and commune B not yet reported; no user names.
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        try (Browser browser = new Browser(port)) {
            try {
                for (int[] size : new int[][] {{390, 844}, {1440, 900}}) {
                    String device = size[0] < 500 ? "dien-thoai" : "may-tinh";
                    browser.resize(size[0], size[1]);
                    browser.open("/sap-xep-don-vi-hanh-chinh");
                    String list = browser.awaitPage("/sap-xep-don-vi-hanh-chinh", "Sắp xếp đơn vị hành chính");
                    assertThat(list).contains("Đề án DB-" + suffix + ": Đề án nhập xã An và xã Bình",
                            "1 trên 2 lượt lấy ý kiến", today);
                    AxeCheck.assertAccessible(browser.driver, "sắp xếp: danh sách đề án (" + device + ")");
                    assertThat(browser.fitsWidth()).as("nothing to scroll sideways at " + size[0] + " px").isTrue();
                    browser.screenshot("cong-khai-sap-xep-de-an-" + device + ".png");
                    browser.driver.findElement(By.linkText("Đề án DB-" + suffix + ": Đề án nhập xã An và xã Bình")).click();
                    String page = browser.awaitPage("/sap-xep-don-vi-hanh-chinh/" + schemeId + "/lay-y-kien",
                            "Kết quả lấy ý kiến hộ gia đình");
                    String communeA = browser.text("#xa-1-A" + suffix);
                    assertThat(communeA).contains("Xã An " + suffix, "Kết quả: Đạt", "52,5% tổng số hộ đồng ý",
                            "4.000", "2.500", "2.100", "400", today, "Nghị định 321/2025").doesNotContain("ND-321");
                    assertThat(browser.text("#xa-1-B" + suffix)).contains("Xã Bình " + suffix, "Chưa báo cáo kết quả");
                    assertThat(page).contains("Đang lấy ý kiến hộ gia đình").doesNotContain("ubndxa", "chuyenvien",
                            "null", "true", "false");
                    assertThat(browser.fitsWidth()).as("nothing to scroll sideways at " + size[0] + " px").isTrue();
                    AxeCheck.assertAccessible(browser.driver, "sắp xếp: kết quả lấy ý kiến (" + device + ")");
                    browser.screenshot("cong-khai-sap-xep-lay-y-kien-" + device + ".png");
                }
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-cong-khai-sap-xep.png");
                throw e;
            }
        }
    }
}
