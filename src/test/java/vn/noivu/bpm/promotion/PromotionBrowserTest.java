package vn.noivu.bpm.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.Browser;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.personnel.Rating;

/** A member of the promotion council records the meeting's assessment in the Vietnamese Tasklist (Chromium). */
@PostgresIntegrationTest
class PromotionBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    PersonnelRepository personnel;

    private final ObjectMapper json = new ObjectMapper();

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    @Test
    void aCouncilMemberRecordsTheAssessment() throws IOException {
        LocalDate today = LocalDate.now(Deadlines.ZONE);
        String prefix = "0016" + String.format("%06d", System.nanoTime() % 1_000_000);
        personnel.save(List.of(
                new Person(prefix + "01", "Hồ Thị Thu", "NU", LocalDate.of(1984, 4, 4), "Kinh", false, "VIEN_CHUC", "TT",
                        "Trung tâm", "V.HC.III", "Chuyên viên", today.minusYears(10), 0, null,
                        Map.of(today.getYear() - 1, Rating.HOAN_THANH_TOT,
                                today.getYear() - 2, Rating.HOAN_THANH_XUAT_SAC, today.getYear() - 3, Rating.HOAN_THANH_XUAT_SAC),
                        null, null),
                new Person(prefix + "02", "Lý Văn Đức", "NAM", LocalDate.of(1983, 3, 3), "Kinh", false, "VIEN_CHUC", "TT",
                        "Trung tâm", "V.HC.III", "Chuyên viên", today.minusYears(10), 0, null,
                        Map.of(today.getYear() - 1, Rating.HOAN_THANH_TOT,
                                today.getYear() - 2, Rating.HOAN_THANH_XUAT_SAC, today.getYear() - 3, Rating.HOAN_THANH_XUAT_SAC),
                        null, null)));
        String code = "TH-" + UUID.randomUUID().toString().substring(0, 8);
        String instance = json.readTree(as("chuyenvien").postJson("/api/promotion/rounds", """
                {"code": "%s", "title": "Xét thăng hạng II viên chức hành chính", "authority": "Sở Nội vụ",
                 "staffType": "VIEN_CHUC", "method": "XET", "targetTitle": "VC_HANH_CHINH_HANG_II", "quota": 2,
                 "roundDate": "%s", "filingDeadline": "%s", "councilMembers": 5}
                """.formatted(code, today, today.plusDays(20))).body()).path("processInstanceId").asText();
        String plan = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        assertThat(as("lanhdao").postJson("/engine-rest/task/" + plan + "/complete",
                "{\"variables\": {\"approved\": {\"value\": true, \"type\": \"Boolean\"}}}").statusCode()).isEqualTo(204);
        for (String suffix : List.of("01", "02")) {
            assertThat(as("chuyenvien").postJson("/api/promotion/rounds/" + code + "/nominations",
                    "{\"citizenId\": \"" + prefix + suffix + "\", \"certificatesMet\": true}").statusCode()).isEqualTo(201);
        }
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .singleResult().getId());
        RoundJobs.runDue(managementService, instance);
        String taskId = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("recordAssessment")
                .singleResult().getId();

        try (Browser browser = new Browser(port)) {
            try {
                browser.open("/");
                browser.logIn("hoidongth", "hoidongth");
                browser.open("/camunda/app/tasklist/default/#/?task=" + taskId);
                browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'task-details')]"
                        + "//*[self::a or self::button][contains(normalize-space(.),'Nhận việc')]"))).click();
                browser.wait.until(d -> "hoidongth".equals(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()));
                browser.open("/camunda/app/tasklist/default/#/?task=" + taskId + "&reload=" + System.nanoTime());
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"),
                        "Hội đồng đánh giá, biểu quyết"));
                browser.type(browser.formField("Số thành viên dự họp"), "5");
                browser.type(browser.formField("Biên bản họp"),
                        "Biên bản số 01/BB-HĐ: 5/5 thành viên dự họp, thông qua cả hai người");
                assertThat(browser.text(".task-details")).contains("Danh sách đủ điều kiện");
                browser.completeTask("nang-ngach-1-hoi-dong-danh-gia.png");
                browser.wait.until(d -> {
                    assertThat(browser.formErrors()).as("the form refused what was typed").isEmpty();
                    return taskService.createTaskQuery().taskId(taskId).count() == 0;
                });
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-nang-ngach-1-hoi-dong-danh-gia.png");
                throw e;
            }
        }
        // Both approved within a quota of two: the results go to the head once the selection's job has run.
        RoundJobs.runDue(managementService, instance);
        assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
                .isEqualTo("approveResults");
        assertThat(json.readTree(as("chuyenvien").get("/api/promotion/rounds/" + code + "/results").body())
                .path("nominees").findValuesAsText("outcome")).containsOnly("TRUNG_TUYEN");
    }
}
