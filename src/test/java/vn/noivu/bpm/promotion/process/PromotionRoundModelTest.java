package vn.noivu.bpm.promotion.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.noivu.bpm.ModelTestMocks;
import vn.noivu.bpm.platform.approval.ApprovalDecisionListener;

/**
 * Every path of bpmn/promotion/promotion-round.bpmn on an in-memory engine, the delegates mocked (no PostgreSQL):
 * review and exam rounds, a council without quorum, a tie, returned plan and results, a deferred appointment, the
 * council's and the appointments' decisions through document-issue (called; its tasks completed here), and a failing
 * asynchronous step that becomes retries and then an incident instead of an error for the caller.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
        "bpmn/promotion/promotion-round.bpmn",
        "bpmn/documents/document-issue.bpmn",
        "bpmn/platform/task-deadlines.dmn",
        "bpmn/promotion/promotion-task-deadlines.dmn",
        "forms/promotion/promotion-approve-plan.form",
        "forms/promotion/promotion-revise-plan.form",
        "forms/promotion/promotion-record-assessment.form",
        "forms/promotion/promotion-decide-tie.form",
        "forms/promotion/promotion-approve-results.form",
        "forms/promotion/promotion-review-results.form",
        "forms/promotion/promotion-issue-appointments.form",
        "forms/promotion/promotion-review-deferred.form"})
class PromotionRoundModelTest {

    private static final String MODEL = "bpmn/promotion/promotion-round.bpmn";
    private static final Set<String> PASSED = new HashSet<>();

    ProcessEngine processEngine;

    /** What the mocked steps answer, in order: quorum of each meeting, tie of each ranking, deferral of each appointment. */
    private final Deque<Boolean> quorate = new ArrayDeque<>();
    private final Deque<Boolean> ties = new ArrayDeque<>();
    private final Deque<Boolean> deferred = new ArrayDeque<>();
    /** What prepareAppointments answers on each pass: someone is appointable today. */
    private final Deque<Boolean> appointable = new ArrayDeque<>();
    private String staffType = "VIEN_CHUC";
    /** The documents document-issue numbered, in order: type and number. */
    private final List<String> issued = new java.util.ArrayList<>();
    private final List<String> calls = new java.util.ArrayList<>();
    private final ModelTestMocks mocks = new ModelTestMocks(calls);

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("approvalDecision", new ApprovalDecisionListener());
        Mocks.register("taskInput", new vn.noivu.bpm.platform.approval.TaskInput());
        delegate("promotionOpenNominations", e -> { });
        delegate("promotionCheckEligibility", e -> e.setVariable("eligibleSummary", "Đủ điều kiện 3/3"));
        delegate("promotionApplyAssessment", e -> e.setVariable("quorate", quorate.pop()));
        JavaDelegate ranked = e -> {
            boolean tie = ties.pop();
            e.setVariable("tieToDecide", tie);
            e.setVariable("tieSummary", tie ? "2 người bằng nhau" : "");
            e.setVariable("resultsSummary", "Chỉ tiêu 2");
        };
        delegate("promotionSelectWinners", ranked);
        delegate("promotionRankExamCandidates", ranked);
        delegate("promotionApplyTieDecision", e -> { });
        delegate("promotionPublishResults", e -> { });
        delegate("promotionPrepareAppointments", e -> {
            e.setVariable("staffType", staffType);
            e.setVariable("appointeesNow", appointable.pop());
            e.setVariable("appointmentSummary", "Bổ nhiệm");
            e.removeVariable("appointmentDocumentId");
        });
        delegate("promotionRecordAppointments", e -> {
            calls.add("record:" + e.getVariable("appointmentDocumentId"));
            e.setVariable("appointmentsDeferred", deferred.pop());
        });
        // document-issue, the shared process the round calls for its decisions.
        mocks.documentIssue(issued, e -> e.getVariable("documentType") + " " + (issued.size() + 1), "QĐ-SNV");
    }

    private void delegate(String bean, JavaDelegate body) {
        mocks.delegate(bean, body);
    }

    private static void recordPassed() {
        ModelTestMocks.recordPassed(PASSED);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @AfterAll
    static void everyElementOfTheModelWasPassed() {
        ModelTestMocks.assertEveryElementPassed(MODEL, "promotion-round", PASSED);
    }

    private ProcessInstance round(String method) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("roundCode", "TH-01");
        variables.put("roundTitle", "Xét thăng hạng II");
        variables.put("method", method);
        variables.put("planSummary", "Chỉ tiêu 2");
        variables.put("filingDeadlineEnd", new Date(System.currentTimeMillis() + 20L * 24 * 3600 * 1000));
        return runtimeService().startProcessInstanceByKey("promotion-round", "TH-01", variables);
    }

    /**
     * The plan approved: nominations open and, beside them, the decision forming the council goes to document-issue.
     * Signed during the filing window (the usual case), the round goes on after the eligibility check (a job).
     */
    private void toEligibilityCheck(ProcessInstance round) {
        toFilingDeadline(round);
        signDocument(round, "promotion-council-decision");
        assertThat(round).variables().containsEntry("councilDecisionId", 1L)
                .containsEntry("councilDecisionNumber", "Số: 01/QĐ-SNV");
        execute(job());
        assertThat(round).isWaitingAt("checkEligibility");
        assertThat(calls).doesNotContain("promotionCheckEligibility");
        execute(job());
    }

    private void toFilingDeadline(ProcessInstance round) {
        assertThat(round).isWaitingAt("approvePlan");
        complete(task(), withVariables("approved", true));
        assertThat(round).hasPassed("openNominations", "councilFork")
                .isWaitingAt("nominationsClosed", "issueCouncilDecision");
    }

    /** The results approved and published: the winners appointable now are due for a decision. */
    private void toAppointments(ProcessInstance round) {
        assertThat(round).isWaitingAt("approveResults");
        complete(task(), withVariables("approved", true));
        assertThat(round).isWaitingAt("publishResults");
        assertThat(calls).doesNotContain("promotionPublishResults");
        execute(job());
        assertThat(round).hasPassed("prepareAppointments");
    }

    /** The document of this type the round called document-issue for. */
    private ProcessInstance document(ProcessInstance round, String documentType) {
        ProcessInstance document = runtimeService().createProcessInstanceQuery().superProcessInstanceId(round.getId())
                .variableValueEquals("documentType", documentType).singleResult();
        assertThat(document).isNotNull().hasProcessDefinitionKey("document-issue").variables()
                .containsEntry("subject", "TH-01").containsEntry("issuer", "SNV")
                .as("the Tasklist shows the round's code and title with the document's tasks")
                .containsEntry("roundCode", "TH-01").containsEntry("roundTitle", "Xét thăng hạng II");
        return document;
    }

    /** The official submits the draft, the head signs it: numbered, and the round goes on. */
    private void signDocument(ProcessInstance round, String documentType) {
        ProcessInstance document = document(round, documentType);
        assertThat(document).isWaitingAt("reviewDocumentDraft");
        assertThat(task(document)).hasCandidateGroup("chuyen-vien");
        complete(task(document));
        assertThat(document).isWaitingAt("signDocument");
        assertThat(task(document)).hasCandidateGroup("lanh-dao");
        complete(task(document), withVariables("approved", true));
        assertThat(document).isEnded();
    }

    @Test
    void aReviewRoundWithEveryReturnAndRepeat() {
        quorate.addAll(List.of(false, true, true));
        ties.addAll(List.of(true, false));
        appointable.addAll(List.of(true, false, true));
        deferred.addAll(List.of(true, true, false));
        ProcessInstance round = round("XET");

        assertThat(round).isWaitingAt("approvePlan");
        assertThat(task()).hasCandidateGroup("lanh-dao");
        complete(task(), withVariables("approved", false, "comment", "Bổ sung chỉ tiêu"));
        assertThat(round).isWaitingAt("revisePlan");
        assertThat(task()).hasCandidateGroup("chuyen-vien");
        complete(task(), withVariables("revisionNote", "Đã bổ sung"));
        toEligibilityCheck(round);

        // No quorum: the council meets again; with it, the selection waits as a job.
        assertThat(round).isWaitingAt("recordAssessment");
        assertThat(task()).hasCandidateGroup("hoi-dong-xet-thang-hang");
        complete(task(), withVariables("membersPresent", 4L, "assessmentMinutes", "Biên bản 01",
                "rejectedNominees", "002"));
        assertThat(round).hasPassed("applyAssessment").isWaitingAt("recordAssessment");
        // A new meeting opens empty: nothing of the last one's count, rejections or minutes is pre-filled.
        assertThat(runtimeService().getVariables(round.getId()))
                .doesNotContainKeys("membersPresent", "rejectedNominees", "assessmentMinutes");
        complete(task(), withVariables("membersPresent", 5L, "assessmentMinutes", "Biên bản 02"));
        assertThat(round).isWaitingAt("selectWinners");
        execute(job());

        // A tie across the last place: the head decides; then the head returns the results once.
        assertThat(round).isWaitingAt("decideTie");
        assertThat(task()).hasCandidateGroup("lanh-dao");
        complete(task(), withVariables("selectedNominees", "001"));
        assertThat(round).hasPassed("applyTieDecision").isWaitingAt("approveResults");
        complete(task(), withVariables("approved", false, "comment", "Rà soát lại"));
        assertThat(round).isWaitingAt("reviewResults");
        complete(task(), withVariables("reviewNote", "Đã rà soát"));
        assertThat(round).isWaitingAt("recordAssessment");
        complete(task(), withVariables("membersPresent", 5L, "assessmentMinutes", "Biên bản 03"));
        execute(job());
        toAppointments(round);

        // One winner deferred: the others are appointed by the public employees' decision, numbered when signed.
        assertThat(round).isWaitingAt("issueAppointmentDecision");
        assertThat(calls).doesNotContain("promotionRecordAppointments");
        signDocument(round, "promotion-title-decision");
        assertThat(calls).contains("record:2");
        assertThat(round).hasPassed("recordAppointments").isWaitingAt("reviewDeferred");
        assertThat(task()).hasCandidateGroup("chuyen-vien");
        // Still under review at the next pass: nobody to appoint, no decision, deferred again.
        complete(task(), withVariables("deferredNote", "Chưa có kết luận"));
        assertThat(calls).contains("record:null");
        assertThat(round).isWaitingAt("reviewDeferred");
        // Cleared: the deferred winner gets a decision of their own.
        complete(task(), withVariables("deferredNote", "Không xử lý kỷ luật"));
        assertThat(round).isWaitingAt("issueAppointmentDecision");
        signDocument(round, "promotion-title-decision");
        assertThat(round).hasPassed("promotionCompleted").isEnded();
        assertThat(issued).containsExactly("promotion-council-decision 1", "promotion-title-decision 2",
                "promotion-title-decision 3");
        assertThat(calls).filteredOn(c -> c.startsWith("record:")).containsExactly("record:2", "record:null", "record:3");
        recordPassed();
    }

    @Test
    void anExamRoundWaitsForTheScoresAndRanksThemAsAJob() {
        ties.add(false);
        appointable.add(true);
        deferred.add(false);
        staffType = "CONG_CHUC";
        ProcessInstance round = round("THI");
        toFilingDeadline(round);
        execute(job());
        execute(job());
        // Eligibility checked, but the exam council is not formed yet: no exam, no scores until its decision is signed.
        assertThat(round).hasPassed("checkEligibility").hasNotPassed("councilJoin").isWaitingAt("issueCouncilDecision");
        assertThat(runtimeService().createExecutionQuery().activityId("awaitExamScores").count()).isZero();
        // The head returns the draft once: it takes no number, and goes back to the official.
        ProcessInstance council = document(round, "promotion-council-decision");
        complete(task(council));
        complete(task(council), withVariables("approved", false, "comment", "Bổ sung thành phần Hội đồng"));
        assertThat(council).isWaitingAt("reviewDocumentDraft");
        assertThat(issued).isEmpty();
        signDocument(round, "promotion-council-decision");
        assertThat(round).hasPassed("councilJoin");

        assertThat(round).hasNotPassed("recordAssessment").isWaitingAt("awaitExamScores");
        runtimeService().createMessageCorrelation("promotionScoresImported").processInstanceBusinessKey("TH-01")
                .correlateWithResult();
        // The correlation (the last score sheet's request) returns before the ranking runs.
        assertThat(round).isWaitingAt("rankExamCandidates");
        assertThat(calls).doesNotContain("promotionRankExamCandidates");
        execute(job());
        assertThat(round).hasPassed("rankExamCandidates").hasNotPassed("decideTie");
        toAppointments(round);
        // A civil servants' round: the decision on the new rank.
        signDocument(round, "promotion-rank-decision");
        assertThat(round).isEnded();
        assertThat(issued).containsExactly("promotion-council-decision 1", "promotion-rank-decision 2");
        recordPassed();
    }

    @Test
    void aRoundWithoutWinnersEndsWithoutAnAppointmentDecision() {
        quorate.add(true);
        ties.add(false);
        appointable.add(false);
        deferred.add(false);
        ProcessInstance round = round("XET");
        toEligibilityCheck(round);
        complete(task(), withVariables("membersPresent", 5L, "assessmentMinutes", "Biên bản 01"));
        execute(job());
        toAppointments(round);
        assertThat(round).hasPassed("appointmentsDecided", "recordAppointments").hasNotPassed("issueAppointmentDecision")
                .isEnded();
        assertThat(issued).containsExactly("promotion-council-decision 1");
        recordPassed();
    }

    @Test
    void aFailingRankingIsRetriedThenAnIncidentNotAnErrorForWhoeverTriggeredIt() {
        delegate("promotionRankExamCandidates", e -> {
            throw new IllegalStateException("promotion-exam-rules has no row");
        });
        ProcessInstance round = round("THI");
        toEligibilityCheck(round);
        runtimeService().createMessageCorrelation("promotionScoresImported").processInstanceBusinessKey("TH-01")
                .correlateWithResult();

        Job ranking = job();
        for (int attempt = 0; attempt < 3; attempt++) {
            String id = job().getId();
            assertThatThrownBy(() -> managementService().executeJob(id)).hasMessageContaining("no row");
        }
        assertThat(managementService().createJobQuery().jobId(ranking.getId()).singleResult().getRetries()).isZero();
        assertThat(runtimeService().createIncidentQuery().processInstanceId(round.getId()).singleResult()
                .getActivityId()).isEqualTo("rankExamCandidates");
        assertThat(round).isWaitingAt("rankExamCandidates");
    }
}
