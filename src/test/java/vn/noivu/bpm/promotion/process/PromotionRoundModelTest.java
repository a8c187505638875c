package vn.noivu.bpm.promotion.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
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
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.noivu.bpm.platform.approval.ApprovalDecisionListener;

/**
 * Every path of bpmn/promotion/promotion-round.bpmn on an in-memory engine, the delegates mocked (no PostgreSQL):
 * review and exam rounds, a council without quorum, a tie, returned plan and results, a deferred appointment, and
 * a failing asynchronous step that becomes retries and then an incident instead of an error for the caller.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
        "bpmn/promotion/promotion-round.bpmn",
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
    private final List<String> calls = new java.util.ArrayList<>();

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
        delegate("promotionRecordAppointments", e -> e.setVariable("appointmentsDeferred", deferred.pop()));
        Mocks.register("promotionIssueAppointments", (TaskListener) t -> {
            calls.add("promotionIssueAppointments");
            t.getExecution().setVariable("appointmentSummary", "Bổ nhiệm");
        });
    }

    private void delegate(String bean, JavaDelegate body) {
        Mocks.register(bean, (JavaDelegate) execution -> {
            calls.add(bean);
            body.execute(execution);
        });
    }

    /** The engine's extension removes the deployment (and its history) before @AfterEach: each test records its own. */
    private static void recordPassed() {
        historyService().createHistoricActivityInstanceQuery().list().forEach(a -> PASSED.add(a.getActivityId()));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @AfterAll
    static void everyElementOfTheModelWasPassed() {
        Set<String> elements = Bpmn.readModelFromStream(PromotionRoundModelTest.class.getClassLoader()
                .getResourceAsStream(MODEL)).getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .collect(Collectors.toSet());
        assertThat(PASSED).as("elements of promotion-round passed by the tests").containsAll(elements);
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

    /** The plan approved, the filing deadline passed: the eligibility check waits as a job. */
    private void toEligibilityCheck(ProcessInstance round) {
        assertThat(round).isWaitingAt("approvePlan");
        complete(task(), withVariables("approved", true));
        assertThat(round).hasPassed("openNominations").isWaitingAt("nominationsClosed");
        execute(job());
        assertThat(round).isWaitingAt("checkEligibility");
        assertThat(calls).doesNotContain("promotionCheckEligibility");
        execute(job());
    }

    private void toAppointments(ProcessInstance round) {
        assertThat(round).isWaitingAt("approveResults");
        complete(task(), withVariables("approved", true));
        assertThat(round).isWaitingAt("publishResults");
        assertThat(calls).doesNotContain("promotionPublishResults");
        execute(job());
        assertThat(round).isWaitingAt("issueAppointments");
    }

    @Test
    void aReviewRoundWithEveryReturnAndRepeat() {
        quorate.addAll(List.of(false, true, true));
        ties.addAll(List.of(true, false));
        deferred.addAll(List.of(true, false));
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

        // One winner deferred: reviewed, then appointed.
        complete(task(), withVariables("appointmentDecision", "45/QĐ-SNV"));
        assertThat(round).hasPassed("recordAppointments").isWaitingAt("reviewDeferred");
        complete(task(), withVariables("deferredNote", "Không xử lý kỷ luật"));
        assertThat(round).isWaitingAt("issueAppointments");
        complete(task(), withVariables("appointmentDecision", "52/QĐ-SNV"));
        assertThat(round).hasPassed("promotionCompleted").isEnded();
        assertThat(calls).filteredOn("promotionIssueAppointments"::equals).hasSize(2);
        recordPassed();
    }

    @Test
    void anExamRoundWaitsForTheScoresAndRanksThemAsAJob() {
        ties.add(false);
        deferred.add(false);
        ProcessInstance round = round("THI");
        toEligibilityCheck(round);

        assertThat(round).hasNotPassed("recordAssessment").isWaitingAt("awaitExamScores");
        runtimeService().createMessageCorrelation("promotionScoresImported").processInstanceBusinessKey("TH-01")
                .correlateWithResult();
        // The correlation (the last score sheet's request) returns before the ranking runs.
        assertThat(round).isWaitingAt("rankExamCandidates");
        assertThat(calls).doesNotContain("promotionRankExamCandidates");
        execute(job());
        assertThat(round).hasPassed("rankExamCandidates").hasNotPassed("decideTie");
        toAppointments(round);
        complete(task(), withVariables("appointmentDecision", "60/QĐ-SNV"));
        assertThat(round).isEnded();
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
