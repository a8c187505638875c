package vn.noivu.bpm.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.Browser;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PlanPage;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;

/**
 * A returned promotion plan changed on the plan page, as the roles click: the head returns it with a comment, the
 * official follows the revise task's link, is refused with the field named, saves, completes the task, and the head
 * sees the new plan and what changed. Screenshots nang-ngach-sua-phuong-an-*.png.
 */
@PostgresIntegrationTest
class PromotionPlanEditBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;

    private final ObjectMapper json = new ObjectMapper();
    private String instance;

    /** The round's open task would crowd the task lists other browser tests click in. */
    @AfterEach
    void endTheRound() {
        if (instance != null && runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
            runtimeService.deleteProcessInstance(instance, "browser test done");
        }
    }

    private String task(String key) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult().getId();
    }

    private boolean assignedTo(String taskId, String user) {
        return user.equals(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee());
    }

    private void completeAndWait(Browser browser, String taskId, String screenshot) {
        browser.completeTaskAndWait(screenshot, () -> taskService.createTaskQuery().taskId(taskId).count() == 0);
    }

    @Test
    void theOfficialChangesAReturnedPlanOnThePageAndTheHeadSeesWhatChanged() throws IOException {
        LocalDate today = LocalDate.now(Deadlines.ZONE);
        DateTimeFormatter vn = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String code = "TH-SUA-PA-" + UUID.randomUUID().toString().substring(0, 6);
        instance = json.readTree(new HttpTestClient(port).as("chuyenvien", "chuyenvien").postJson(
                "/api/promotion/rounds", """
                {"code": "%s", "title": "Xét thăng hạng II viên chức hành chính", "authority": "Sở Nội vụ",
                 "staffType": "VIEN_CHUC", "method": "XET", "targetTitle": "VC_HANH_CHINH_HANG_II", "quota": 2,
                 "roundDate": "%s", "filingDeadline": "%s", "councilMembers": 5}
                """.formatted(code, today, today.plusDays(20))).body()).path("processInstanceId").asText();

        String approval = task("approvePlan");
        try (Browser browser = new Browser(port)) {
            try {
                browser.takeTask("lanhdao", approval, () -> assignedTo(approval, "lanhdao"));
                browser.type(browser.formField("Ý kiến trả lại"), "Chỉ tiêu 3 người, lùi hạn nộp hồ sơ");
                completeAndWait(browser, approval, "nang-ngach-sua-phuong-an-1-lanh-dao-tra-lai.png");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-nang-ngach-sua-phuong-an-1-lanh-dao-tra-lai.png");
                throw e;
            }
        }

        String revise = task("revisePlan");
        LocalDate deadline = today.plusDays(25);
        try (Browser browser = new Browser(port)) {
            try {
                browser.takeTask("chuyenvien", revise, () -> assignedTo(revise, "chuyenvien"));
                assertThat(browser.formText()).contains("Chỉ tiêu 3 người", "Mở trang sửa phương án của kỳ " + code);
                PlanPage plan = PlanPage.followLink(browser, "/plans/promotion.html?round=" + code);
                assertThat(plan.status()).contains("Lãnh đạo đã trả lại phương án", "Chỉ tiêu 3 người");
                assertThat(plan.chosen("staffType")).isEqualTo("Viên chức");
                assertThat(plan.chosen("targetTitle")).isEqualTo("Viên chức hành chính hạng II");
                assertThat(browser.text("#plan")).doesNotContain("VIEN_CHUC", "VC_HANH_CHINH");

                // A quota of 0 is refused by the server, with its words under the quota.
                plan.type("quota", "0");
                assertThat(plan.save()).isEqualTo("error");
                assertThat(plan.errorUnder("quota")).isEqualTo("Chỉ tiêu ít nhất là 1.");
                browser.screenshot("nang-ngach-sua-phuong-an-2-chi-tieu-sai.png");

                plan.type("quota", "3");
                assertThat(plan.date("filingDeadline", deadline)).isEqualTo(deadline.format(vn));
                assertThat(plan.save()).as(plan.status()).isEqualTo("saved");
                assertThat(plan.status()).contains("Đã lưu phương án", "Chỉ tiêu: 2 → 3");
                browser.screenshot("nang-ngach-sua-phuong-an-3-da-luu.png");

                plan.click("#task-link");
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-details .fjs-form")));
                browser.type(browser.formField("Nội dung đã chỉnh sửa"), "Chỉ tiêu 3, hạn nộp hồ sơ lùi 5 ngày");
                completeAndWait(browser, revise, "nang-ngach-sua-phuong-an-4-trinh-lai.png");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-nang-ngach-sua-phuong-an-4-trinh-lai.png");
                throw e;
            }
        }

        String again = task("approvePlan");
        try (Browser browser = new Browser(port)) {
            try {
                browser.takeTask("lanhdao", again, () -> assignedTo(again, "lanhdao"));
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"),
                        "Đã chỉnh sửa theo ý kiến trả lại"));
                assertThat(browser.formText()).contains("chỉ tiêu: 3", "hạn nộp hồ sơ: " + deadline.format(vn),
                        "Chỉ tiêu: 2 → 3", "Hạn nộp hồ sơ: " + today.plusDays(20).format(vn) + " → " + deadline.format(vn));
                browser.scrollIntoView(browser.driver.findElement(By.xpath("//*[contains(@class,'task-details')]"
                        + "//*[contains(normalize-space(.),'Đã chỉnh sửa theo ý kiến trả lại')][not(*)]")));
                browser.screenshot("nang-ngach-sua-phuong-an-5-lanh-dao-xem-thay-doi.png");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-nang-ngach-sua-phuong-an-5-lanh-dao-xem-thay-doi.png");
                throw e;
            }
        }
    }
}
