package vn.noivu.bpm.commendation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.noivu.bpm.ModelTestMocks;
import vn.noivu.bpm.calendar.CalendarProperties;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.calendar.WorkingCalendar;
import vn.noivu.bpm.platform.approval.ApprovalDecisionListener;

/**
 * Every path of bpmn/commendation/commendation-proposal.bpmn on an in-memory engine, the delegates mocked: a merit
 * proposal without objections; objections during the posting; a dossier returned for supplement; the provincial
 * council below the threshold (nothing left to decide); the Chairman returning the proposal; the simplified
 * procedure. The three documents go through document-issue (its tasks completed here); each period is a due date
 * from the calendar with its basis (commendation-proposal-task-deadline).
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
        "bpmn/commendation/commendation-proposal.bpmn",
        "bpmn/documents/document-issue.bpmn",
        "bpmn/platform/task-deadlines.dmn",
        "bpmn/commendation/commendation-proposal-task-deadlines.dmn",
        "forms/commendation/commendation-proposal-consider-objections.form",
        "forms/commendation/commendation-proposal-check-completeness.form",
        "forms/commendation/commendation-proposal-supplement-dossier.form",
        "forms/commendation/commendation-proposal-appraise.form",
        "forms/commendation/commendation-proposal-council-vote.form",
        "forms/commendation/commendation-proposal-chairman-decision.form",
        "forms/commendation/commendation-proposal-forward-decision.form"})
class CommendationProposalModelTest {

    private static final String MODEL = "bpmn/commendation/commendation-proposal.bpmn";
    private static final Set<String> PASSED = new HashSet<>();

    ProcessEngine processEngine;

    private final Deadlines deadlines = new Deadlines(new WorkingCalendar(new PathMatchingResourcePatternResolver(),
            new CalendarProperties("config/holidays")));
    private final Deque<Boolean> objections = new ArrayDeque<>();
    private final Deque<Boolean> votes = new ArrayDeque<>();
    private final Deque<Boolean> leftToDecide = new ArrayDeque<>();
    private final List<String> issued = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private final ModelTestMocks mocks = new ModelTestMocks(calls);

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("approvalDecision", new ApprovalDecisionListener());
        Mocks.register("taskInput", new vn.noivu.bpm.platform.approval.TaskInput());
        delegate("commendationProposalStartPosting", e -> e.setVariable("postingEnds",
                new Date(System.currentTimeMillis() + 7L * 24 * 3600 * 1000)));
        delegate("commendationProposalCollectObjections", e -> e.setVariable("objectionsFiled", objections.pop()));
        delegate("commendationProposalApplyObjections", e -> { });
        delegate("commendationProposalDescribeDossier", e -> e.setVariable("dossierSummary", "- Báo cáo thành tích"));
        delegate("commendationProposalRequestSupplement", e -> { });
        delegate("commendationProposalOpenAppraisal", e -> { });
        delegate("commendationProposalApplyAppraisal", e -> {
            boolean vote = votes.pop();
            e.setVariable("voteNeeded", vote);
            e.setVariable("toDecide", true);
        });
        delegate("commendationProposalTallyVotes", e -> e.setVariable("toDecide", leftToDecide.pop()));
        delegate("commendationProposalApplyDecision", e -> e.setVariable("decided", Boolean.TRUE.equals(e.getVariable("approved"))));
        delegate("commendationProposalRecordAwards", e -> calls.add("record:" + e.getVariable("decisionDocumentId")));
        delegate("commendationProposalCloseProposal", e -> { });
        mocks.documentIssue(issued, e -> (String) e.getVariable("documentType"), "X");
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
        ModelTestMocks.assertEveryElementPassed(MODEL, "commendation-proposal", PASSED);
    }

    private ProcessInstance start(String kind) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("proposalId", 7L);
        variables.put("proposalCode", "DN-7");
        variables.put("orgUnitCode", "STP");
        variables.put("kind", kind);
        variables.put("proposalTitle", "Đề nghị khen thưởng của Sở Tư pháp");
        variables.put("submissionIssuer", "DVDN");
        return runtimeService().startProcessInstanceByKey("commendation-proposal", "7", variables);
    }

    /** document-issue called by the proposal for this type: the drafter submits, the signer approves. */
    private void issue(ProcessInstance proposal, String type, String drafter, String signer) {
        ProcessInstance document = runtimeService().createProcessInstanceQuery().superProcessInstanceId(proposal.getId())
                .variableValueEquals("documentType", type).singleResult();
        assertThat(document).as(type).isWaitingAt("reviewDocumentDraft");
        assertThat(task(document)).hasCandidateGroup(drafter);
        complete(task(document));
        assertThat(task(document)).hasCandidateGroup(signer);
        complete(task(document), withVariables("approved", true));
        assertThat(document).isEnded();
    }

    /** The task's due date is the period of its deadline row counted from its creation, with the row's basis. */
    private void dueIn(Task task, int workingDays, String basisContains) {
        assertThat(task.getDueDate()).as(task.getTaskDefinitionKey())
                .isEqualTo(deadlines.period(task.getCreateTime(), workingDays, "WORKING_DAYS"));
        assertThat((String) taskService().getVariableLocal(task.getId(), "dueDateBasis")).contains(basisContains);
    }

    private void submitAndCheck(ProcessInstance proposal) {
        issue(proposal, "commendation-proposal-submission", "chuyen-vien", "lanh-dao");
        assertThat(proposal).isWaitingAt("checkCompleteness");
        assertThat(task()).hasCandidateGroup("ban-thi-dua-khen-thuong");
        assertThat(runtimeService().getVariable(proposal.getId(), "submissionDocumentNumber")).isEqualTo("Số: 01/X");
    }

    private void decideAndForward(ProcessInstance proposal, boolean approve) {
        assertThat(proposal).isWaitingAt("chairmanDecision");
        assertThat(task()).hasCandidateGroup("chu-tich-ubnd-tinh");
        if (approve) {
            complete(task(), withVariables("approved", true, "approvedItems", "[\"1\"]"));
            issue(proposal, "commendation-proposal-decision", "ban-thi-dua-khen-thuong", "chu-tich-ubnd-tinh");
            assertThat(proposal).hasPassed("recordAwards");
        } else {
            assertThatThrownBy(() -> complete(task(), withVariables("approved", false)))
                    .as("a return needs its reasons").hasMessageContaining("comment");
            complete(task(), withVariables("approved", false, "comment", "Thành tích chưa tiêu biểu"));
            assertThat(proposal).hasNotPassed("issueAwardDecision");
        }
        issue(proposal, "commendation-proposal-notice", "ban-thi-dua-khen-thuong", "ban-thi-dua-khen-thuong");
        assertThat(proposal).isWaitingAt("forwardDecision");
        assertThat(task()).hasCandidateGroup("ban-thi-dua-khen-thuong");
        dueIn(task(), 10, "10 ngày làm việc");
        complete(task(), withVariables("forwardNote", "Đã gửi qua hệ thống quản lý văn bản"));
        assertThat(proposal).hasPassed("closeProposal").isEnded();
        recordPassed();
    }

    @Test
    void aMeritProposalWithoutObjectionsIsPostedAppraisedAndAwarded() {
        objections.push(false);
        votes.push(false);
        ProcessInstance proposal = start("CONG_TRANG");
        assertThat(proposal).hasPassed("startPosting").isWaitingAt("postingEnded");
        assertThat(runtimeService().getVariable(proposal.getId(), "orgUnitCode")).isEqualTo("STP");
        execute(job());
        assertThat(proposal).hasPassed("collectObjections").hasNotPassed("considerObjections");
        submitAndCheck(proposal);
        dueIn(task(), 5, "05 ngày làm việc");
        complete(task(), withVariables("approved", true));
        assertThat(proposal).hasPassed("openAppraisal").isWaitingAt("appraiseProposal");
        assertThat(task()).hasCandidateGroup("ban-thi-dua-khen-thuong");
        dueIn(task(), 20, "20 ngày làm việc");
        complete(task(), withVariables("appraisalRows", "[]"));
        assertThat(proposal).hasNotPassed("provincialCouncilVote");
        decideAndForward(proposal, true);
        assertThat(issued).containsExactly("commendation-proposal-submission", "commendation-proposal-decision",
                "commendation-proposal-notice");
        assertThat(calls).contains("record:2");
    }

    @Test
    void objectionsDuringThePostingGoToTheUnitCouncil() {
        objections.push(true);
        votes.push(true);
        leftToDecide.push(true);
        ProcessInstance proposal = start("CONG_TRANG");
        assertThat(proposal).isWaitingAt("postingEnded");
        execute(job());
        assertThat(proposal).isWaitingAt("considerObjections");
        assertThat(task()).hasCandidateGroup("hoi-dong-thi-dua");
        complete(task(), withVariables("withdrawnItems", "[\"2\"]", "objectionDecision", "Rút ông B: phản ánh đúng"));
        assertThat(proposal).hasPassed("applyObjections");
        submitAndCheck(proposal);
        complete(task(), withVariables("approved", true));
        complete(task(), withVariables("appraisalRows", "[]"));
        assertThat(proposal).isWaitingAt("provincialCouncilVote");
        assertThat(task()).hasCandidateGroup("hoi-dong-thi-dua-tinh");
        complete(task(), withVariables("councilMembers", "15", "voteRows", "[]", "voteMinutes", "Biên bản số 3"));
        assertThat(proposal).hasPassed("tallyVotes");
        decideAndForward(proposal, true);
    }

    @Test
    void anIncompleteDossierIsSupplementedWithinFiveWorkingDaysThenChecked() {
        objections.push(false);
        votes.push(false);
        ProcessInstance proposal = start("CONG_TRANG");
        assertThat(proposal).isWaitingAt("postingEnded");
        execute(job());
        submitAndCheck(proposal);
        assertThatThrownBy(() -> complete(task(), withVariables("approved", false)))
                .as("an incomplete dossier is returned with what is missing").hasMessageContaining("comment");
        complete(task(), withVariables("approved", false, "comment", "Thiếu biên bản họp Hội đồng"));
        assertThat(proposal).hasPassed("requestSupplement").isWaitingAt("supplementDossier");
        assertThat(task()).hasCandidateGroup("chuyen-vien");
        dueIn(task(), 5, "05 ngày làm việc");
        complete(task(), withVariables("supplementNote", "Đã tải biên bản"));
        assertThat(proposal).isWaitingAt("checkCompleteness");
        complete(task(), withVariables("approved", true));
        complete(task(), withVariables("appraisalRows", "[]"));
        decideAndForward(proposal, true);
        assertThat(calls.stream().filter("commendationProposalDescribeDossier"::equals).count()).isEqualTo(2);
    }

    @Test
    void aNomineeBelowTheProvincialThresholdIsNotDecidedAndTheUnitIsNotified() {
        objections.push(false);
        votes.push(true);
        leftToDecide.push(false);
        ProcessInstance proposal = start("CONG_TRANG");
        assertThat(proposal).isWaitingAt("postingEnded");
        execute(job());
        submitAndCheck(proposal);
        complete(task(), withVariables("approved", true));
        complete(task(), withVariables("appraisalRows", "[]"));
        complete(task(), withVariables("councilMembers", "15", "voteRows", "[]", "voteMinutes", "13/15 đồng ý"));
        assertThat(proposal).hasPassed("tallyVotes").hasNotPassed("chairmanDecision");
        issue(proposal, "commendation-proposal-notice", "ban-thi-dua-khen-thuong", "ban-thi-dua-khen-thuong");
        assertThat(proposal).isWaitingAt("forwardDecision");
        complete(task(), withVariables("forwardNote", "Đã gửi"));
        assertThat(proposal).isEnded();
        recordPassed();
        assertThat(issued).doesNotContain("commendation-proposal-decision");
    }

    @Test
    void theChairmanReturnsTheProposalWithReasons() {
        objections.push(false);
        votes.push(false);
        ProcessInstance proposal = start("CONG_TRANG");
        assertThat(proposal).isWaitingAt("postingEnded");
        execute(job());
        submitAndCheck(proposal);
        complete(task(), withVariables("approved", true));
        complete(task(), withVariables("appraisalRows", "[]"));
        decideAndForward(proposal, false);
        assertThat(issued).doesNotContain("commendation-proposal-decision");
    }

    @Test
    void theSimplifiedProcedureSkipsThePostingAndHasItsOwnShorterPeriod() {
        votes.push(false);
        ProcessInstance proposal = start("DOT_XUAT");
        assertThat(proposal).hasNotPassed("startPosting").isWaitingAt("issueSubmission");
        submitAndCheck(proposal);
        complete(task(), withVariables("approved", true));
        assertThat(proposal).isWaitingAt("appraiseSimplified");
        assertThat(task()).hasCandidateGroup("ban-thi-dua-khen-thuong");
        dueIn(task(), 10, "Điều 85");
        complete(task(), withVariables("appraisalRows", "[]"));
        decideAndForward(proposal, true);
        assertThat(calls).doesNotContain("commendationProposalStartPosting", "commendationProposalCollectObjections");
    }
}
