package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.bpm.recruitment.TaskScreens.links;
import static vn.noivu.bpm.recruitment.TaskScreens.shown;
import static vn.noivu.bpm.recruitment.TaskScreens.tick;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.Browser;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.recruitment.process.RecruitmentProcess;

/**
 * The review screens of a written-exam round as the official and the council see them: a returned eligible list
 * with the names, reasons and the council's comment; a re-marked score far from the published one, decided by
 * the council who see whose score it is; returned results with names, scores and the head's comment.
 * Screenshots in target/screenshots/.
 */
@PostgresIntegrationTest
class RecruitmentReviewScreensBrowserTest {

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

    private final ObjectMapper json = new ObjectMapper();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String code = "TD-RA-SOAT-" + suffix;

    /** The round's open tasks would crowd the task lists other browser tests click in. */
    @AfterEach
    void endTheRound() {
        org.camunda.bpm.engine.RuntimeService runtime = processEngine.getRuntimeService();
        runtime.createProcessInstanceQuery().variableValueEquals(RecruitmentProcess.ROUND_CODE, code).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "browser test done"));
    }

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private void work(String user, String instance, String taskKey, String screenshot,
                      java.util.function.Consumer<Browser> work) throws IOException {
        new TaskScreens(port, processEngine).work(user, instance, taskKey, screenshot, work);
    }

    /** Completes the round's open task through the engine's REST API as the user, then the steps after it. */
    private void complete(String user, String instance, String taskKey, String variables) {
        PendingSteps.run(processEngine, instance);
        String taskId = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
                .singleResult().getId();
        assertThat(as(user).postJson("/engine-rest/task/" + taskId + "/complete", "{\"variables\": {" + variables + "}}")
                .statusCode()).isEqualTo(204);
        PendingSteps.run(processEngine, instance);
    }

    private static String returned(String comment) {
        return "\"approved\": {\"value\": false, \"type\": \"Boolean\"}, \"comment\": {\"value\": \"" + comment
                + "\", \"type\": \"String\"}";
    }

    private static final String APPROVED = "\"approved\": {\"value\": true, \"type\": \"Boolean\"}";

    private void fireTimer(String instance) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .singleResult().getId());
        PendingSteps.run(processEngine, instance);
    }

    private void scores(String sheet) {
        assertThat(as("hoidong").postJson("/api/recruitment/rounds/" + code + "/scores", sheet).statusCode())
                .isEqualTo(200);
        PendingSteps.runForRound(processEngine, code);
    }

    private String apply(String name, String citizenId, String degree) throws IOException {
        return Applicants.apply(new HttpTestClient(port), jdbc, code, """
                {"fullName": "%s", "citizenId": "%s", "dateOfBirth": "1994-09-02", "gender": "NU",
                 "email": "%s-%s@noivu.local", "phone": "0987654321", "positionCode": "PC",
                 "degree": {"level": "%s", "major": "Luật"}, "priorityCategories": []}
                """.formatted(name, citizenId, citizenId, suffix, degree));
    }

    @Test
    void theOfficialAndTheCouncilReviewWhatWasReturnedSeeingNamesReasonsAndScores() throws IOException {
        LocalDate today = LocalDate.now(Deadlines.ZONE);
        String instance = json.readTree(as("chuyenvien").postJson("/api/recruitment/rounds", """
                {"code": "%s", "title": "Tuyển dụng công chức pháp chế", "agency": "Sở Nội vụ", "method": "THI_TUYEN",
                 "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "PC", "title": "Chuyên viên pháp chế", "rank": "CHUYEN_VIEN", "quota": 1,
                                "minDegree": "DAI_HOC", "round2Format": "VIET"}]}
                """.formatted(code, today, today.plusDays(30))).body()).path("processInstanceId").asText();
        complete("lanhdao", instance, "approvePlan", APPROVED);
        String seed = "%09d".formatted(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000L);
        String maiId = "004" + seed;
        String mai = apply("Trần Thị Mai", maiId, "DAI_HOC");
        String lan = apply("Phạm Thị Lan", "005" + seed, "DAI_HOC");
        apply("Đỗ Thị Hạnh", "006" + seed, "CAO_DANG");
        fireTimer(instance);

        String councilComment = "Đề nghị kiểm tra lại văn bằng của bà Đỗ Thị Hạnh";
        complete("hoidong", instance, "approveEligibleList", returned(councilComment));
        work("chuyenvien", instance, "reviewEligibility", "tuyen-dung-ra-soat-1-dieu-kien.png", browser -> {
            assertThat(shown(browser)).contains(councilComment, "Trần Thị Mai", "Phạm Thị Lan", "Đỗ Thị Hạnh",
                    "02/09/1994", "Chuyên viên pháp chế (mã PC)", "Không đủ điều kiện dự tuyển",
                    "Trình độ đào tạo thấp hơn yêu cầu của vị trí việc làm").doesNotContain("KHONG_DU", "1994-09-02");
            assertThat(links(browser)).anyMatch(h -> h.endsWith("/api/recruitment/rounds/" + code + "/eligible-list.xlsx"));
            browser.type(browser.formField("Kết quả rà soát"), "Bà Hạnh có bằng cao đẳng: không đủ điều kiện, giữ nguyên");
        });
        assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
                .as("back to the council").isEqualTo("approveEligibleList");
        complete("hoidong", instance, "approveEligibleList", APPROVED);

        scores("""
                {"stage": "VONG_1", "scores": [{"applicationNumber": "%s", "correctAnswers": 40, "totalQuestions": 60},
                 {"applicationNumber": "%s", "correctAnswers": 35, "totalQuestions": 60}]}""".formatted(mai, lan));
        scores("""
                {"stage": "VONG_2", "scores": [{"applicationNumber": "%s", "score": 62},
                 {"applicationNumber": "%s", "score": 75}]}""".formatted(mai, lan));
        // Mai asks for a re-marking; the markers give 80, far above the published 62: the council decides.
        assertThat(new HttpTestClient(port).postJson("/api/recruitment/applications/" + mai + "/review-requests",
                "{\"citizenId\": \"" + maiId + "\", \"reason\": \"Đề nghị chấm lại câu 3\"}").statusCode()).isEqualTo(201);
        fireTimer(instance);
        scores("""
                {"stage": "PHUC_KHAO", "scores": [{"applicationNumber": "%s", "marker1": 80, "marker2": 76,
                 "marker3": 80}]}""".formatted(mai));

        work("hoidong", instance, "confirmReviewScores", "tuyen-dung-ra-soat-2-phuc-khao.png", browser -> {
            assertThat(shown(browser)).contains("Trần Thị Mai (" + mai + "): điểm đã công bố 62.00, điểm phúc khảo 80.00");
            tick(browser, "Công nhận điểm phúc khảo");
            browser.type(browser.formField("Biên bản đối thoại"), "Biên bản số 01/BB-HĐ ngày "
                    + today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        });

        String headComment = "Đề nghị Hội đồng rà soát lại điểm phúc khảo của bà Mai";
        complete("lanhdao", instance, "approveResults", returned(headComment));
        work("hoidong", instance, "reviewResults", "tuyen-dung-ra-soat-3-ket-qua.png", browser -> {
            assertThat(shown(browser)).contains(headComment, "Trần Thị Mai (" + mai + ")", "Phạm Thị Lan (" + lan + ")",
                    "80", "75", "Trúng tuyển", "Không trúng tuyển", "Chuyên viên pháp chế (mã PC)")
                    .doesNotContain("TRUNG_TUYEN");
            assertThat(links(browser)).anyMatch(h -> h.endsWith("/api/recruitment/rounds/" + code + "/results.xlsx"));
            assertThat(browser.formField("Kết quả rà soát").getDomProperty("value"))
                    .as("the council's note starts empty, not with the official's earlier one").isEmpty();
            browser.type(browser.formField("Kết quả rà soát"), "Điểm phúc khảo đúng biên bản đối thoại 01/BB-HĐ");
        });
        complete("lanhdao", instance, "approveResults", APPROVED);
        PendingSteps.signPendingDocuments(processEngine, instance);
        assertThat(RoundOutcomes.of(jdbc, code)).as("the re-marked score the council adopted wins")
                .containsEntry(mai, "TRUNG_TUYEN").containsEntry(lan, "KHONG_TRUNG_TUYEN");
    }
}
