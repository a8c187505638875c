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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import vn.noivu.bpm.recruitment.persistence.RoundRepository;
import vn.noivu.bpm.recruitment.process.ApplicationService;
import vn.noivu.bpm.recruitment.process.HiringProcess;
import vn.noivu.bpm.recruitment.process.RoundService;
import vn.noivu.bpm.recruitment.process.ScoreImport;

/**
 * Every path of bpmn/recruitment/hiring-dossier.bpmn after real rounds on the application's engine (PostgreSQL):
 * dossier, decision, criminal record, start of work, cancellations and the next-ranked candidate.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HiringDossierProcessTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RoundService roundService;
    @Autowired
    ApplicationService applicationService;
    @Autowired
    ScoreImport scoreImport;
    @Autowired
    RoundRepository rounds;
    @Autowired
    Deadlines deadlines;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private final LocalDate today = LocalDate.now(Deadlines.ZONE);
    private final List<String> hiringInstances = new ArrayList<>();
    private int citizen = 0;
    private final String prefix = String.valueOf(System.nanoTime() % 1_000_000);

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

    /** A round through to published results: the given round-2 scores for NHAN_VIEN (oral) candidates, quota 1. */
    private record Round(String code, ProcessInstance instance, List<String> numbers, List<String> citizenIds) {
    }

    private Round publishedRound(String staffType, String agency, int... scores) throws Exception {
        String code = "HD-" + UUID.randomUUID().toString().substring(0, 8);
        RoundRequest request = json.readValue("""
                {"code": "%s", "title": "Kỳ tuyển dụng thử", "agency": "%s", "method": "THI_TUYEN", "staffType": "%s",
                 "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "VT", "title": "Văn thư", "rank": "NHAN_VIEN", "quota": 1,
                   "minDegree": "TRUNG_CAP", "round2Format": "VAN_DAP"}]}
                """.formatted(code, agency, staffType, today, today.plusDays(30)), RoundRequest.class);
        ProcessInstance round = instance(roundService.create(request, "chuyenvien").processInstanceId());
        assertThat(round).isWaitingAt("approvePlan");
        steps.complete(task(), withVariables("approved", true));
        steps.signDocument(round.getId(), "recruitment-plan");
        steps.signDocument(round.getId(), "recruitment-notice");
        assertThat(round).hasPassed("noticeIssued");
        List<String> numbers = new ArrayList<>();
        List<String> citizenIds = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            String citizenId = "0019%08d".formatted(Integer.parseInt(prefix) * 10 + citizen++);
            citizenIds.add(citizenId);
            numbers.add(apply(code, citizenId));
        }
        steps.execute(job());
        assertThat(round).isWaitingAt("approveEligibleList");
        steps.complete(task(), withVariables("approved", true));
        steps.signDocument(round.getId(), "recruitment-eligible-list");
        List<ScoreImport.Line> lines = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            lines.add(new ScoreImport.Line(numbers.get(i), null, null, BigDecimal.valueOf(scores[i]), null, null, false));
        }
        steps.importSheet(code, new ScoreImport.Sheet(ExamStage.VONG_2, lines));
        assertThat(round).isWaitingAt("approveResults");
        steps.complete(task(), withVariables("approved", true));
        assertThat(round).isWaitingAt("issueResultsDecision").hasNotPassed("publishResults");
        steps.signDocument(round.getId(), "recruitment-results-decision");
        assertThat(round).hasPassed("publishResults").isWaitingAt("awaitHiring", "issueRecognitionNotice");
        assertThat(status(code)).isEqualTo("DA_CONG_BO_KET_QUA");
        steps.signDocument(round.getId(), "recruitment-recognition-notice");
        assertThat(round).hasPassed("recognitionNoticeIssued").isWaitingAt("awaitHiring");
        return new Round(code, round, numbers, citizenIds);
    }

    private String apply(String code, String citizenId) throws Exception {
        ApplicationService.Receipt receipt = applicationService.submit(code, json.readValue("""
                {"fullName": "Thí sinh %s", "citizenId": "%s", "dateOfBirth": "1995-05-05", "gender": "NU",
                 "email": "%s@noivu.local", "phone": "0912345678", "positionCode": "VT",
                 "degree": {"level": "TRUNG_CAP", "major": "Văn thư"}, "priorityCategories": []}
                """.formatted(citizenId, citizenId, citizenId), ApplicationRequest.class));
        return Applicants.receivedNumber(jdbc, code, receipt.email());
    }

    private ProcessInstance instance(String id) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private ProcessInstance hiring(String applicationNumber) {
        ProcessInstance instance = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(HiringProcess.KEY).processInstanceBusinessKey(applicationNumber).singleResult();
        assertThat(instance).as("hiring-dossier of " + applicationNumber).isNotNull();
        hiringInstances.add(instance.getId());
        return instance;
    }

    private String status(String code) {
        return rounds.find(code).orElseThrow().status();
    }

    private Map<String, String> outcomes(String code) {
        return RoundOutcomes.of(jdbc, code);
    }

    private void completeDossier() {
        steps.complete(task(), withVariables("docDiplomas", true, "docPriorityProof", false, "dossierComplete", true,
                "fraudFound", false));
    }

    private void startWork(LocalDate on) {
        steps.complete(task(), withVariables("startResult", "DA_NHAN_VIEC", "startedOn", on.toString()));
    }

    @Test
    void aWinnerCompletesTheDossierIsRecruitedAndStartsWorkAndTheRoundEnds() throws Exception {
        Round round = publishedRound("CONG_CHUC", "Sở Nội vụ A", 80, 60);
        String winner = round.numbers().get(0);
        ProcessInstance hiring = hiring(winner);

        // Civil servants: 20 days from the publication; the task is due at the end of that day.
        LocalDate dossierDeadline = deadlines.deadline(today, 20, PeriodUnit.CALENDAR_DAYS);
        assertThat(hiring).hasPassed("openHiringDossier").hasNotPassed("recordNoticeReceipt").isWaitingAt("recordDossier");
        assertThat(task()).hasCandidateGroup("chuyen-vien");
        assertThat(task().getDueDate()).isEqualTo(Deadlines.endOfDay(dossierDeadline));
        // Still missing a document: the official saves and keeps waiting.
        steps.complete(task(), withVariables("docDiplomas", false, "dossierComplete", false, "fraudFound", false));
        assertThat(hiring).isWaitingAt("recordDossier");
        completeDossier();
        assertThat(status(round.code())).isEqualTo("HOAN_THIEN_HO_SO");

        // The decision within 05 working days after the dossier DEADLINE (Art. 19(1)), however early the dossier came.
        assertThat(hiring).hasPassed("scheduleDecision").isWaitingAt("issueDecision");
        assertThat(task()).hasCandidateGroup("lanh-dao");
        assertThat(task().getDueDate()).isEqualTo(Deadlines.endOfDay(
                deadlines.deadline(dossierDeadline, 5, PeriodUnit.WORKING_DAYS)));
        assertThatThrownBy(() -> steps.complete(task(), withVariables("decisionNumber", " ", "decisionDate", today.toString())))
                .hasMessageContaining("decisionNumber");
        steps.complete(task(), withVariables("decisionNumber", "15/QĐ-SNV", "decisionDate", today.toString()));
        assertThat(status(round.code())).isEqualTo("DA_QUYET_DINH");

        // The authority asks for the criminal record itself; a clear record.
        assertThat(hiring).hasPassed("recordDecision").isWaitingAt("recordCriminalRecord");
        steps.complete(task(), withVariables("criminalRecordResult", "KHONG_LOAI_TRU"));
        assertThat(hiring).isWaitingAt("recordStartOfWork");
        assertThat(task().getDueDate()).isEqualTo(Deadlines.endOfDay(deadlines.deadline(today, 30, PeriodUnit.CALENDAR_DAYS)));

        // An extension is asked for; the head refuses once, then grants it.
        steps.complete(task(), withVariables("startResult", "XIN_GIA_HAN", "extensionUntil", today.plusDays(45).toString(),
                "extensionReason", "Đang hoàn thành công việc cũ"));
        assertThat(hiring).isWaitingAt("approveExtension");
        steps.complete(task(), withVariables("approved", false, "comment", "Không có lý do chính đáng"));
        assertThat(hiring).isWaitingAt("recordStartOfWork");
        assertThatThrownBy(() -> steps.complete(task(), withVariables("startResult", "CHUA_BIET")))
                .as("not one of the choices").hasMessageContaining("startResult");
        assertThat(hiring).hasPassed("extendStartDeadline").isWaitingAt("recordStartOfWork");
        assertThat(task().getDueDate()).as("unchanged").isEqualTo(Deadlines.endOfDay(deadlines.deadline(today, 30, PeriodUnit.CALENDAR_DAYS)));
        steps.complete(task(), withVariables("startResult", "XIN_GIA_HAN", "extensionUntil", today.plusDays(45).toString(),
                "extensionReason", "Đang hoàn thành công việc cũ"));
        steps.complete(task(), withVariables("approved", true));
        assertThat(hiring).isWaitingAt("recordStartOfWork");
        assertThat(task().getDueDate()).as("the date the head granted").isEqualTo(Deadlines.endOfDay(today.plusDays(45)));
        startWork(today.plusDays(10));

        assertThat(hiring).hasPassed("completeHiring").isEnded();
        assertThat(status(round.code())).isEqualTo("HOAN_THANH");
        assertThat(round.instance()).hasPassed("awaitHiring").isEnded();
        assertThat(jdbc.queryForObject("SELECT probation_months FROM recruitment_hiring h JOIN recruitment_application a "
                + "ON a.id = h.application_id WHERE a.application_number = ?", Integer.class, winner))
                .as("civil servants: no probation").isNull();
        assertThat(jdbc.queryForList("""
                SELECT e.status FROM recruitment_application_event e JOIN recruitment_application a ON a.id = e.application_id
                WHERE a.application_number = ? ORDER BY e.id""", String.class, winner)).containsSubsequence(
                "MOI_HOAN_THIEN_HO_SO", "DA_NHAN_DU_HO_SO", "CO_QUYET_DINH_TUYEN_DUNG", "GIA_HAN_NHAN_VIEC", "DA_NHAN_VIEC");
        // The recruit is told each milestone by email, once.
        assertThat(jdbc.queryForList("SELECT kind FROM notification WHERE subject_ref = ? ORDER BY id", String.class, winner))
                .contains("APPLICANT_DOSSIER_DEADLINE", "APPLICANT_DECISION", "APPLICANT_RECRUITED")
                .doesNotHaveDuplicates();
    }

    @Test
    void aWinnerWhoMissesTheDossierDeadlineIsCancelledAndTheNextRankedTakesThePlace() throws Exception {
        Round round = publishedRound("CONG_CHUC", "Sở Nội vụ B", 80, 70, 60);
        String winner = round.numbers().get(0);
        String next = round.numbers().get(1);
        ProcessInstance hiring = hiring(winner);
        assertThat(hiring).isWaitingAt("recordDossier");
        steps.execute(job());

        assertThat(hiring).isWaitingAt("cancelResult");
        assertThat(task()).hasCandidateGroup("lanh-dao");
        steps.complete(task(), withVariables("cancellationNumber", "20/QĐ-SNV"));
        assertThat(hiring).hasPassed("cancelHiringResult", "findNextRanked").hasNotPassed("decideTie").isEnded();

        assertThat(outcomes(round.code())).containsEntry(winner, "HUY_TRUNG_TUYEN").containsEntry(next, "TRUNG_TUYEN")
                .containsEntry(round.numbers().get(2), "KHONG_TRUNG_TUYEN");
        assertThat(jdbc.queryForList("SELECT kind FROM notification WHERE subject_ref = ?", String.class, winner))
                .contains("APPLICANT_CANCELLED");
        assertThat(jdbc.queryForList("SELECT kind FROM notification WHERE subject_ref = ?", String.class, next))
                .as("the next-ranked candidate is asked for the dossier").contains("APPLICANT_DOSSIER_DEADLINE");
        assertThat(jdbc.queryForObject("""
                SELECT r.application_number FROM recruitment_hiring h JOIN recruitment_application a ON a.id = h.application_id
                JOIN recruitment_application r ON r.id = h.replaces_application_id WHERE a.application_number = ?""",
                String.class, next)).isEqualTo(winner);
        // Results say who replaced whom, and staff see why; the applicant's dossier has the dated history.
        String publicResults = new vn.noivu.bpm.HttpTestClient(port).get("/api/recruitment/rounds/" + round.code()
                + "/results").body();
        assertThat(publicResults).as("the reason of a cancellation stays with staff").doesNotContain("Không hoàn thiện");
        com.fasterxml.jackson.databind.JsonNode candidates = json.readTree(new vn.noivu.bpm.HttpTestClient(port)
                .as("chuyenvien", "chuyenvien").get("/api/recruitment/rounds/" + round.code() + "/results").body())
                .path("positions").get(0).path("candidates");
        Map<String, com.fasterxml.jackson.databind.JsonNode> byNumber = new HashMap<>();
        candidates.forEach(c -> byNumber.put(c.path("applicationNumber").asText(), c));
        assertThat(byNumber.get(winner).path("outcome").asText()).isEqualTo("HUY_TRUNG_TUYEN");
        assertThat(byNumber.get(winner).path("hiringStatus").asText()).isEqualTo("HUY_KET_QUA");
        assertThat(byNumber.get(winner).path("cancellationReason").asText())
                .startsWith("Không hoàn thiện đủ hồ sơ trong thời hạn (quyết định số 20/QĐ-SNV)");
        assertThat(byNumber.get(next).path("replaces").asText()).isEqualTo(winner);
        assertThat(byNumber.get(next).path("hiringStatus").asText()).isEqualTo("HOAN_THIEN_HO_SO");
        com.fasterxml.jackson.databind.JsonNode dossier = json.readTree(new vn.noivu.bpm.HttpTestClient(port)
                .get("/api/recruitment/applications/" + winner + "?citizenId=" + round.citizenIds().get(0)).body());
        assertThat(dossier.path("history").findValuesAsText("label")).contains("Kết quả trúng tuyển bị hủy");
        ProcessInstance replacement = hiring(next);
        assertThat(replacement).isWaitingAt("recordDossier");
        assertThat(task().getDueDate()).as("a fresh dossier period")
                .isEqualTo(Deadlines.endOfDay(deadlines.deadline(today, 20, PeriodUnit.CALENDAR_DAYS)));
        assertThat(round.instance()).isWaitingAt("awaitHiring");
    }

    @Test
    void tiedNextRankedCandidatesGoToTheHeadAndADisqualifyingRecordCancelsTheDecision() throws Exception {
        Round round = publishedRound("CONG_CHUC", "Sở Nội vụ C", 80, 70, 70);
        String winner = round.numbers().get(0);
        ProcessInstance hiring = hiring(winner);
        completeDossier();
        steps.complete(task(), withVariables("decisionNumber", "16/QĐ-SNV", "decisionDate", today.toString()));
        assertThat(hiring).isWaitingAt("recordCriminalRecord");
        steps.complete(task(), withVariables("criminalRecordResult", "PHAI_HUY", "criminalRecordNote", "Số 123/LLTP"));

        assertThat(hiring).isWaitingAt("cancelDecision");
        steps.complete(task(), withVariables("cancellationNumber", "21/QĐ-SNV"));
        // The two 70s are still tied after every legal tie-break: the head decides.
        assertThat(hiring).hasPassed("cancelHiringDecision", "findNextRanked").isWaitingAt("decideTie");
        assertThat(task()).hasCandidateGroup("lanh-dao");
        assertThat((String) processEngine.getTaskService().getVariable(task().getId(), "tieSummary"))
                .contains(round.numbers().get(1), round.numbers().get(2));
        assertThatThrownBy(() -> steps.complete(task(), withVariables("selectedApplications",
                round.numbers().get(1) + "," + round.numbers().get(2)))).hasMessageContaining("selectedApplications");
        steps.complete(task(), withVariables("selectedApplications", round.numbers().get(2)));

        assertThat(hiring).hasPassed("offerPlaceToSelected").isEnded();
        assertThat(outcomes(round.code())).containsEntry(winner, "HUY_TRUNG_TUYEN")
                .containsEntry(round.numbers().get(2), "TRUNG_TUYEN").containsEntry(round.numbers().get(1), "KHONG_TRUNG_TUYEN");
        assertThat(jdbc.queryForObject("""
                SELECT h.cancellation_reason FROM recruitment_hiring h JOIN recruitment_application a ON a.id = h.application_id
                WHERE a.application_number = ?""", String.class, winner)).startsWith("Phiếu lý lịch tư pháp");
        assertThat(hiring(round.numbers().get(2))).isWaitingAt("recordDossier");
    }

    @Test
    void fraudCancelsTheResultAndBarsTheCitizenFromTheAgencysNextRound() throws Exception {
        Round round = publishedRound("CONG_CHUC", "Sở Nội vụ D", 80);
        String winner = round.numbers().get(0);
        ProcessInstance hiring = hiring(winner);
        steps.complete(task(), withVariables("docDiplomas", true, "dossierComplete", false, "fraudFound", true,
                "dossierNote", "Bằng tốt nghiệp không hợp pháp"));
        assertThat(hiring).isWaitingAt("cancelResult");
        steps.complete(task(), withVariables("cancellationNumber", "22/QĐ-SNV"));
        // Nobody left who passed: the place stays empty and the round is done.
        assertThat(hiring).hasPassed("findNextRanked").isEnded();
        assertThat(status(round.code())).isEqualTo("HOAN_THANH");
        assertThat(round.instance()).isEnded();

        // The agency's next round: the same citizen is not eligible (Decree 170/2025 Art. 18(2)).
        String code = "HD-" + UUID.randomUUID().toString().substring(0, 8);
        ProcessInstance next = instance(roundService.create(json.readValue("""
                {"code": "%s", "title": "Kỳ sau", "agency": "Sở Nội vụ D", "method": "THI_TUYEN",
                 "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "VT", "title": "Văn thư", "rank": "NHAN_VIEN", "quota": 1,
                   "minDegree": "TRUNG_CAP", "round2Format": "VAN_DAP"}]}
                """.formatted(code, today, today.plusDays(30)), RoundRequest.class), "chuyenvien").processInstanceId());
        assertThat(next).isWaitingAt("approvePlan");
        steps.complete(task(), withVariables("approved", true));
        String again = apply(code, round.citizenIds().get(0));
        steps.execute(job());
        assertThat(jdbc.queryForObject("SELECT ineligibility_reason FROM recruitment_application WHERE application_number = ?",
                String.class, again)).containsIgnoringCase("gian lận");
    }

    @Test
    void aPublicEmployeeCountsTheDossierFromTheNoticeAndServesProbation() throws Exception {
        Round round = publishedRound("VIEN_CHUC", "Bệnh viện tỉnh", 75, 50);
        String winner = round.numbers().get(0);
        ProcessInstance hiring = hiring(winner);
        assertThat(hiring).isWaitingAt("recordNoticeReceipt");
        assertThatThrownBy(() -> steps.complete(task(), withVariables("noticeReceivedOn", today.plusDays(1).toString())))
                .hasMessageContaining("noticeReceivedOn");
        steps.complete(task(), withVariables("noticeReceivedOn", today.minusDays(2).toString()));
        assertThat(hiring).hasPassed("setDossierDeadline").isWaitingAt("recordDossier");
        assertThat(task().getDueDate()).isEqualTo(Deadlines.endOfDay(deadlines.deadline(today.minusDays(2), 30, PeriodUnit.CALENDAR_DAYS)));
        steps.complete(task(), withVariables("docDiplomas", true, "docJudicialRecord", true, "dossierComplete", true, "fraudFound", false));

        // Decision within 15 days of the completed dossier; the judicial record was in the dossier.
        assertThat(hiring).isWaitingAt("issueDecision");
        assertThat(task().getDueDate()).isEqualTo(Deadlines.endOfDay(deadlines.deadline(today, 15, PeriodUnit.CALENDAR_DAYS)));
        steps.complete(task(), withVariables("decisionNumber", "30/QĐ-BV", "decisionDate", today.toString()));
        assertThat(hiring).hasNotPassed("recordCriminalRecord").isWaitingAt("recordStartOfWork");
        steps.complete(task(), withVariables("startResult", "DA_NHAN_VIEC", "startedOn", today.toString(), "physicianTitle", false,
                "priorInsuredMonths", 2L));
        assertThat(hiring).isEnded();
        // An intermediate-level title: 6 months, less 2 months of prior work in the same job.
        assertThat(jdbc.queryForObject("SELECT probation_months FROM recruitment_hiring h JOIN recruitment_application a "
                + "ON a.id = h.application_id WHERE a.application_number = ?", Integer.class, winner)).isEqualTo(4);
    }

    @Test
    void aRecruitWhoDoesNotStartWorkIsCancelled() throws Exception {
        Round round = publishedRound("CONG_CHUC", "Sở Nội vụ E", 90, 55);
        ProcessInstance hiring = hiring(round.numbers().get(0));
        completeDossier();
        steps.complete(task(), withVariables("decisionNumber", "17/QĐ-SNV", "decisionDate", today.toString()));
        steps.complete(task(), withVariables("criminalRecordResult", "KHONG_LOAI_TRU"));
        assertThat(hiring).isWaitingAt("recordStartOfWork");
        steps.execute(job());
        assertThat(hiring).isWaitingAt("cancelDecision");
        steps.complete(task(), withVariables("cancellationNumber", "23/QĐ-SNV", "cancellationNote", "Không đến nhận việc"));
        assertThat(hiring).isEnded();
        assertThat(hiring(round.numbers().get(1))).isWaitingAt("recordDossier");
        assertThat(jdbc.queryForObject("""
                SELECT h.cancellation_reason FROM recruitment_hiring h JOIN recruitment_application a ON a.id = h.application_id
                WHERE a.application_number = ?""", String.class, round.numbers().get(0))).startsWith("Không đến nhận việc");
    }

    /** Coverage: together the tests pass every element of the model. */
    @AfterAll
    void everyElementOfTheModelWasPassed() {
        ProcessCoverage.assertEveryElementPassed(processEngine, HiringProcess.KEY, hiringInstances);
    }
}
