package vn.noivu.bpm.recruitment.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
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
import vn.noivu.bpm.documents.process.DocumentIssueProcess;
import vn.noivu.bpm.platform.approval.ApprovalDecisionListener;
import vn.noivu.bpm.platform.approval.Choices;

/**
 * Every path of bpmn/recruitment/hiring-dossier.bpmn on an in-memory engine with mocked delegates (no PostgreSQL):
 * dossier, decision, criminal record, start of work, extension, cancellations and the next-ranked candidate. The
 * decisions go through the shared document-issue (deployed alongside, its number-taking delegate mocked).
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/recruitment/hiring-dossier.bpmn", "bpmn/documents/document-issue.bpmn",
        "bpmn/platform/task-deadlines.dmn",
        "bpmn/recruitment/recruitment-task-deadlines.dmn"})
class HiringDossierModelTest {

    private static final ModelPaths PATHS = new ModelPaths("bpmn/recruitment/hiring-dossier.bpmn");

    ProcessEngine processEngine;

    private final List<String> called = new ArrayList<>();
    private boolean receiptNeeded;
    private boolean criminalRecordRequest;
    private boolean replacementTie;
    private Date decisionDue;
    private final List<String> issued = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("approvalDecision", new ApprovalDecisionListener());
        Mocks.register("choices", new Choices());
        Mocks.register("taskInput", new vn.noivu.bpm.platform.approval.TaskInput());
        Date later = new Date(System.currentTimeMillis() + 86_400_000L);
        register("recruitmentOpenHiringDossier", execution -> execution.setVariables(Map.of(
                HiringProcess.NOTICE_RECEIPT_NEEDED, receiptNeeded, HiringProcess.REQUIRED_DOCUMENTS, "văn bằng",
                HiringProcess.DOSSIER_DEADLINE_END, later)));
        register("recruitmentSetDossierDeadline", execution -> { });
        decisionDue = new Date(System.currentTimeMillis() / 1000 * 1000 + 5 * 86_400_000L);
        register("recruitmentScheduleDecision", execution -> execution.setVariable(HiringProcess.DECISION_DUE, decisionDue));
        Mocks.register("documentsDescribeDocument", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> {
            execution.setVariable(DocumentIssueProcess.DOCUMENT_NAME, "Quyết định");
            execution.setVariable(DocumentIssueProcess.DOCUMENT_TITLE, "Về việc");
        });
        Mocks.register("documentsIssueDocument", (JavaDelegate) execution -> {
            issued.add((String) execution.getVariable(DocumentIssueProcess.DOCUMENT_TYPE));
            execution.setVariable(DocumentIssueProcess.DOCUMENT_ID, (long) issued.size());
            execution.setVariable(DocumentIssueProcess.DOCUMENT_NUMBER, "Số: 0" + issued.size() + "/QĐ-SNV");
        });
        register("recruitmentPrepareResultCancellation", execution -> { });
        register("recruitmentPrepareDecisionCancellation", execution -> { });
        register("recruitmentRecordDecision", execution -> execution.setVariables(Map.of(
                HiringProcess.CRIMINAL_RECORD_REQUEST, criminalRecordRequest, HiringProcess.START_DEADLINE_END, later)));
        register("recruitmentExtendStartDeadline", execution -> { });
        register("recruitmentCompleteHiring", execution -> { });
        register("recruitmentCancelHiringResult", execution -> { });
        register("recruitmentCancelHiringDecision", execution -> { });
        register("recruitmentFindNextRanked", execution -> execution.setVariable(HiringProcess.REPLACEMENT_TIE,
                replacementTie));
        register("recruitmentOfferPlaceToSelected", execution -> { });
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

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(HiringProcess.KEY, "TD-2026-00000001", Map.of(
                HiringProcess.ROUND_CODE, "TD-2026", HiringProcess.APPLICATION_NUMBER, "TD-2026-00000001",
                HiringProcess.CANDIDATE_NAME, "Nguyễn Văn An", HiringProcess.POSITION_CODE, "VT"));
    }

    private void dossier(ProcessInstance hiring, boolean complete, boolean fraud) {
        assertThat(hiring).isWaitingAt("recordDossier");
        assertThat(task(hiring)).hasCandidateGroup("chuyen-vien");
        complete(task(hiring), withVariables(HiringProcess.DOSSIER_COMPLETE, complete, HiringProcess.FRAUD_FOUND, fraud));
    }

    private void decision(ProcessInstance hiring) {
        assertThat(hiring).isWaitingAt("issueHiringDecision");
        sign(hiring, "recruitment-hiring-decision");
        assertThat(runtimeService().getVariable(hiring.getId(), HiringProcess.DECISION_DOCUMENT_ID))
                .isEqualTo((long) issued.size());
    }

    /** The decision's document-issue: the official submits the draft, the head signs it; it takes its number. */
    private ProcessInstance sign(ProcessInstance hiring, String documentType) {
        ProcessInstance document = documentIssue(hiring, documentType);
        assertThat(document).isWaitingAt("reviewDocumentDraft");
        assertThat(task(document)).hasCandidateGroup("chuyen-vien");
        assertThat(runtimeService().getVariable(document.getId(), DocumentIssueProcess.SUBJECT))
                .as("one document per person: its subject is the application").isEqualTo("TD-2026-00000001");
        complete(task(document));
        assertThat(task(document)).hasCandidateGroup("lanh-dao");
        int before = issued.size();
        complete(task(document), withVariables("approved", true));
        assertThat(document).isEnded();
        assertThat(issued).hasSize(before + 1).last().isEqualTo(documentType);
        return document;
    }

    private ProcessInstance documentIssue(ProcessInstance hiring, String documentType) {
        ProcessInstance document = runtimeService().createProcessInstanceQuery().superProcessInstanceId(hiring.getId())
                .singleResult();
        assertThat(document).as("document-issue called by %s", hiring.getId()).isNotNull();
        assertThat(runtimeService().getVariable(document.getId(), DocumentIssueProcess.DOCUMENT_TYPE))
                .isEqualTo(documentType);
        return document;
    }

    private void startOfWork(ProcessInstance hiring, String result) {
        assertThat(hiring).isWaitingAt("recordStartOfWork");
        complete(task(hiring), withVariables(HiringProcess.START_RESULT, result));
    }

    @Test
    void aCivilServantCompletesTheDossierIsCheckedAsksForMoreTimeAndStarts() {
        criminalRecordRequest = true;
        ProcessInstance hiring = start();
        dossier(hiring, false, false);
        dossier(hiring, true, false);
        decision(hiring);
        assertThat(hiring).isWaitingAt("recordCriminalRecord");
        assertThatThrownBy(() -> complete(task(hiring), withVariables(HiringProcess.CRIMINAL_RECORD_RESULT, "CO")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining(HiringProcess.CRIMINAL_RECORD_RESULT);
        complete(task(hiring), withVariables(HiringProcess.CRIMINAL_RECORD_RESULT, "KHONG_LOAI_TRU"));
        startOfWork(hiring, "XIN_GIA_HAN");
        assertThat(hiring).isWaitingAt("approveExtension");
        assertThat(task(hiring)).hasCandidateGroup("lanh-dao");
        complete(task(hiring), withVariables("approved", true));
        startOfWork(hiring, "DA_NHAN_VIEC");
        assertThat(hiring).isEnded().hasPassedInOrder("openHiringDossier", "scheduleDecision", "recordDecision",
                "recordCriminalRecord", "extendStartDeadline", "completeHiring", "recruited");
        assertThat(called).containsExactly("recruitmentOpenHiringDossier", "recruitmentScheduleDecision",
                "recruitmentRecordDecision", "recruitmentExtendStartDeadline", "recruitmentCompleteHiring");
        assertThat(issued).containsExactly("recruitment-hiring-decision");
        PATHS.add(processEngine, hiring);
    }

    @Test
    void aPublicEmployeesFraudCancelsTheResultAndTheHeadChoosesAmongTiedNextRanked() {
        receiptNeeded = true;
        replacementTie = true;
        ProcessInstance hiring = start();
        assertThat(hiring).isWaitingAt("recordNoticeReceipt");
        complete(task(hiring), withVariables(HiringProcess.NOTICE_RECEIVED_ON, "2026-06-01"));
        dossier(hiring, false, true);
        assertThat(hiring).hasPassed("prepareResultCancellation").isWaitingAt("issueResultCancellation");
        assertThat(called).as("nobody is offered the place before the cancellation is signed")
                .doesNotContain("recruitmentCancelHiringResult", "recruitmentFindNextRanked");
        sign(hiring, "recruitment-result-cancellation");
        assertThat(hiring).isWaitingAt("decideTie");
        complete(task(hiring), withVariables(HiringProcess.SELECTED_APPLICATIONS, "TD-2026-00000002"));
        assertThat(hiring).isEnded().hasPassedInOrder("setDossierDeadline", "cancelHiringResult", "findNextRanked",
                "offerPlaceToSelected", "placeOffered");
        PATHS.add(processEngine, hiring);
    }

    @Test
    void noDossierByTheDeadlineCancelsTheResultAndTheNextRankedIsAsked() {
        ProcessInstance hiring = start();
        assertThat(hiring).isWaitingAt("recordDossier");
        ModelPaths.runJob(processEngine, hiring);
        assertThat(hiring).hasPassed("dossierDeadlinePassed").isWaitingAt("issueResultCancellation");
        // A returned draft goes back to the official and takes no number; the signed one does.
        ProcessInstance document = documentIssue(hiring, "recruitment-result-cancellation");
        complete(task(document));
        complete(task(document), withVariables("approved", false, "comment", "Ghi rõ ngày hết hạn hồ sơ"));
        assertThat(document).isWaitingAt("reviewDocumentDraft");
        assertThat(issued).isEmpty();
        assertThat(hiring).isWaitingAt("issueResultCancellation");
        sign(hiring, "recruitment-result-cancellation");
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(hiring.getId()).count()).isZero();
        assertThat(hiring).isEnded().hasPassed("cancelHiringResult", "findNextRanked", "replacementHandled");
        PATHS.add(processEngine, hiring);
    }

    @Test
    void aCriminalRecordThatExcludesTheRecruitCancelsTheDecision() {
        criminalRecordRequest = true;
        ProcessInstance hiring = start();
        dossier(hiring, true, false);
        decision(hiring);
        complete(task(hiring), withVariables(HiringProcess.CRIMINAL_RECORD_RESULT, HiringProcess.CRIMINAL_RECORD_DISQUALIFIES));
        assertThat(hiring).hasPassed("prepareDecisionCancellation").isWaitingAt("issueDecisionCancellation");
        sign(hiring, "recruitment-decision-cancellation");
        assertThat(hiring).isEnded().hasPassed("cancelHiringDecision", "findNextRanked", "replacementHandled");
        PATHS.add(processEngine, hiring);
    }

    @Test
    void noStartOfWorkByTheDeadlineCancelsTheDecision() {
        ProcessInstance hiring = start();
        dossier(hiring, true, false);
        decision(hiring);
        assertThat(hiring).hasNotPassed("recordCriminalRecord").isWaitingAt("recordStartOfWork");
        ModelPaths.runJob(processEngine, hiring);
        assertThat(hiring).hasPassed("startDeadlinePassed").isWaitingAt("issueDecisionCancellation");
        sign(hiring, "recruitment-decision-cancellation");
        assertThat(hiring).isEnded().hasPassed("cancelHiringDecision");
        PATHS.add(processEngine, hiring);
    }

    @Test
    void theDecisionsLegalDeadlineIsTheDueDateOfTheReviewAndOfTheSignatureAndAReturnTakesNoNumber() {
        ProcessInstance hiring = start();
        dossier(hiring, true, false);
        assertThat(hiring).isWaitingAt("issueHiringDecision");
        ProcessInstance document = documentIssue(hiring, "recruitment-hiring-decision");
        assertThat(task(document).getDueDate()).isEqualTo(decisionDue);
        complete(task(document));
        assertThat(task(document).getDueDate()).as("the head's signature").isEqualTo(decisionDue);
        complete(task(document), withVariables("approved", false, "comment", "Sửa ngày sinh"));
        assertThat(issued).isEmpty();
        assertThat(called).doesNotContain("recruitmentRecordDecision");
        sign(hiring, "recruitment-hiring-decision");
        assertThat(hiring).hasPassedInOrder("scheduleDecision", "issueHiringDecision", "recordDecision")
                .isWaitingAt("recordStartOfWork");
        PATHS.add(processEngine, hiring);
    }
}
