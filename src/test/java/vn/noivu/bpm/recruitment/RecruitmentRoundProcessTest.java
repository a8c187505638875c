package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.ProcessCoverage;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.calendar.PeriodUnit;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ExamStage;
import vn.noivu.bpm.recruitment.domain.ApplicationRequest;
import vn.noivu.bpm.recruitment.domain.RoundRequest;
import vn.noivu.bpm.recruitment.process.ApplicationService;
import vn.noivu.bpm.recruitment.process.HiringProcess;
import vn.noivu.bpm.recruitment.process.RecruitmentProcess;
import vn.noivu.bpm.recruitment.process.ReviewRequests;
import vn.noivu.bpm.recruitment.process.RoundService;
import vn.noivu.bpm.recruitment.process.ScoreImport;

/**
 * Every path of bpmn/recruitment/recruitment-round.bpmn, with camunda-bpm-assert on the application's own engine
 * and delegates (PostgreSQL): which step a round waits at, for which group, and what it passed on the way.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecruitmentRoundProcessTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RoundService roundService;
    @Autowired
    ApplicationService applicationService;
    @Autowired
    ScoreImport scoreImport;
    @Autowired
    ReviewRequests reviewRequests;
    @Autowired
    Deadlines deadlines;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private final LocalDate today = LocalDate.now(Deadlines.ZONE);
    private final List<String> instances = new java.util.ArrayList<>();

    private PendingSteps steps;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        steps = new PendingSteps(processEngine, scoreImport);
    }

    @AfterEach
    void tearDown() {
        processEngine.getIdentityService().clearAuthentication();
        BpmnAwareTests.reset();
    }

    private ProcessInstance plan(String code, String rank, String format) throws Exception {
        return plan(code, rank, format, "CONG_CHUC");
    }

    private ProcessInstance plan(String code, String rank, String format, String staffType) throws Exception {
        RoundRequest request = json.readValue("""
                {"code": "%s", "title": "Kỳ tuyển dụng thử", "agency": "Sở Nội vụ", "method": "THI_TUYEN",
                 "staffType": "%s",
                 "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "VT1", "title": "Vị trí thử", "rank": "%s", "quota": 1,
                   "minDegree": "TRUNG_CAP", "round2Format": "%s"}]}
                """.formatted(code, staffType, today, today.plusDays(30), rank, format), RoundRequest.class);
        String id = roundService.create(request, "chuyenvien").processInstanceId();
        instances.add(id);
        return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    @Test
    void aPublicEmployeeRoundNeedsBothRound1PartsAndBreaksATieOnPartOne() throws Exception {
        String code = "PT-" + UUID.randomUUID().toString().substring(0, 8);
        ProcessInstance round = plan(code, "CHUYEN_VIEN", "VIET", "VIEN_CHUC");
        assertThat(jdbc.queryForObject("SELECT legal_basis FROM recruitment_round WHERE code = ?", String.class, code))
                .isEqualTo("ND-115-2020-85-2023");
        assertThat(round).isWaitingAt("approvePlan");
        steps.complete(task(), approved(true, null));
        String lower = apply(code, "001200000301", LocalDate.of(1995, 1, 1));
        String higher = apply(code, "001200000302", LocalDate.of(1996, 1, 1));
        String language = apply(code, "001200000303", LocalDate.of(1997, 1, 1));
        steps.execute(job());
        assertThat(round).isWaitingAt("approveEligibleList");
        steps.complete(task(), approved(true, null));

        // Decree 115/2020 Art. 9(1)(c): each part of round 1 at least 50%; 14 of 30 in the language part fails.
        steps.importSheet(code, new ScoreImport.Sheet(ExamStage.VONG_1, List.of(
                twoParts(lower, 45, 20), twoParts(higher, 50, 16), twoParts(language, 50, 14))));
        assertThatThrownBy(() -> steps.importSheet(code, new ScoreImport.Sheet(ExamStage.VONG_2,
                List.of(round2(language, 90))))).as("not a round-2 candidate").hasMessageContaining(language);
        steps.importSheet(code, new ScoreImport.Sheet(ExamStage.VONG_2,
                List.of(round2(lower, 70), round2(higher, 70))));
        assertThat(round).isWaitingAt("reviewWindowClosed");
        steps.execute(job());

        // Tied at 70: the higher round-1 part I wins (Art. 10(2)); nothing is left for the head.
        assertThat(round).hasPassed("rankCandidates").hasNotPassed("decideTie").isWaitingAt("approveResults");
        assertThat(outcomes(code)).containsEntry(higher, "TRUNG_TUYEN").containsEntry(lower, "KHONG_TRUNG_TUYEN")
                .containsEntry(language, "KHONG_TRUNG_TUYEN");
    }

    private static ScoreImport.Line twoParts(String number, int part1, int part2) {
        return new ScoreImport.Line(number, part1, 60, null, null, null, false, null, null, null, part2, 30);
    }

    /** Coverage: together the tests pass every element of the model, so a new path cannot go untested. */
    @AfterAll
    void everyElementOfTheModelWasPassed() {
        ProcessCoverage.assertEveryElementPassed(processEngine, RecruitmentProcess.KEY, instances);
    }

    private String apply(String code, String citizenId, LocalDate birth) throws Exception {
        ApplicationService.Receipt receipt = applicationService.submit(code, json.readValue("""
                {"fullName": "Thí sinh %s", "citizenId": "%s", "dateOfBirth": "%s", "gender": "NAM",
                 "email": "%s@noivu.local", "phone": "0912345678", "positionCode": "VT1",
                 "degree": {"level": "DAI_HOC", "major": "Hành chính"}, "priorityCategories": []}
                """.formatted(citizenId, citizenId, birth, citizenId), ApplicationRequest.class));
        return Applicants.receivedNumber(jdbc, code, receipt.email());
    }

    private static ScoreImport.Line round1(String number, int correct) {
        return new ScoreImport.Line(number, correct, 60, null, null, null, false);
    }

    private static ScoreImport.Line round2(String number, int score) {
        return new ScoreImport.Line(number, null, null, BigDecimal.valueOf(score), null, null, false);
    }

    private static ScoreImport.Line remark(String number, int marker1, int marker2, Integer marker3) {
        return new ScoreImport.Line(number, null, null, null, null, null, false, BigDecimal.valueOf(marker1),
                BigDecimal.valueOf(marker2), marker3 == null ? null : BigDecimal.valueOf(marker3), null, null);
    }

    private Map<String, String> outcomes(String code) {
        return RoundOutcomes.of(jdbc, code);
    }

    private static Map<String, Object> approved(boolean approved, String comment) {
        return comment == null ? withVariables("approved", approved) : withVariables("approved", approved, "comment", comment);
    }

    @Test
    void aWrittenExamRoundWithEveryReturnPassesBothRoundsAndTheReviewWindow() throws Exception {
        String code = "PT-" + UUID.randomUUID().toString().substring(0, 8);
        ProcessInstance round = plan(code, "CHUYEN_VIEN", "VIET");

        assertThat(round).isWaitingAt("approvePlan");
        assertThat(task()).hasCandidateGroup("lanh-dao");
        assertThat(task().getDueDate()).as("due date from the legal deadline table").isNotNull();
        steps.complete(task(), approved(false, "Bổ sung tiêu chuẩn"));
        assertThat(round).isWaitingAt("revisePlan");
        assertThat(task()).hasCandidateGroup("chuyen-vien");
        steps.complete(task(), withVariables("revisionNote", "Đã bổ sung"));
        assertThat(round).isWaitingAt("approvePlan");
        steps.complete(task(), approved(true, null));

        // Applications until the end of the deadline day, Asia/Ho_Chi_Minh.
        assertThat(round).hasPassed("publishNotice").isWaitingAt("applicationWindowClosed");
        assertThat(job().getDuedate()).isEqualTo(Deadlines.endOfDay(today.plusDays(30)));
        String adult = apply(code, "001200000101", LocalDate.of(1995, 1, 1));
        String passes = apply(code, "001200000102", LocalDate.of(1996, 1, 1));
        String fails = apply(code, "001200000103", LocalDate.of(1997, 1, 1));
        String minor = apply(code, "001200000104", today.plusDays(30).minusYears(17));
        steps.execute(job());

        assertThat(round).hasPassed("checkEligibility").isWaitingAt("approveEligibleList");
        assertThat(task()).hasCandidateGroup("hoi-dong-tuyen-dung");
        steps.complete(task(), approved(false, "Kiểm tra lại văn bằng"));
        assertThat(round).isWaitingAt("reviewEligibility");
        steps.complete(task(), withVariables("reviewNote", "Đã kiểm tra"));
        steps.complete(task(), approved(true, null));

        // CHUYEN_VIEN: round 1 first (Art. 9(2)); the minor is not a candidate.
        assertThat(round).hasPassed("publishEligibleList").isWaitingAt("awaitRound1Scores");
        steps.importSheet(code, new ScoreImport.Sheet(ExamStage.VONG_1,
                List.of(round1(adult, 40), round1(passes, 35), round1(fails, 29))));
        assertThat(round).isWaitingAt("awaitRound2Scores");
        steps.importSheet(code, new ScoreImport.Sheet(ExamStage.VONG_2,
                List.of(round2(adult, 62), round2(passes, 75))));

        // A paper written exam: the 05-working-day review window. The candidate at 62 asks for a review.
        assertThat(round).hasPassed("openReviewWindow").isWaitingAt("reviewWindowClosed");
        assertThat(job().getDuedate())
                .isEqualTo(Deadlines.endOfDay(deadlines.deadline(today, 5, PeriodUnit.WORKING_DAYS)));
        reviewRequests.file(adult, "001200000101", "Đề nghị chấm lại câu 3");
        steps.execute(job());
        assertThatThrownBy(() -> reviewRequests.file(passes, "001200000102", null)).as("late request")
                .hasMessageContaining("không trong thời hạn nhận đơn phúc khảo");

        // Re-marked 80 by two markers: 18 points above the published 62, so the council meets and decides.
        assertThat(round).hasPassed("closeReviewWindow").isWaitingAt("awaitReviewScores");
        assertThatThrownBy(() -> steps.importSheet(code, new ScoreImport.Sheet(ExamStage.PHUC_KHAO,
                List.of(remark(adult, 80, 76, null))))).as("two markers differ").hasMessageContaining("thứ ba");
        steps.importSheet(code, new ScoreImport.Sheet(ExamStage.PHUC_KHAO,
                List.of(remark(adult, 80, 76, 80))));
        assertThat(round).isWaitingAt("confirmReviewScores");
        assertThat(task()).hasCandidateGroup("hoi-dong-tuyen-dung");
        assertThat((String) processEngine.getTaskService().getVariable(task().getId(), "reviewSummary"))
                .contains("(" + adult + "): điểm đã công bố 62.00, điểm phúc khảo 80.00");
        steps.complete(task(), withVariables("reviewDecision", "CONG_NHAN_DIEM_PHUC_KHAO", "reviewMinutes", "Biên bản số 01/BB-HĐ"));

        assertThat(round).hasPassed("applyReviewDecision", "rankCandidates").hasNotPassed("decideTie")
                .isWaitingAt("approveResults");
        assertThat(task()).hasCandidateGroup("lanh-dao");
        steps.complete(task(), approved(false, "Rà soát lại điểm"));
        assertThat(round).isWaitingAt("reviewResults");
        assertThat(task()).hasCandidateGroup("hoi-dong-tuyen-dung");
        steps.complete(task(), withVariables("reviewNote", "Đúng quy định"));
        assertThat(round).isWaitingAt("approveResults");
        steps.complete(task(), approved(true, null));
        // Published once the decision on the results is signed (and every earlier document of the round).
        assertThat(round).isWaitingAt("issueResultsDecision").hasNotPassed("publishResults");
        PendingSteps.signPendingDocuments(processEngine, round.getId());

        assertThat(round).hasPassed("publishResults", "issueRecognitionNotice").isWaitingAt("awaitHiring");
        // The review changed the ranking: 80 now beats 75.
        assertThat(outcomes(code)).containsEntry(adult, "TRUNG_TUYEN").containsEntry(passes, "KHONG_TRUNG_TUYEN")
                .containsEntry(fails, "KHONG_TRUNG_TUYEN").containsEntry(minor, "KHONG_DU_DIEU_KIEN");
    }

    @Test
    void anOralRoundSkipsRound1AndTheReviewWindowAndTheHeadBreaksTheTie() throws Exception {
        String code = "PT-" + UUID.randomUUID().toString().substring(0, 8);
        ProcessInstance round = plan(code, "NHAN_VIEN", "VAN_DAP");
        assertThat(round).isWaitingAt("approvePlan");
        steps.complete(task(), approved(true, null));
        steps.signDocument(round.getId(), "recruitment-plan");
        steps.signDocument(round.getId(), "recruitment-notice");
        String first = apply(code, "001200000201", LocalDate.of(1995, 1, 1));
        String second = apply(code, "001200000202", LocalDate.of(1996, 1, 1));
        String absent = apply(code, "001200000203", LocalDate.of(1997, 1, 1));
        steps.execute(job());
        assertThat(round).isWaitingAt("approveEligibleList");
        steps.complete(task(), approved(true, null));
        steps.signDocument(round.getId(), "recruitment-eligible-list");

        // NHAN_VIEN: the oral is the only round.
        assertThat(round).hasNotPassed("awaitRound1Scores").isWaitingAt("awaitRound2Scores");
        steps.importSheet(code, new ScoreImport.Sheet(ExamStage.VONG_2, List.of(round2(first, 70),
                round2(second, 70), new ScoreImport.Line(absent, null, null, null, null, null, true))));

        assertThat(round).hasNotPassed("openReviewWindow").isWaitingAt("decideTie");
        assertThat(task()).hasCandidateGroup("lanh-dao");
        assertThat(outcomes(code)).containsEntry(first, "CHO_QUYET_DINH").containsEntry(second, "CHO_QUYET_DINH")
                .containsEntry(absent, "VANG_THI");
        IdentityService identity = processEngine.getIdentityService();
        identity.setAuthentication("lanhdao", List.of("lanh-dao"));
        steps.complete(task(), withVariables("selectedApplications", second));
        identity.clearAuthentication();

        assertThat(round).hasPassed("applyTieDecision").isWaitingAt("approveResults");
        assertThat(outcomes(code)).containsEntry(second, "TRUNG_TUYEN").containsEntry(first, "KHONG_TRUNG_TUYEN");
        assertThat(jdbc.queryForObject("""
                SELECT decided_by FROM recruitment_tie_decision d JOIN recruitment_application a ON a.id = d.application_id
                WHERE a.application_number = ?""", String.class, second)).isEqualTo("lanhdao");
        steps.complete(task(), approved(true, null));
        steps.signDocument(round.getId(), "recruitment-results-decision");
        steps.signDocument(round.getId(), "recruitment-recognition-notice");
        // The winner's hiring: dossier, decision, criminal record, start of work; then the round is done.
        assertThat(round).hasPassed("publishResults").isWaitingAt("awaitHiring");
        ProcessInstance hiring = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(HiringProcess.KEY).processInstanceBusinessKey(second).singleResult();
        assertThat(hiring).isWaitingAt("recordDossier");
        steps.complete(task(), withVariables("docDiplomas", true, "dossierComplete", true, "fraudFound", false));
        assertThat(hiring).isWaitingAt("issueDecision");
        steps.complete(task(), withVariables("decisionNumber", "01/QĐ", "decisionDate", today.toString()));
        assertThat(hiring).isWaitingAt("recordCriminalRecord");
        steps.complete(task(), withVariables("criminalRecordResult", "KHONG_LOAI_TRU"));
        assertThat(hiring).isWaitingAt("recordStartOfWork");
        steps.complete(task(), withVariables("startResult", "DA_NHAN_VIEC", "startedOn", today.toString()));
        assertThat(round).hasPassed("awaitHiring", "hiringDone").isEnded();
        assertThat(jdbc.queryForObject("SELECT status FROM recruitment_round WHERE code = ?", String.class, code))
                .isEqualTo("HOAN_THANH");
    }
}
