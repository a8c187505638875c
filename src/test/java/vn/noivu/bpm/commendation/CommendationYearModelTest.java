package vn.noivu.bpm.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * Every path of bpmn/commendation/commendation-year.bpmn on an in-memory engine, the delegates mocked: a vote and
 * approval; a return to the officials then approval without a vote; nothing to award; a postponement still open,
 * then cleared (the nominee goes back through evaluation, vote and decision); a postponement concluded with
 * discipline. The plan, minutes and decision go through document-issue (its tasks completed here).
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
        "bpmn/commendation/commendation-year.bpmn",
        "bpmn/documents/document-issue.bpmn",
        "bpmn/platform/task-deadlines.dmn",
        "bpmn/commendation/commendation-year-task-deadlines.dmn",
        "forms/commendation/commendation-year-prepare.form",
        "forms/commendation/commendation-year-council-vote.form",
        "forms/commendation/commendation-year-decide.form",
        "forms/commendation/commendation-year-follow-postponed.form"})
class CommendationYearModelTest {

    private static final String MODEL = "bpmn/commendation/commendation-year.bpmn";
    private static final Set<String> PASSED = new HashSet<>();

    ProcessEngine processEngine;

    /** What the mocked steps answer on each pass. */
    private final Deque<Boolean> voteNeeded = new ArrayDeque<>();
    private final Deque<Integer> awardCount = new ArrayDeque<>();
    private final Deque<Boolean> postponedAfterRecord = new ArrayDeque<>();
    /** applyFollowUp: {reReview, postponedRemain}. */
    private final Deque<boolean[]> followUp = new ArrayDeque<>();
    private final List<String> issued = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private final ModelTestMocks mocks = new ModelTestMocks(calls);

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("approvalDecision", new ApprovalDecisionListener());
        delegate("commendationYearEvaluate", e -> {
            e.setVariable("voteNeeded", voteNeeded.pop());
            e.setVariable("awardCount", awardCount.peek());
            e.setVariable("deciderLabel", "Thủ trưởng cơ quan, đơn vị");
            e.setVariable("nominationSummary", "- Nguyễn Thị An: Chiến sĩ thi đua cơ sở");
        });
        delegate("commendationYearTallyVotes", e -> e.setVariable("awardCount", awardCount.peek()));
        delegate("commendationYearRecordAwards", e -> {
            awardCount.pop();
            e.setVariable("postponedRemain", postponedAfterRecord.pop());
        });
        delegate("commendationYearApplyFollowUp", e -> {
            boolean[] answer = followUp.pop();
            e.setVariable("reReview", answer[0]);
            e.setVariable("postponedRemain", answer[1]);
        });
        mocks.documentIssue(issued, e -> (String) e.getVariable("documentType"), "QĐ-SNV");
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
        ModelTestMocks.assertEveryElementPassed(MODEL, "commendation-year", PASSED);
    }

    private ProcessInstance year() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("yearId", 7L);
        variables.put("yearKey", "7");
        variables.put("yearTitle", "Năm thi đua 2025: Sở Nội vụ (SNV)");
        variables.put("orgUnitCode", "SNV");
        variables.put("issuer", "SNV");
        variables.put("councilIssuer", "HDTDKT");
        variables.put("councilMembers", 9);
        ProcessInstance year = runtimeService().startProcessInstanceByKey("commendation-year", "7", variables);
        signDocument(year, "commendation-year-plan", "lanh-dao");
        return year;
    }

    private void signDocument(ProcessInstance year, String documentType, String signerGroup) {
        ProcessInstance document = runtimeService().createProcessInstanceQuery().superProcessInstanceId(year.getId())
                .variableValueEquals("documentType", documentType).singleResult();
        assertThat(document).isNotNull().variables().containsEntry("subject", "7")
                .containsEntry("issuer", documentType.endsWith("minutes") ? "HDTDKT" : "SNV")
                .containsEntry("yearTitle", "Năm thi đua 2025: Sở Nội vụ (SNV)");
        assertThat(document).isWaitingAt("reviewDocumentDraft");
        assertThat(task(document)).hasCandidateGroup("chuyen-vien");
        complete(task(document));
        assertThat(document).isWaitingAt("signDocument");
        assertThat(task(document)).hasCandidateGroup(signerGroup);
        complete(task(document), withVariables("approved", true));
        assertThat(document).isEnded();
    }

    /** The officials finish the list; the evaluation runs as a job. */
    private void prepareAndEvaluate(ProcessInstance year) {
        assertThat(year).isWaitingAt("prepareNominations");
        assertThat(task()).hasCandidateGroup("chuyen-vien");
        assertThat(taskService().getVariableLocal(task().getId(), "dueDateBasis")).asString().contains("CHƯA XÁC NHẬN");
        complete(task());
        evaluate(year);
    }

    private void evaluate(ProcessInstance year) {
        assertThat(year).isWaitingAt("evaluateNominations");
        execute(job());
    }

    private void vote(ProcessInstance year) {
        assertThat(year).isWaitingAt("councilVote");
        assertThat(task()).hasCandidateGroup("hoi-dong-thi-dua");
        complete(task(), withVariables("voteSheet", "[{\"nominationId\": 1, \"agree\": \"8\", \"against\": \"1\"}]"));
        assertThat(year).hasPassed("tallyVotes");
    }

    private void decide(ProcessInstance year, boolean approved) {
        signDocument(year, "commendation-year-minutes", "hoi-dong-thi-dua");
        assertThat(year).isWaitingAt("decideTitles");
        assertThat(task()).hasCandidateGroup("lanh-dao");
        complete(task(), approved ? withVariables("approved", true)
                : withVariables("approved", false, "comment", "Bổ sung đề nghị tập thể"));
    }

    private void record(ProcessInstance year) {
        assertThat(year).isWaitingAt("recordAwards");
        execute(job());
    }

    @Test
    void aVoteThenApproval() {
        voteNeeded.add(true);
        awardCount.add(2);
        postponedAfterRecord.add(false);
        ProcessInstance year = year();
        prepareAndEvaluate(year);
        vote(year);
        decide(year, true);
        signDocument(year, "commendation-year-decision", "lanh-dao");
        assertThat(year).variables().containsEntry("decisionDocumentId", 3L)
                .containsEntry("decisionDocumentNumber", "Số: 03/QĐ-SNV");
        record(year);
        assertThat(year).hasPassed("yearClosed").isEnded();
        assertThat(issued).containsExactly("commendation-year-plan", "commendation-year-minutes",
                "commendation-year-decision");
        recordPassed();
    }

    @Test
    void aReturnToTheOfficialsThenApprovalWithoutVote() {
        voteNeeded.addAll(List.of(false, false));
        awardCount.add(1);
        postponedAfterRecord.add(false);
        ProcessInstance year = year();
        prepareAndEvaluate(year);
        assertThat(year).hasNotPassed("councilVote");
        decide(year, false);
        assertThat(year).isWaitingAt("prepareNominations");
        assertThat(calls).containsOnlyOnce("commendationYearEvaluate");
        prepareAndEvaluate(year);
        decide(year, true);
        signDocument(year, "commendation-year-decision", "lanh-dao");
        record(year);
        assertThat(year).isEnded();
        assertThat(issued).containsExactly("commendation-year-plan", "commendation-year-minutes",
                "commendation-year-minutes", "commendation-year-decision");
        recordPassed();
    }

    @Test
    void nothingToAwardIssuesNoDecision() {
        voteNeeded.add(true);
        awardCount.add(0);
        postponedAfterRecord.add(false);
        ProcessInstance year = year();
        prepareAndEvaluate(year);
        vote(year);
        decide(year, true);
        record(year);
        assertThat(year).hasNotPassed("issueDecision").isEnded();
        recordPassed();
    }

    @Test
    void aPostponementStillOpenThenClearedGoesBackThroughTheReview() {
        voteNeeded.addAll(List.of(false, true));
        awardCount.addAll(List.of(1, 1));
        postponedAfterRecord.addAll(List.of(true, false));
        followUp.addAll(List.of(new boolean[] {false, true}, new boolean[] {true, false}));
        ProcessInstance year = year();
        prepareAndEvaluate(year);
        decide(year, true);
        signDocument(year, "commendation-year-decision", "lanh-dao");
        record(year);
        assertThat(year).isWaitingAt("followPostponed");
        assertThat(task()).hasCandidateGroup("chuyen-vien");
        complete(task(), withVariables("postponedSheet", "[]"));
        // Still open: the officials follow it again.
        assertThat(year).hasPassed("applyFollowUp").isWaitingAt("followPostponed");
        complete(task(), withVariables("postponedSheet", "[]"));
        // Cleared: evaluation, the council's vote and the decision again, without a new list.
        evaluate(year);
        vote(year);
        decide(year, true);
        signDocument(year, "commendation-year-decision", "lanh-dao");
        record(year);
        assertThat(year).hasPassed("yearClosed").isEnded();
        assertThat(calls.stream().filter("commendationYearEvaluate"::equals)).hasSize(2);
        recordPassed();
    }

    @Test
    void aPostponementConcludedWithDisciplineEndsTheYear() {
        voteNeeded.add(false);
        awardCount.add(1);
        postponedAfterRecord.add(true);
        followUp.add(new boolean[] {false, false});
        ProcessInstance year = year();
        prepareAndEvaluate(year);
        decide(year, true);
        signDocument(year, "commendation-year-decision", "lanh-dao");
        record(year);
        assertThat(year).isWaitingAt("followPostponed");
        complete(task(), withVariables("postponedSheet", "[]"));
        assertThat(year).hasPassed("yearClosedAfterFollowUp").isEnded();
        recordPassed();
    }
}
