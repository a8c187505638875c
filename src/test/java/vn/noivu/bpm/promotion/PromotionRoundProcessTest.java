package vn.noivu.bpm.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.personnel.Rating;
import vn.noivu.bpm.promotion.domain.ExamScore;
import vn.noivu.bpm.promotion.process.PromotionExams;
import vn.noivu.bpm.promotion.process.PromotionNominations;
import vn.noivu.bpm.promotion.process.PromotionPlans;
import vn.noivu.bpm.promotion.process.PromotionProcess;
import vn.noivu.bpm.promotion.process.PromotionPublication;
import vn.noivu.bpm.promotion.web.NominationRequest;
import vn.noivu.bpm.promotion.web.PromotionRoundRequest;

/**
 * Every path of bpmn/promotion/promotion-round.bpmn on the application's engine (PostgreSQL), with staff from the
 * personnel register: an ineligible nominee, a council without quorum, ordering down to the head's decision, a
 * deferred appointment; the council's and the appointments' decisions issued through document-issue (its tasks
 * completed here), with consecutive numbers.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromotionRoundProcessTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    PromotionNominations nominations;
    @Autowired
    PromotionPlans plans;
    @Autowired
    PromotionExams exams;
    @Autowired
    PromotionPublication publication;
    @Autowired
    PersonnelRepository personnel;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    vn.noivu.bpm.promotion.process.OpenTasksOfEarlierForms earlierForms;
    @Autowired
    ObjectMapper json;

    private final LocalDate today = LocalDate.now(Deadlines.ZONE);
    private final List<String> instances = new ArrayList<>();
    private final String prefix = "0018" + String.format("%06d", System.nanoTime() % 1_000_000);

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void tearDown() {
        BpmnAwareTests.reset();
    }

    @AfterAll
    void everyElementOfTheModelWasPassed() {
        ProcessCoverage.assertEveryElementPassed(processEngine, PromotionProcess.KEY, instances);
    }

    private Person publicEmployee(String suffix, String gender, LocalDate born, Rating lastYear, Person.Discipline discipline,
                                  Person.Achievement achievement) {
        return new Person(prefix + suffix, "Viên chức " + suffix, gender, born, "Kinh", false, "VIEN_CHUC", "BV",
                "Bệnh viện", "V.HC.III", "Chuyên viên", today.minusYears(10), 0, LocalDate.of(2012, 1, 1),
                Map.of(today.getYear() - 1, lastYear, today.getYear() - 2, Rating.HOAN_THANH_XUAT_SAC,
                        today.getYear() - 3, Rating.HOAN_THANH_XUAT_SAC), discipline, achievement);
    }

    private ProcessInstance round(String code, int quota, int councilMembers) throws Exception {
        return round(code, quota, councilMembers, "XET");
    }

    private ProcessInstance round(String code, int quota, int councilMembers, String method) throws Exception {
        PromotionRoundRequest request = json.readValue("""
                {"code": "%s", "title": "Xét thăng hạng II viên chức hành chính", "authority": "Sở Nội vụ",
                 "staffType": "VIEN_CHUC", "method": "%s", "targetTitle": "VC_HANH_CHINH_HANG_II", "quota": %d,
                 "roundDate": "%s", "filingDeadline": "%s", "councilMembers": %d}
                """.formatted(code, method, quota, today, today.plusDays(20), councilMembers), PromotionRoundRequest.class);
        String id = plans.create(request, "chuyenvien").processInstanceId();
        instances.add(id);
        return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private Map<String, String> outcomes(String code) {
        Map<String, String> outcomes = new HashMap<>();
        publication.results(code).nominees().forEach(n -> outcomes.put(n.citizenId(),
                n.outcome() == null ? null : n.outcome().name()));
        return outcomes;
    }

    private String status(String code) {
        return publication.round(code).status().name();
    }

    /** What the job executor would run next for the round (the asynchronous steps). */
    private void runJobs(ProcessInstance round) {
        RoundJobs.runDue(processEngine.getManagementService(), round.getId());
    }

    /** The official submits the draft the round called document-issue for, the head signs it: numbered. */
    private void signDocument(ProcessInstance round, String documentType) {
        ProcessInstance document = processEngine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(round.getId()).variableValueEquals("documentType", documentType).singleResult();
        assertThat(document).isWaitingAt("reviewDocumentDraft");
        assertThat(task(document)).hasCandidateGroup("chuyen-vien");
        complete(task(document));
        assertThat(task(document)).hasCandidateGroup("lanh-dao");
        processEngine.getIdentityService().setAuthentication("lanhdao", List.of("lanh-dao"));
        try {
            complete(task(document), withVariables("approved", true));
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
        assertThat(document).isEnded();
        runJobs(round);
        assertThat(round);
    }

    /** The numbers the register gave documents of this type about the round, in the order issued. */
    private List<Integer> numbers(String documentType, String code) {
        return jdbc.queryForList("SELECT doc_number FROM outgoing_document WHERE type_code = ? AND subject = ?"
                + " ORDER BY id", Integer.class, documentType, code);
    }

    private void nominate(String code, String citizenId) {
        nominations.nominate(code, new NominationRequest(citizenId, true, null), "chuyenvien");
    }

    @Test
    void aRoundFromThePlanToTheAppointmentsWithEveryHardCase() throws Exception {
        // Women before men, then the older: the two women born the same day are tied for the second place.
        Person achiever = publicEmployee("01", "NAM", LocalDate.of(1982, 1, 1), Rating.HOAN_THANH_TOT, null,
                new Person.Achievement("Bằng khen của Chủ tịch UBND tỉnh", "BO_TINH", 2024));
        Person twinA = publicEmployee("02", "NU", LocalDate.of(1984, 5, 5), Rating.HOAN_THANH_TOT, null, null);
        Person twinB = publicEmployee("03", "NU", LocalDate.of(1984, 5, 5), Rating.HOAN_THANH_XUAT_SAC, null, null);
        Person onlyCompleted = publicEmployee("04", "NAM", LocalDate.of(1980, 1, 1), Rating.HOAN_THANH, null, null);
        Person rejected = publicEmployee("05", "NAM", LocalDate.of(1979, 1, 1), Rating.HOAN_THANH_TOT, null, null);
        personnel.save(List.of(achiever, twinA, twinB, onlyCompleted, rejected));

        String code = "TH-" + UUID.randomUUID().toString().substring(0, 8);
        ProcessInstance round = round(code, 2, 7);
        assertThat(round).isWaitingAt("approvePlan");
        assertThat(task()).hasCandidateGroup("lanh-dao");
        complete(task(), withVariables("approved", false, "comment", "Bổ sung chỉ tiêu theo đề án"));
        assertThat(round).isWaitingAt("revisePlan");
        complete(task(), withVariables("revisionNote", "Đã bổ sung"));
        complete(task(), withVariables("approved", true));
        assertThat(round).hasPassed("openNominations").isWaitingAt("nominationsClosed", "issueCouncilDecision");

        for (Person p : List.of(achiever, twinA, twinB, onlyCompleted, rejected)) {
            nominate(code, p.citizenId());
        }
        assertThatThrownBy(() -> nominate(code, achiever.citizenId())).as("once per person").hasMessageContaining("đã được cử");
        execute(job());
        // The check of every nominee runs as a job after the deadline: until it has, the round is still open.
        assertThat(round).isWaitingAt("checkEligibility");
        assertThat(status(code)).isEqualTo("NHAN_DE_CU");
        runJobs(round);
        // Checked, but the council meets only once the decision forming it is signed.
        assertThat(round).hasPassed("checkEligibility").hasNotPassed("councilJoin").isWaitingAt("issueCouncilDecision");
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(round.getId()).count()).isZero();
        signDocument(round, "promotion-council-decision");
        int council = numbers("promotion-council-decision", code).get(0);

        // The council of 7 meets with 4: no quorum (P10), it meets again.
        assertThat(round).hasPassed("checkEligibility").isWaitingAt("recordAssessment");
        assertThat(task()).hasCandidateGroup("hoi-dong-xet-thang-hang");
        // A vote opened by the earlier version has no lists to pick from: the start-up backfill prepares them.
        Object ballot = processEngine.getRuntimeService().getVariable(round.getId(), "nomineeOptions");
        processEngine.getRuntimeService().removeVariables(round.getId(), List.of("nomineeOptions", "assessmentVotes"));
        earlierForms.run(null);
        assertThat(String.valueOf(processEngine.getRuntimeService().getVariable(round.getId(), "nomineeOptions")))
                .isEqualTo(String.valueOf(ballot)).contains("Viên chức");
        assertThat(processEngine.getRuntimeService().getVariable(round.getId(), "assessmentVotes")).isNotNull();
        assertThat((String) processEngine.getTaskService().getVariable(task().getId(), "eligibleSummary"))
                .contains("Đủ điều kiện 4/5", onlyCompleted.fullName()).doesNotContain(onlyCompleted.citizenId());
        complete(task(), withVariables("membersPresent", 4L, "assessmentMinutes", "Biên bản 01: không đủ số thành viên"));
        assertThat(round).hasPassed("applyAssessment").isWaitingAt("recordAssessment");
        assertThatThrownBy(() -> complete(task(), withVariables("membersPresent", 5L, "rejectedNominees",
                onlyCompleted.citizenId(), "assessmentMinutes", "Biên bản 02"))).as("not an eligible nominee")
                .hasMessageContaining("rejectedNominees");
        assertThatThrownBy(() -> complete(task(), withVariables("membersPresent", 5L, "assessmentVotes",
                rejected.citizenId() + "; 4; 3", "assessmentMinutes", "Biên bản 02"))).as("7 votes, 5 present")
                .hasMessageContaining("assessmentVotes");
        assertThatThrownBy(() -> complete(task(), withVariables("membersPresent", 5L, "assessmentVotes",
                org.camunda.spin.plugin.variable.SpinValues.jsonValue("[{\"citizenId\": \"" + rejected.citizenId()
                        + "\", \"votesFor\": \"4\", \"votesAgainst\": \"3\"}]").create(),
                "assessmentMinutes", "Biên bản 02"))).as("a row of the form: 7 votes, 5 present")
                .hasMessageContaining("assessmentVotes: dòng 1").hasMessageContaining("số thành viên dự họp (5)");
        // 2 for, 2 against and the chair against: not carried (the chair's side wins a tie).
        complete(task(), withVariables("membersPresent", 5L, "assessmentVotes", rejected.citizenId() + "; 2; 2\n"
                + twinA.citizenId() + "; 2; 2; x", "assessmentMinutes", "Biên bản 02: 5/7 thành viên"));
        assertThat(round).hasPassed("applyAssessment").isWaitingAt("selectWinners");
        runJobs(round);

        // Quota 2: the achiever first (Art. 40(2)(a)); the two women equal on every criterion share the last place.
        assertThat(round).hasPassed("selectWinners").isWaitingAt("decideTie");
        assertThat(task()).hasCandidateGroup("lanh-dao");
        assertThat(outcomes(code)).containsEntry(achiever.citizenId(), "TRUNG_TUYEN")
                .containsEntry(twinA.citizenId(), "CHO_QUYET_DINH").containsEntry(twinB.citizenId(), "CHO_QUYET_DINH")
                .containsEntry(onlyCompleted.citizenId(), "KHONG_DU_DIEU_KIEN")
                .containsEntry(rejected.citizenId(), "KHONG_DAT_DANH_GIA");
        assertThatThrownBy(() -> complete(task(), withVariables("selectedNominees",
                twinA.citizenId() + "," + twinB.citizenId()))).hasMessageContaining("selectedNominees");
        complete(task(), withVariables("selectedNominees", twinB.citizenId()));
        assertThat(outcomes(code)).containsEntry(twinB.citizenId(), "TRUNG_TUYEN").containsEntry(twinA.citizenId(), "KHONG_TRUNG_TUYEN");

        // The head returns the results once; the council meets again and the quota is filled again.
        assertThat(round).hasPassed("applyTieDecision").isWaitingAt("approveResults");
        complete(task(), withVariables("approved", false, "comment", "Rà soát lại biên bản"));
        assertThat(round).isWaitingAt("reviewResults");
        complete(task(), withVariables("reviewNote", "Đã rà soát"));
        assertThat(round).isWaitingAt("recordAssessment");
        complete(task(), withVariables("membersPresent", 7L, "rejectedNominees", rejected.citizenId(),
                "assessmentMinutes", "Biên bản 03"));
        runJobs(round);
        assertThat(round).isWaitingAt("decideTie");
        complete(task(), withVariables("selectedNominees", twinB.citizenId()));
        complete(task(), withVariables("approved", true));
        assertThat(round).isWaitingAt("publishResults");
        assertThat(status(code)).isEqualTo("CHO_DUYET_KET_QUA");
        runJobs(round);
        assertThat(round).hasPassed("publishResults", "prepareAppointments").isWaitingAt("issueAppointmentDecision");
        assertThat(status(code)).isEqualTo("DA_CONG_BO_KET_QUA");

        // Before the decision is signed the achiever comes under disciplinary review: left out and deferred (P6).
        Person underReview = publicEmployee("01", "NAM", LocalDate.of(1982, 1, 1), Rating.HOAN_THANH_TOT,
                new Person.Discipline("Đang xem xét kỷ luật", null, true),
                new Person.Achievement("Bằng khen của Chủ tịch UBND tỉnh", "BO_TINH", 2024));
        personnel.save(List.of(underReview));
        signDocument(round, "promotion-title-decision");
        assertThat(numbers("promotion-title-decision", code)).containsExactly(council + 1);
        assertThat(round).hasPassed("recordAppointments").isWaitingAt("reviewDeferred");
        assertThat(status(code)).isEqualTo("BO_NHIEM");
        Map<String, String> appointments = new HashMap<>();
        jdbc.query("""
                SELECT p.citizen_id, n.appointment_status FROM promotion_nomination n
                JOIN personnel_person p ON p.id = n.person_id JOIN promotion_round r ON r.id = n.round_id
                WHERE r.code = ?""", row -> { appointments.put(row.getString(1), row.getString(2)); }, code);
        assertThat(appointments).containsEntry(achiever.citizenId(), "HOAN_BO_NHIEM").containsEntry(twinB.citizenId(), "DA_BO_NHIEM");
        assertThat(jdbc.queryForObject("""
                SELECT n.appointment_decision || ' #' || n.appointment_document_id FROM promotion_nomination n
                JOIN personnel_person p ON p.id = n.person_id JOIN promotion_round r ON r.id = n.round_id
                WHERE r.code = ? AND p.citizen_id = ?""", String.class, code, twinB.citizenId()))
                .isEqualTo(RoundDocuments.decision(council + 1, today) + " #" + jdbc.queryForObject(
                        "SELECT id FROM outgoing_document WHERE type_code = ? AND subject = ?", Long.class,
                        "promotion-title-decision", code));

        // Still under review at the next look: nobody to appoint, no decision, deferred again.
        complete(task(), withVariables("deferredNote", "Chưa có kết luận"));
        assertThat(round).isWaitingAt("reviewDeferred");
        assertThat(numbers("promotion-title-decision", code)).hasSize(1);
        assertThat((String) processEngine.getTaskService().getVariable(task().getId(), "appointmentSummary"))
                .contains("Viên chức 01 (CCCD ********" + achiever.citizenId().substring(8) + "): HOÃN bổ nhiệm")
                .doesNotContain(achiever.citizenId());

        // The review ends without discipline: the register says so, and a decision of his own appoints him.
        personnel.save(List.of(achiever));
        complete(task(), withVariables("deferredNote", "Không xử lý kỷ luật"));
        assertThat(round).isWaitingAt("issueAppointmentDecision");
        assertThat((String) processEngine.getRuntimeService().getVariable(round.getId(), "appointmentSummary"))
                .contains("Viên chức 01 (CCCD ********" + achiever.citizenId().substring(8) + "): bổ nhiệm")
                .doesNotContain(achiever.citizenId());
        signDocument(round, "promotion-title-decision");
        assertThat(numbers("promotion-title-decision", code)).containsExactly(council + 1, council + 2);
        assertThat(round).hasPassed("promotionCompleted").isEnded();
        assertThat(status(code)).isEqualTo("HOAN_THANH");
    }

    @Test
    void anExamVariantRoundRanksOnTheSharedExamRulesDownToTheHead() throws Exception {
        List<Person> people = new ArrayList<>();
        for (String suffix : List.of("11", "12", "13", "14", "15")) {
            people.add(publicEmployee(suffix, "NU", LocalDate.of(1985, 1, 1), Rating.HOAN_THANH_TOT, null, null));
        }
        personnel.save(people);
        String code = "TT-" + UUID.randomUUID().toString().substring(0, 8);
        ProcessInstance round = round(code, 2, 5, "THI");
        assertThat(round).isWaitingAt("approvePlan");
        complete(task(), withVariables("approved", true));
        // The exam council is formed during the filing window.
        signDocument(round, "promotion-council-decision");
        people.forEach(p -> nominate(code, p.citizenId()));
        execute(job());
        runJobs(round);

        // No council vote in an exam round: the round waits for the exam's results.
        assertThat(round).hasPassed("methodGateway").hasNotPassed("recordAssessment").isWaitingAt("awaitExamScores");
        assertThat(status(code)).isEqualTo("THI");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> exams.importScores(code, List.of(
                new ExamScore(people.get(0).citizenId(), new java.math.BigDecimal("101"), false))))
                .hasMessageContaining("0 đến 100");
        vn.noivu.bpm.promotion.web.ScoresImported first = exams.importScores(code, List.of(
                new ExamScore(people.get(0).citizenId(), new java.math.BigDecimal("80"), false),
                new ExamScore(people.get(1).citizenId(), new java.math.BigDecimal("70"), false)));
        assertThat(first.awaiting()).isEqualTo(3);
        assertThat(round).isWaitingAt("awaitExamScores");
        exams.importScores(code, List.of(
                new ExamScore(people.get(2).citizenId(), new java.math.BigDecimal("70"), false),
                new ExamScore(people.get(3).citizenId(), new java.math.BigDecimal("40"), false),
                new ExamScore(people.get(4).citizenId(), null, true)));
        assertThat(round).isWaitingAt("rankExamCandidates");
        runJobs(round);

        // 80 wins; the two 70s share the last place (no tie-break in the table): the head decides. 40 fails.
        assertThat(round).hasPassed("rankExamCandidates").isWaitingAt("decideTie");
        assertThat(outcomes(code)).containsEntry(people.get(0).citizenId(), "TRUNG_TUYEN")
                .containsEntry(people.get(1).citizenId(), "CHO_QUYET_DINH").containsEntry(people.get(2).citizenId(), "CHO_QUYET_DINH")
                .containsEntry(people.get(3).citizenId(), "KHONG_TRUNG_TUYEN").containsEntry(people.get(4).citizenId(), "KHONG_TRUNG_TUYEN");
        // The head reads the tied people by name, with masked citizen IDs.
        Person tiedB = people.get(1);
        assertThat((String) processEngine.getTaskService().getVariable(task().getId(), "tieSummary"))
                .contains(tiedB.fullName() + " (CCCD ********" + tiedB.citizenId().substring(8) + "): 70")
                .doesNotContain(tiedB.citizenId());
        complete(task(), withVariables("selectedNominees", people.get(2).citizenId()));
        assertThat(outcomes(code)).containsEntry(people.get(2).citizenId(), "TRUNG_TUYEN")
                .containsEntry(people.get(1).citizenId(), "KHONG_TRUNG_TUYEN");
        assertThat(round).isWaitingAt("approveResults");
        complete(task(), withVariables("approved", true));
        runJobs(round);
        assertThat(round).isWaitingAt("issueAppointmentDecision");
        signDocument(round, "promotion-title-decision");
        assertThat(numbers("promotion-title-decision", code))
                .containsExactly(numbers("promotion-council-decision", code).get(0) + 1);
        assertThat(round).isEnded();
    }
}
