package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
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
 * A returned recruitment plan changed on the plan page, as the roles click: the head returns it with a comment,
 * the official follows the revise task's link, is refused with the field named, saves, completes the task, and
 * the head sees the new plan and what changed. Screenshots tuyen-dung-sua-ke-hoach-*.png.
 */
@PostgresIntegrationTest
class RecruitmentPlanEditBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
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
        PendingSteps.run(processEngine, instance);
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
        String code = "TD-SUA-KH-" + UUID.randomUUID().toString().substring(0, 6);
        instance = json.readTree(new HttpTestClient(port).as("chuyenvien", "chuyenvien").postJson(
                "/api/recruitment/rounds", """
                {"code": "%s", "title": "Tuyển dụng nhân viên văn thư", "agency": "Sở Nội vụ", "method": "THI_TUYEN",
                 "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "VT", "title": "Nhân viên văn thư", "rank": "NHAN_VIEN", "quota": 1,
                                "minDegree": "CAO_DANG", "round2Format": "THUC_HANH"}]}
                """.formatted(code, today, today.plusDays(30))).body()).path("processInstanceId").asText();

        String approval = task("approvePlan");
        try (Browser browser = new Browser(port)) {
            try {
                browser.takeTask("lanhdao", approval, () -> assignedTo(approval, "lanhdao"));
                browser.type(browser.formField("Ý kiến trả lại"), "Tăng chỉ tiêu văn thư lên 2, thêm vị trí lưu trữ");
                completeAndWait(browser, approval, "tuyen-dung-sua-ke-hoach-1-lanh-dao-tra-lai.png");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-tuyen-dung-sua-ke-hoach-1-lanh-dao-tra-lai.png");
                throw e;
            }
        }

        String revise = task("revisePlan");
        LocalDate deadline = today.plusDays(45);
        try (Browser browser = new Browser(port)) {
            try {
                // Not signed in: the page says so and links to the login.
                browser.open("/plans/recruitment.html?round=" + code);
                assertThat(browser.awaitState("error")).isEqualTo("error");
                assertThat(browser.driver.findElement(By.linkText("Đăng nhập")).getDomAttribute("href"))
                        .isEqualTo("/camunda/app/tasklist/default/#/login");
                browser.takeTask("chuyenvien", revise, () -> assignedTo(revise, "chuyenvien"));
                assertThat(browser.formText()).contains("Tăng chỉ tiêu văn thư lên 2", "Mở trang sửa kế hoạch của kỳ " + code);
                PlanPage plan = PlanPage.followLink(browser, "/plans/recruitment.html?round=" + code);
                assertThat(plan.status()).contains("Lãnh đạo đã trả lại kế hoạch", "Tăng chỉ tiêu văn thư lên 2");
                assertThat(plan.chosen("positions[0].rank")).isEqualTo("Nhân viên");
                assertThat(browser.text("#plan")).contains("Thi tuyển", "Cao đẳng", "Thực hành")
                        .doesNotContain("THI_TUYEN", "CAO_DANG", "THUC_HANH");

                // A quota of 0 is refused by the server, with its words under the quota.
                plan.type("positions[0].quota", "0");
                assertThat(plan.save()).isEqualTo("error");
                assertThat(plan.errorUnder("positions[0].quota")).isEqualTo("Chỉ tiêu ít nhất là 1.");
                browser.screenshot("tuyen-dung-sua-ke-hoach-2-chi-tieu-sai.png");

                plan.type("positions[0].quota", "2");
                assertThat(plan.date("applicationDeadline", deadline)).isEqualTo(deadline.format(vn));
                plan.click("#add-position");
                plan.type("positions[1].code", "LT").type("positions[1].title", "Nhân viên lưu trữ")
                        .choose("positions[1].rank", "Nhân viên").type("positions[1].quota", "1")
                        .choose("positions[1].minDegree", "Trung cấp").choose("positions[1].round2Format", "Thực hành");
                assertThat(plan.save()).as(plan.status()).isEqualTo("saved");
                assertThat(plan.status()).contains("Đã lưu kế hoạch");
                browser.screenshot("tuyen-dung-sua-ke-hoach-3-da-luu.png");

                // Back to the task by the page's link, as the official goes on.
                plan.click("#task-link");
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-details .fjs-form")));
                browser.type(browser.formField("Nội dung đã chỉnh sửa"),
                        "Chỉ tiêu văn thư 2, thêm vị trí lưu trữ, lùi hạn nhận Phiếu");
                completeAndWait(browser, revise, "tuyen-dung-sua-ke-hoach-4-trinh-lai.png");

                // Submitted again, the plan is with the head: the page says it is not returned, and a save is refused.
                browser.open("/plans/recruitment.html?round=" + code);
                assertThat(browser.awaitState("ready")).isEqualTo("ready");
                assertThat(plan.status()).contains("Kỳ này hiện không ở bước chỉnh sửa kế hoạch");
                assertThat(plan.save()).isEqualTo("error");
                assertThat(plan.status()).contains("Kế hoạch không ở bước chỉnh sửa theo ý kiến lãnh đạo, nên chưa được lưu",
                        "khi lãnh đạo đã trả lại kế hoạch");
                browser.screenshot("tuyen-dung-sua-ke-hoach-4b-khong-con-o-buoc-sua.png");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-tuyen-dung-sua-ke-hoach-4-trinh-lai.png");
                throw e;
            }
        }

        String again = task("approvePlan");
        try (Browser browser = new Browser(port)) {
            try {
                browser.takeTask("lanhdao", again, () -> assignedTo(again, "lanhdao"));
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"),
                        "Nhân viên lưu trữ (mã LT)"));
                String shown = browser.formText();
                assertThat(shown).contains("Nhân viên văn thư (mã VT): ngạch Nhân viên, chỉ tiêu 2",
                        "Nhân viên lưu trữ (mã LT): ngạch Nhân viên, chỉ tiêu 1", "hết ngày " + deadline.format(vn),
                        "Trước:", "chỉ tiêu 1", "hết ngày " + today.plusDays(30).format(vn), "Nay:");
                browser.scrollIntoView(browser.formField("Những điểm đã chỉnh sửa"));
                browser.screenshot("tuyen-dung-sua-ke-hoach-5-lanh-dao-xem-thay-doi.png");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-tuyen-dung-sua-ke-hoach-5-lanh-dao-xem-thay-doi.png");
                throw e;
            }
        }
    }
}
