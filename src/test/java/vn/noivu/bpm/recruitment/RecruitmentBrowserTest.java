package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.Browser;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.Spreadsheets;
import vn.noivu.bpm.calendar.Deadlines;

/**
 * A round as people work it: the official plans it, the head approves in the Tasklist, applications arrive through
 * the public API, the council approves the eligible list in the Tasklist and uploads an .xlsx score sheet, the head
 * approves the results in the Tasklist. Screenshots in target/screenshots/.
 */
@PostgresIntegrationTest
class RecruitmentBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ManagementService managementService;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine processEngine;

    @Autowired
    TaskService taskService;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    /** Logs in as the user, opens the group's task and approves it by ticking the form's checkbox. */
    private void approveInTasklist(String user, String processInstanceId, String taskKey, String screenshot)
            throws IOException {
        new TaskScreens(port, processEngine).work(user, processInstanceId, taskKey, screenshot, browser -> {
            WebElement approve = browser.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".task-details form input[type='checkbox']")));
            // The form is longer than the window: bring each control into view before clicking it.
            browser.scrollIntoView(approve);
            // The checkbox's own label lies over it in some layouts: tick it as the label does.
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", approve);
            browser.wait.until(d -> approve.isSelected());
        });
    }

    /** The round's status as users see it once the job executor has run the steps after an asyncBefore. */
    private String status(String code) throws IOException {
        PendingSteps.runForRound(processEngine, code);
        return json.readTree(as("chuyenvien").get("/api/recruitment/rounds/" + code).body()).path("status").asText();
    }

    private void fireTimer(String processInstanceId) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(processInstanceId).timers()
                .singleResult().getId());
        PendingSteps.run(processEngine, processInstanceId);
    }

    @Test
    void theOfficialTheHeadAndTheCouncilRunARound() throws IOException {
        LocalDate today = LocalDate.now(Deadlines.ZONE);
        String code = "TD-TRINH-DUYET-" + UUID.randomUUID().toString().substring(0, 6);
        JsonNode created = json.readTree(as("chuyenvien").postJson("/api/recruitment/rounds", """
                {"code": "%s", "title": "Tuyển dụng nhân viên văn thư", "agency": "Sở Nội vụ", "method": "THI_TUYEN",
                 "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "VT", "title": "Nhân viên văn thư", "rank": "NHAN_VIEN", "quota": 1,
                                "minDegree": "TRUNG_CAP", "round2Format": "THUC_HANH"}]}
                """.formatted(code, today, today.plusDays(30))).body());
        String instance = created.path("processInstanceId").asText();

        approveInTasklist("lanhdao", instance, "approvePlan", "tuyen-dung-1-phe-duyet-ke-hoach.png");
        assertThat(status(code)).isEqualTo("DANG_NHAN_HO_SO");

        String[] numbers = new String[2];
        for (int i = 0; i < 2; i++) {
            numbers[i] = Applicants.apply(new HttpTestClient(port), jdbc, code, """
                    {"fullName": "Người dự tuyển %d", "citizenId": "00150000000%d", "dateOfBirth": "1999-0%d-15",
                     "gender": "NAM", "email": "ung.vien%d@noivu.local", "phone": "0987654321", "positionCode": "VT",
                     "degree": {"level": "TRUNG_CAP", "major": "Văn thư lưu trữ"}, "priorityCategories": []}
                    """.formatted(i, i, i + 1, i));
        }
        fireTimer(instance);
        approveInTasklist("hoidong", instance, "approveEligibleList", "tuyen-dung-2-duyet-danh-sach.png");
        assertThat(status(code)).isEqualTo("THI_VONG_2");

        byte[] xlsx = Spreadsheets.xlsx("Điểm", List.of(List.of("applicationNumber", "score"),
                List.of(numbers[0], 82.5), List.of(numbers[1], 64)));
        assertThat(as("hoidong").postMultipart("/api/recruitment/rounds/" + code + "/scores", Map.of("stage", "VONG_2"),
                Map.of("file", xlsx)).statusCode()).isEqualTo(200);
        assertThat(status(code)).isEqualTo("CHO_DUYET_KET_QUA");

        approveInTasklist("lanhdao", instance, "approveResults", "tuyen-dung-3-phe-duyet-ket-qua.png");
        PendingSteps.signPendingDocuments(processEngine, instance);
        JsonNode results = json.readTree(new HttpTestClient(port).get("/api/recruitment/rounds/" + code + "/results").body());
        assertThat(results.path("status").asText()).isEqualTo("DA_CONG_BO_KET_QUA");
        JsonNode winner = results.path("positions").get(0).path("candidates").get(0);
        assertThat(winner.path("applicationNumber").asText()).isEqualTo(numbers[0]);
        assertThat(winner.path("outcome").asText()).isEqualTo("TRUNG_TUYEN");
    }

    @Autowired
    Deadlines deadlines;

    private void completeByRest(String user, String processInstanceId, String taskKey, String variables) {
        PendingSteps.run(processEngine, processInstanceId);
        String taskId = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult().getId();
        assertThat(as(user).postJson("/engine-rest/task/" + taskId + "/complete", "{\"variables\": " + variables + "}")
                .statusCode()).as(taskKey).isEqualTo(204);
        PendingSteps.run(processEngine, processInstanceId);
    }

    @Test
    void theOfficialRecordsAWinnersHiringDossierBeforeItsLegalDeadline() throws IOException {
        String user = "chuyenvien";
        LocalDate today = LocalDate.now(Deadlines.ZONE);
        String code = "TD-HO-SO-" + UUID.randomUUID().toString().substring(0, 6);
        String instance = json.readTree(as("chuyenvien").postJson("/api/recruitment/rounds", """
                {"code": "%s", "title": "Tuyển dụng nhân viên lưu trữ", "agency": "Sở Nội vụ", "method": "THI_TUYEN",
                 "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "LT", "title": "Nhân viên lưu trữ", "rank": "NHAN_VIEN", "quota": 1,
                                "minDegree": "TRUNG_CAP", "round2Format": "THUC_HANH"}]}
                """.formatted(code, today, today.plusDays(30))).body()).path("processInstanceId").asText();
        String approve = "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}}";
        completeByRest("lanhdao", instance, "approvePlan", approve);
        String number = Applicants.apply(new HttpTestClient(port), jdbc, code, """
                {"fullName": "Đỗ Thị Hằng", "citizenId": "001600000001", "dateOfBirth": "1998-04-15", "gender": "NU",
                 "email": "hang@noivu.local", "phone": "0987654321", "positionCode": "LT",
                 "degree": {"level": "TRUNG_CAP", "major": "Lưu trữ học"}, "priorityCategories": []}
                """);
        fireTimer(instance);
        completeByRest("hoidong", instance, "approveEligibleList", approve);
        assertThat(as("hoidong").postJson("/api/recruitment/rounds/" + code + "/scores", "{\"stage\": \"VONG_2\", "
                + "\"scores\": [{\"applicationNumber\": \"" + number + "\", \"score\": 81}]}").statusCode()).isEqualTo(200);
        completeByRest("lanhdao", instance, "approveResults", approve);
        PendingSteps.signPendingDocuments(processEngine, instance);

        // Published today: 20 days, then the next working day if the 20th is a day off (Decree 170/2025 Art. 18(1)).
        String deadline = deadlines.deadline(today, 20, vn.noivu.bpm.calendar.PeriodUnit.CALENDAR_DAYS)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("recordDossier")
                .singleResult().getId();
        try (Browser browser = new Browser(port)) {
            try {
                browser.open("/");
                browser.logIn("chuyenvien", "chuyenvien");
                browser.openFromGroupList(taskId);
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"),
                        "Tiếp nhận hồ sơ tuyển dụng"));
                String due = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".task-details .due-date span[am-time-ago]"))).getAttribute("uib-tooltip");
                assertThat(due).as("the due date the Tasklist shows").contains(deadline);
                browser.claimOpenTask(taskId,
                        () -> user.equals(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()));
                // The form shows who and until when, read-only, and the documents to tick. The Tasklist reloads the
                // form after the claim, so wait for all of it in the form shown now, not in the one before.
                browser.wait.until(d -> browser.text(".task-details").contains("Giấy tờ phải nộp")
                        && browser.text(".task-details").contains("Hồ sơ đã đủ giấy tờ")
                        && d.findElements(By.cssSelector(".task-details form input[readonly]")).stream()
                        .map(e -> e.getAttribute("value")).toList().containsAll(List.of("Đỗ Thị Hằng", "hết ngày " + deadline)));
                for (String label : List.of("Bản sao văn bằng", "Hồ sơ đã đủ giấy tờ")) {
                    // Found, ticked and read back in one step: a form re-rendered meanwhile is ticked again.
                    browser.wait.until(d -> {
                        WebElement box = d.findElement(By.xpath("//*[contains(@class,'task-details')]//label["
                                + "contains(normalize-space(.),'" + label + "')]/ancestor::*[contains(@class,'fjs-form-field')][1]"
                                + "//input[@type='checkbox']"));
                        if (!box.isSelected()) {
                            browser.scrollIntoView(box);
                            ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].click();", box);
                        }
                        return box.isSelected();
                    });
                }
                browser.completeTask("tuyen-dung-4-tiep-nhan-ho-so.png");
                browser.wait.until(d -> taskService.createTaskQuery().taskId(taskId).count() == 0);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-tuyen-dung-4-tiep-nhan-ho-so.png");
                throw e;
            }
        }
        // The decision is next: its draft for the official to review, due 05 working days after the dossier deadline.
        String hiring = processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("hiring-dossier").singleResult().getId();
        var decision = taskService.createTaskQuery().processInstanceId(processEngine.getRuntimeService()
                .createProcessInstanceQuery().superProcessInstanceId(hiring).singleResult().getId()).singleResult();
        assertThat(decision.getTaskDefinitionKey()).isEqualTo("reviewDocumentDraft");
        assertThat(decision.getDueDate()).isEqualTo(Deadlines.endOfDay(deadlines.deadline(
                deadlines.deadline(today, 20, vn.noivu.bpm.calendar.PeriodUnit.CALENDAR_DAYS), 5,
                vn.noivu.bpm.calendar.PeriodUnit.WORKING_DAYS)));
        assertThat(json.readTree(as("chuyenvien").get("/api/recruitment/rounds/" + code).body()).path("status").asText())
                .isEqualTo("HOAN_THIEN_HO_SO");
    }
}
