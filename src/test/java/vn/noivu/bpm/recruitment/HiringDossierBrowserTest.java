package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.bpm.recruitment.TaskScreens.approve;
import static vn.noivu.bpm.recruitment.TaskScreens.shown;
import static vn.noivu.bpm.recruitment.TaskScreens.tick;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.Browser;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.recruitment.process.HiringProcess;
import vn.noivu.bpm.recruitment.process.HiringTasksOfEarlierForms;

/**
 * The hiring of a round's winner in the Tasklist, as the head and the official work it: the decision, a
 * disqualifying criminal record and the cancelled decision, the tie among the next-ranked decided by a name, a
 * dossier found fraudulent and the cancelled result, and an extension of the start of work. Each screen names the
 * person, the position in words and the ground of the decision. Screenshots in target/screenshots/.
 */
@PostgresIntegrationTest
class HiringDossierBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HiringTasksOfEarlierForms earlierForms;

    private final ObjectMapper json = new ObjectMapper();
    private final LocalDate today = LocalDate.now(Deadlines.ZONE);
    private final DateTimeFormatter vn = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String code = "TD-TIEP-NHAN-" + suffix;

    /** The round's open tasks would crowd the task lists other browser tests click in. */
    @AfterEach
    void endTheRound() {
        org.camunda.bpm.engine.RuntimeService runtime = processEngine.getRuntimeService();
        runtime.createProcessInstanceQuery().variableValueEquals(HiringProcess.ROUND_CODE, code).list().stream()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "browser test done"));
    }

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private void work(String user, String instance, String taskKey, String screenshot,
                      java.util.function.Consumer<Browser> work) throws IOException {
        new TaskScreens(port, processEngine).work(user, instance, taskKey, screenshot, work);
    }

    /** Completes the instance's open task as the API does, then the steps that follow it. */
    private void complete(String instance, String taskKey, Map<String, Object> variables) {
        PendingSteps.run(processEngine, instance);
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
                .singleResult().getId(), variables);
        PendingSteps.run(processEngine, instance);
    }

    private String hiring(String applicationNumber) {
        String id = processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(HiringProcess.KEY)
                .processInstanceBusinessKey(applicationNumber).active().singleResult().getId();
        PendingSteps.run(processEngine, id);
        return id;
    }

    private String apply(String code, String name, String citizenId) throws IOException {
        return Applicants.apply(new HttpTestClient(port), jdbc, code, """
                {"fullName": "%s", "citizenId": "%s", "dateOfBirth": "1996-04-12", "gender": "NAM",
                 "email": "%s-%s@noivu.local", "phone": "0987654321", "positionCode": "VT",
                 "degree": {"level": "CAO_DANG", "major": "Văn thư lưu trữ"}, "priorityCategories": []}
                """.formatted(name, citizenId, citizenId, suffix));
    }

    /**
     * Types a date into a date field as a Vietnamese official would, dd/mm/yyyy, whatever the browser's language
     * (the test browser's is English), and reads it back the same way.
     */
    private static void typeDate(Browser browser, String label, LocalDate date) {
        WebElement field = browser.scrollIntoView(browser.formField(label));
        assertThat(field.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        String typed = date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        field.click();
        field.sendKeys(typed);
        field.sendKeys(Keys.TAB);
        browser.wait.until(d -> typed.equals(field.getDomProperty("value")));
    }

    private static void typeText(Browser browser, String label, String text) {
        browser.type(browser.formField(label), text);
    }

    private String hiringColumn(String column, String applicationNumber) {
        return jdbc.queryForObject("SELECT h." + column + " FROM recruitment_hiring h JOIN recruitment_application a "
                + "ON a.id = h.application_id WHERE a.application_number = ?", String.class, applicationNumber);
    }

    @Test
    void theHeadAndTheOfficialWorkAHiringFromDecisionToExtensionByNamesAndGrounds() throws IOException {
        String agency = "Sở Nội vụ " + suffix;
        String round = json.readTree(as("chuyenvien").postJson("/api/recruitment/rounds", """
                {"code": "%s", "title": "Tuyển dụng công chức văn thư", "agency": "%s", "method": "THI_TUYEN",
                 "staffType": "CONG_CHUC", "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "VT", "title": "Văn thư", "rank": "NHAN_VIEN", "quota": 1,
                                "minDegree": "CAO_DANG", "round2Format": "VAN_DAP"}]}
                """.formatted(code, agency, today, today.plusDays(30))).body()).path("processInstanceId").asText();
        complete(round, "approvePlan", Map.of("approved", true));
        String seed = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000L);
        String an = apply(code, "Nguyễn Văn An", "001%09d".formatted(Long.parseLong(seed)));
        String bich = apply(code, "Trần Thị Bích", "002%09d".formatted(Long.parseLong(seed)));
        String cuong = apply(code, "Lê Văn Cường", "003%09d".formatted(Long.parseLong(seed)));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(round).timers()
                .singleResult().getId());
        complete(round, "approveEligibleList", Map.of("approved", true));
        assertThat(as("hoidong").postJson("/api/recruitment/rounds/" + code + "/scores", """
                {"stage": "VONG_2", "scores": [{"applicationNumber": "%s", "score": 80},
                 {"applicationNumber": "%s", "score": 70}, {"applicationNumber": "%s", "score": 70}]}
                """.formatted(an, bich, cuong)).statusCode()).isEqualTo(200);
        complete(round, "approveResults", Map.of("approved", true));
        PendingSteps.signPendingDocuments(processEngine, round);

        String anHiring = hiring(an);
        // A hiring started by the earlier version has no position title: it gets one at start-up.
        processEngine.getRuntimeService().removeVariable(anHiring, HiringProcess.POSITION_TITLE);
        earlierForms.run(null);
        earlierForms.run(null);
        assertThat(processEngine.getRuntimeService().getVariable(anHiring, HiringProcess.POSITION_TITLE))
                .isEqualTo("Văn thư (mã VT)");
        complete(anHiring, "recordDossier", Map.of("docDiplomas", true, "dossierComplete", true, "fraudFound", false));

        String decision = "16/QĐ-" + suffix;
        work("lanhdao", anHiring, "issueDecision", "tuyen-dung-ho-so-1-quyet-dinh.png", browser -> {
            assertThat(shown(browser)).contains("Nguyễn Văn An", an, "Văn thư (mã VT)");
            typeText(browser, "Số quyết định", decision);
            typeDate(browser, "Ngày ký quyết định", today);
        });
        assertThat(hiringColumn("decision_number", an)).isEqualTo(decision);

        work("chuyenvien", anHiring, "recordCriminalRecord", "tuyen-dung-ho-so-2-ly-lich-tu-phap.png", browser -> {
            assertThat(shown(browser)).contains("Nguyễn Văn An", "Văn thư (mã VT)");
            tick(browser, "Thuộc trường hợp phải hủy quyết định tuyển dụng");
            typeText(browser, "Số, ngày Phiếu lý lịch tư pháp", "Phiếu số 123/LLTP");
        });

        work("lanhdao", anHiring, "cancelDecision", "tuyen-dung-ho-so-3-huy-quyet-dinh.png", browser -> {
            assertThat(shown(browser)).contains("Nguyễn Văn An", "Văn thư (mã VT)", decision,
                    "Phiếu lý lịch tư pháp cho thấy thuộc trường hợp không được tuyển dụng", "Phiếu số 123/LLTP")
                    .doesNotContain("PHAI_HUY");
            typeText(browser, "Số quyết định hủy", "21/QĐ-" + suffix);
        });
        assertThat(hiringColumn("cancellation_reason", an)).startsWith("Phiếu lý lịch tư pháp");

        // The two next-ranked are tied on 70: the head ticks one by name.
        work("lanhdao", anHiring, "decideTie", "tuyen-dung-ho-so-4-bang-ket-qua.png", browser -> {
            assertThat(shown(browser)).contains("Trần Thị Bích (" + bich + ")", "Lê Văn Cường (" + cuong + ")",
                    "Văn thư (mã VT)", "Nguyễn Văn An", "70 điểm");
            tick(browser, "Lê Văn Cường");
        });
        assertThat(RoundOutcomes.of(jdbc, code)).as("the person the head ticked is asked for the dossier")
                .containsEntry(an, "HUY_TRUNG_TUYEN").containsEntry(cuong, "TRUNG_TUYEN")
                .containsEntry(bich, "KHONG_TRUNG_TUYEN");

        String cuongHiring = hiring(cuong);
        work("chuyenvien", cuongHiring, "recordDossier", "tuyen-dung-ho-so-5-tiep-nhan.png", browser -> {
            assertThat(shown(browser)).contains("Lê Văn Cường", "Văn thư (mã VT)", "Bản sao văn bằng");
            tick(browser, "Bản sao văn bằng");
            tick(browser, "Phát hiện kê khai không trung thực");
            typeText(browser, "Ghi chú", "Bằng tốt nghiệp không hợp pháp");
        });

        work("lanhdao", cuongHiring, "cancelResult", "tuyen-dung-ho-so-6-huy-ket-qua.png", browser -> {
            assertThat(shown(browser)).contains("Lê Văn Cường", "Văn thư (mã VT)",
                    "phát hiện kê khai không trung thực", "Bằng tốt nghiệp không hợp pháp");
            typeText(browser, "Số quyết định hủy", "22/QĐ-" + suffix);
        });
        assertThat(RoundOutcomes.of(jdbc, code)).as("the one left of the tie takes the place")
                .containsEntry(cuong, "HUY_TRUNG_TUYEN").containsEntry(bich, "TRUNG_TUYEN");

        String bichHiring = hiring(bich);
        complete(bichHiring, "recordDossier", Map.of("docDiplomas", true, "dossierComplete", true, "fraudFound", false));
        complete(bichHiring, "issueDecision", Map.of("decisionNumber", "23/QĐ-" + suffix, "decisionDate",
                today.toString()));
        complete(bichHiring, "recordCriminalRecord", Map.of("criminalRecordResult", "KHONG_LOAI_TRU"));

        LocalDate until = today.plusDays(45);
        work("chuyenvien", bichHiring, "recordStartOfWork", "tuyen-dung-ho-so-7-nhan-viec.png", browser -> {
            assertThat(shown(browser)).contains("Trần Thị Bích", "Văn thư (mã VT)", "hết ngày");
            tick(browser, "Đề nghị gia hạn thời hạn nhận việc");
            typeDate(browser, "Gia hạn đến ngày", until);
            typeText(browser, "Lý do đề nghị gia hạn", "Đang bàn giao công việc ở cơ quan cũ");
        });

        work("lanhdao", bichHiring, "approveExtension", "tuyen-dung-ho-so-8-gia-han.png", browser -> {
            assertThat(shown(browser)).contains("Trần Thị Bích", "Văn thư (mã VT)",
                    "Đề nghị gia hạn đến ngày: " + until.format(vn), "Đang bàn giao công việc ở cơ quan cũ")
                    .doesNotContain(until.toString());
            approve(browser);
        });
        org.camunda.bpm.engine.task.Task again = taskService.createTaskQuery().processInstanceId(bichHiring)
                .taskDefinitionKey("recordStartOfWork").singleResult();
        assertThat(again.getDueDate()).as("the date the head granted").isEqualTo(Deadlines.endOfDay(until));
        assertThat(taskService.getVariable(again.getId(), "startResult"))
                .as("the next record starts without the earlier request ticked").isNull();
        assertThat(hiringColumn("start_deadline", bich)).isEqualTo(until.toString());
    }
}
