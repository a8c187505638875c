package vn.noivu.bpm.recruitment.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.noivu.bpm.platform.approval.ApprovalDecisionListener;

/**
 * Every path of bpmn/recruitment/recruitment-round.bpmn on an in-memory engine, the delegates replaced by mocks
 * that set what the real ones decide (no PostgreSQL): which step a round waits at, for which group, in which order.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/recruitment/recruitment-round.bpmn", "bpmn/documents/document-issue.bpmn",
        "bpmn/platform/task-deadlines.dmn",
        "bpmn/recruitment/recruitment-task-deadlines.dmn"})
class RecruitmentRoundModelTest {

    private static final ModelPaths PATHS = new ModelPaths("bpmn/recruitment/recruitment-round.bpmn");
    /** What the (mocked) register answers for each of the round's documents. */
    private static final Map<String, String> NUMBERS = Map.of("recruitment-plan", "Số: 01/KH-SNV",
            "recruitment-notice", "Số: 01/TB-SNV", "recruitment-eligible-list", "Số: 01/TB-HĐTD",
            "recruitment-results-decision", "Số: 01/QĐ-SNV", "recruitment-recognition-notice", "Số: 02/TB-HĐTD");

    ProcessEngine processEngine;

    /** The delegates called, in order; what the next call of a deciding delegate answers. */
    private final List<String> called = new ArrayList<>();
    private final List<Boolean> ties = new ArrayList<>();
    private boolean reviewRequested;
    private boolean winnersOffered;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("approvalDecision", new ApprovalDecisionListener());
        Mocks.register("taskInput", new vn.noivu.bpm.platform.approval.TaskInput());
        record("recruitmentPublishNotice", Map.of());
        record("recruitmentCheckEligibility", Map.of(RecruitmentProcess.ELIGIBLE_SUMMARY, "Đủ điều kiện: 3"));
        record("recruitmentPublishEligibleList", Map.of());
        record("recruitmentOpenReviewWindow", Map.of(RecruitmentProcess.REVIEW_WINDOW_END, new Date()));
        register("recruitmentCloseReviewWindow", execution ->
                execution.setVariable(RecruitmentProcess.REVIEW_REQUESTED, reviewRequested));
        record("recruitmentApplyReviewDecision", Map.of());
        register("recruitmentRankCandidates", execution -> {
            execution.setVariable(RecruitmentProcess.TIE_TO_DECIDE, !ties.isEmpty() && ties.remove(0));
            execution.setVariable(RecruitmentProcess.RESULTS_SUMMARY, "Trúng tuyển 1");
        });
        record("recruitmentApplyTieDecision", Map.of());
        register("recruitmentPublishResults", execution ->
                execution.setVariable(RecruitmentProcess.WINNERS_OFFERED, winnersOffered));
        // document-issue, the shared process the round calls for each of its documents.
        Mocks.register("documentsDescribeDocument", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> {
        });
        register("documentsIssueDocument", execution -> execution.setVariable("documentNumber",
                NUMBERS.get((String) execution.getVariable("documentType"))));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @AfterAll
    static void everyElementPassed() {
        PATHS.assertEveryElementPassed();
    }

    private void register(String bean, JavaDelegate delegate) {
        ModelPaths.register(called, bean, delegate);
    }

    private void record(String bean, Map<String, Object> variables) {
        register(bean, execution -> execution.setVariables(variables));
    }

    private ProcessInstance start(boolean hasRound1, boolean reviewWindow) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(RecruitmentProcess.ROUND_CODE, "TD-2026");
        variables.put(RecruitmentProcess.ROUND_TITLE, "Kỳ tuyển dụng thử");
        variables.put(RecruitmentProcess.PLAN_SUMMARY, "Kế hoạch");
        variables.put(RecruitmentProcess.APPLICATION_DEADLINE_END, new Date());
        variables.put(RecruitmentProcess.HAS_ROUND_1, hasRound1);
        variables.put(RecruitmentProcess.REVIEW_WINDOW, reviewWindow);
        return runtimeService().startProcessInstanceByKey(RecruitmentProcess.KEY, "TD-2026", variables);
    }

    private void correlate(String message, Map<String, Object> variables) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey("TD-2026")
                .setVariables(variables).correlate();
    }

    private void approve(ProcessInstance round, String taskId, String group) {
        assertThat(round).isWaitingAt(taskId);
        assertThat(task(round)).hasCandidateGroup(group);
        complete(task(round), withVariables("approved", true));
    }

    private void returnTask(ProcessInstance round, String taskId) {
        assertThat(round).isWaitingAt(taskId);
        complete(task(round), withVariables("approved", false, "comment", "Đề nghị rà soát lại"));
    }

    /** Up to the exams: the plan and the eligible list each returned once, then approved. */
    private void toExams(ProcessInstance round) {
        returnTask(round, "approvePlan");
        assertThat(round).isWaitingAt("revisePlan");
        assertThat(task(round)).hasCandidateGroup("chuyen-vien");
        complete(task(round));
        approve(round, "approvePlan", "lanh-dao");
        // Applications are taken at once; beside them, the plan, then the notice citing it, are reviewed and signed.
        assertThat(round).isWaitingAt("applicationWindowClosed", "issuePlan");
        signDocument(round, "recruitment-plan");
        assertThat(round).isWaitingAt("applicationWindowClosed", "issueNotice");
        signDocument(round, "recruitment-notice");
        assertThat(processEngine.getRuntimeService().getVariables(round.getId()))
                .containsEntry("planDocumentNumber", "Số: 01/KH-SNV")
                .containsEntry("noticeDocumentNumber", "Số: 01/TB-SNV");
        assertThat(round).hasPassedInOrder("noticeFork", "issuePlan", "issueNotice", "noticeIssued")
                .isWaitingAt("applicationWindowClosed");
        ModelPaths.runJob(processEngine, round);
        // Eligibility of the whole round runs after the timer's transaction, as a job of its own.
        assertThat(round).isWaitingAt("checkEligibility");
        ModelPaths.runJob(processEngine, round);
        returnTask(round, "approveEligibleList");
        assertThat(round).isWaitingAt("reviewEligibility");
        complete(task(round));
        approve(round, "approveEligibleList", "hoi-dong-tuyen-dung");
        // The exams begin at once; beside them, the council's chair signs the notice listing the eligible.
        assertThat(round).isWaitingAt("awaitRound1Scores", "issueEligibleList");
        signCouncilDocument(round, "recruitment-eligible-list");
        assertThat(processEngine.getRuntimeService().getVariable(round.getId(), "eligibleListDocumentNumber"))
                .isEqualTo("Số: 01/TB-HĐTD");
        assertThat(round).hasPassed("eligibleListFork", "issueEligibleList", "eligibleListIssued");
    }

    @Test
    void everyStepOnceWithRound1ReviewCouncilATieAndHiring() {
        reviewRequested = true;
        winnersOffered = true;
        ties.add(true);
        ProcessInstance round = start(true, true);
        toExams(round);
        assertThat(round).isWaitingAt("awaitRound1Scores");
        correlate(RecruitmentProcess.ROUND_1_SCORES_IMPORTED, Map.of());
        correlate(RecruitmentProcess.ROUND_2_SCORES_IMPORTED, Map.of());
        assertThat(round).isWaitingAt("reviewWindowClosed");
        ModelPaths.runJob(processEngine, round);
        assertThat(round).isWaitingAt("awaitReviewScores");
        correlate(RecruitmentProcess.REVIEW_SCORES_IMPORTED, Map.of(RecruitmentProcess.REVIEW_SCORES_TO_CONFIRM, true,
                RecruitmentProcess.REVIEW_SUMMARY, "1 bài chênh lệch"));
        assertThat(round).isWaitingAt("confirmReviewScores");
        assertThat(task(round)).hasCandidateGroup("hoi-dong-tuyen-dung");
        complete(task(round), withVariables(RecruitmentProcess.REVIEW_DECISION, RecruitmentProcess.ADOPT_REVIEW_SCORES,
                RecruitmentProcess.REVIEW_MINUTES, "Biên bản"));
        rankAndDecideTheTie(round);
        returnTask(round, "approveResults");
        assertThat(round).isWaitingAt("reviewResults");
        complete(task(round));
        ModelPaths.runJob(processEngine, round);
        approve(round, "approveResults", "lanh-dao");
        // The decision on the results is signed before anything is published (Decree 170/2025 Art. 17(1)-(2)).
        assertThat(round).isWaitingAt("issueResultsDecision").hasNotPassed("publishResults");
        signResultsDecision(round);
        // Publishing runs as a job; each winner's hiring-dossier starts there, the round waits for all of them.
        // Beside it, the council's chair signs the notice telling the winners their dossier deadline.
        assertThat(round).isWaitingAt("publishResults");
        ModelPaths.runJob(processEngine, round);
        assertThat(round).isWaitingAt("awaitHiring", "issueRecognitionNotice");
        correlate(HiringProcess.HIRING_COMPLETED, Map.of());
        assertThat(round).as("the round ends once its winners' notice is issued too").isNotEnded();
        signCouncilDocument(round, "recruitment-recognition-notice");
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(round.getId()).variableName("recognitionNoticeDocumentNumber").singleResult()
                .getValue()).isEqualTo("Số: 02/TB-HĐTD");
        assertThat(round).hasPassed("resultsDecisionFork", "issueRecognitionNotice", "recognitionNoticeIssued");
        assertThat(round).isEnded().hasPassedInOrder("publishNotice", "checkEligibility", "publishEligibleList",
                "awaitRound1Scores", "awaitRound2Scores", "openReviewWindow", "closeReviewWindow",
                "awaitReviewScores", "applyReviewDecision", "rankCandidates", "decideTie", "applyTieDecision",
                "approveResults", "issueResultsDecision", "publishResults", "awaitHiring", "resultsPublished");
        assertThat(called).containsExactly("recruitmentPublishNotice", "documentsIssueDocument",
                "documentsIssueDocument", "recruitmentCheckEligibility",
                "recruitmentPublishEligibleList", "documentsIssueDocument", "recruitmentOpenReviewWindow",
                "recruitmentCloseReviewWindow",
                "recruitmentApplyReviewDecision", "recruitmentRankCandidates", "recruitmentApplyTieDecision",
                "recruitmentRankCandidates", "recruitmentRankCandidates", "documentsIssueDocument",
                "recruitmentPublishResults", "documentsIssueDocument");
        PATHS.add(processEngine, round);
    }

    /** The official submits the draft decision on the results, the head signs it: document-issue, called. */
    private void signResultsDecision(ProcessInstance round) {
        signDocument(round, "recruitment-results-decision");
    }

    /** The official submits the draft of a round's document, the head signs it (document-issue, called). */
    private void signDocument(ProcessInstance round, String documentType) {
        signDocument(round, documentType, "SNV", "lanh-dao");
    }

    /** The council's documents are issued in its name (HDTD) and signed by its chair. */
    private void signCouncilDocument(ProcessInstance round, String documentType) {
        signDocument(round, documentType, "HDTD", "hoi-dong-tuyen-dung");
    }

    private void signDocument(ProcessInstance round, String documentType, String issuer, String signerGroup) {
        ProcessInstance document = runtimeService().createProcessInstanceQuery().superProcessInstanceId(round.getId())
                .variableValueEquals("documentType", documentType).singleResult();
        assertThat(document).hasProcessDefinitionKey("document-issue").variables()
                .containsEntry("subject", "TD-2026").containsEntry("issuer", issuer);
        assertThat(document).isWaitingAt("reviewDocumentDraft");
        assertThat(task(document)).hasCandidateGroup("chuyen-vien");
        complete(task(document));
        assertThat(task(document)).hasCandidateGroup(signerGroup);
        complete(task(document), withVariables("approved", true));
        assertThat(document).isEnded();
    }

    /** Ranking runs as a job: a tie goes to the head, whose choice is ranked again (another job). */
    private void rankAndDecideTheTie(ProcessInstance round) {
        assertThat(round).isWaitingAt("rankCandidates");
        ModelPaths.runJob(processEngine, round);
        assertThat(round).isWaitingAt("decideTie");
        assertThat(task(round)).hasCandidateGroup("lanh-dao");
        complete(task(round), withVariables(RecruitmentProcess.SELECTED_APPLICATIONS, "TD-2026-00000001"));
        assertThat(round).isWaitingAt("rankCandidates");
        ModelPaths.runJob(processEngine, round);
    }

    /** A round without round 1, approved at once, up to its round-2 scores. */
    private ProcessInstance toRound2Scores(boolean reviewWindow) {
        ProcessInstance round = start(false, reviewWindow);
        approve(round, "approvePlan", "lanh-dao");
        signDocument(round, "recruitment-plan");
        signDocument(round, "recruitment-notice");
        ModelPaths.runJob(processEngine, round);
        ModelPaths.runJob(processEngine, round);
        approve(round, "approveEligibleList", "hoi-dong-tuyen-dung");
        signCouncilDocument(round, "recruitment-eligible-list");
        assertThat(round).isWaitingAt("awaitRound2Scores");
        return round;
    }

    @Test
    void withoutRound1OrPaperExamOrWinnersTheRoundEndsAtPublication() {
        ProcessInstance round = toRound2Scores(false);
        correlate(RecruitmentProcess.ROUND_2_SCORES_IMPORTED, Map.of());
        ModelPaths.runJob(processEngine, round);
        approve(round, "approveResults", "lanh-dao");
        signResultsDecision(round);
        assertThat(processEngine.getRuntimeService().getVariable(round.getId(), "resultsDecisionNumber"))
                .isEqualTo("Số: 01/QĐ-SNV");
        ModelPaths.runJob(processEngine, round);
        assertThat(round).isEnded().hasNotPassed("awaitRound1Scores", "openReviewWindow", "decideTie", "awaitHiring");
        PATHS.add(processEngine, round);
    }

    @Test
    void aPaperExamWithoutReviewRequestsGoesStraightToRanking() {
        ProcessInstance round = toRound2Scores(true);
        correlate(RecruitmentProcess.ROUND_2_SCORES_IMPORTED, Map.of());
        assertThat(round).isWaitingAt("reviewWindowClosed");
        ModelPaths.runJob(processEngine, round);
        assertThat(round).hasPassed("closeReviewWindow").hasNotPassed("awaitReviewScores").isWaitingAt("rankCandidates");
        PATHS.add(processEngine, round);
    }

    @Test
    void reMarkedScoresWithinTheThresholdNeedNoCouncil() {
        reviewRequested = true;
        ProcessInstance round = toRound2Scores(true);
        correlate(RecruitmentProcess.ROUND_2_SCORES_IMPORTED, Map.of());
        ModelPaths.runJob(processEngine, round);
        correlate(RecruitmentProcess.REVIEW_SCORES_IMPORTED, Map.of(RecruitmentProcess.REVIEW_SCORES_TO_CONFIRM, false,
                RecruitmentProcess.REVIEW_SUMMARY, ""));
        assertThat(round).hasNotPassed("confirmReviewScores").isWaitingAt("rankCandidates");
        PATHS.add(processEngine, round);
    }
}
