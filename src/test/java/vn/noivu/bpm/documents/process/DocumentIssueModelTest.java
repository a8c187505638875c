package vn.noivu.bpm.documents.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * Every path of bpmn/documents/document-issue.bpmn on an in-memory engine, the delegates replaced by mocks: who
 * reviews, who signs, and that the number is taken only after the signer's approval, in its transaction.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/documents/document-issue.bpmn", "bpmn/platform/task-deadlines.dmn"})
class DocumentIssueModelTest {

    private static final String MODEL = "bpmn/documents/document-issue.bpmn";
    private static final Set<String> PASSED = new HashSet<>();

    ProcessEngine processEngine;

    private final List<String> issued = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("approvalDecision", new ApprovalDecisionListener());
        Mocks.register("documentsDescribeDocument", (ExecutionListener) execution -> {
            execution.setVariable(DocumentIssueProcess.DOCUMENT_NAME, "Quyết định phê duyệt kết quả tuyển dụng");
            execution.setVariable(DocumentIssueProcess.DOCUMENT_TITLE, "Về việc phê duyệt kết quả tuyển dụng");
        });
        Mocks.register("documentsIssueDocument", (JavaDelegate) execution -> {
            issued.add((String) execution.getVariable(DocumentIssueProcess.SUBJECT));
            execution.setVariable(DocumentIssueProcess.DOCUMENT_ID, 7L);
            execution.setVariable(DocumentIssueProcess.DOCUMENT_NUMBER, "Số: 07/QĐ-SNV");
        });
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @AfterAll
    static void everyElementPassed() throws Exception {
        try (InputStream in = DocumentIssueModelTest.class.getClassLoader().getResourceAsStream(MODEL)) {
            Set<String> elements = Bpmn.readModelFromStream(in).getModelElementsByType(FlowNode.class).stream()
                    .map(FlowNode::getId).collect(Collectors.toSet());
            assertThat(PASSED).as("elements of %s passed by the tests", MODEL).containsAll(elements);
        }
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(DocumentIssueProcess.KEY, inputs());
    }

    private static Map<String, Object> inputs() {
        return new java.util.HashMap<>(Map.of(
                DocumentIssueProcess.DOCUMENT_TYPE, "recruitment-results-decision",
                DocumentIssueProcess.SUBJECT, "TD-2026",
                DocumentIssueProcess.ISSUER, "SNV",
                DocumentIssueProcess.DRAFTER_GROUP, "chuyen-vien",
                DocumentIssueProcess.SIGNER_GROUP, "lanh-dao"));
    }

    private void passed(ProcessInstance instance) {
        processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .list().forEach(activity -> PASSED.add(activity.getActivityId()));
    }

    @Test
    void theOfficialSubmitsTheDraftAndTheSignerApprovesItThenItIsNumbered() {
        ProcessInstance document = start();
        assertThat(document).isWaitingAt("reviewDocumentDraft")
                .variables().containsEntry(DocumentIssueProcess.DOCUMENT_NAME, "Quyết định phê duyệt kết quả tuyển dụng");
        assertThat(task(document)).hasCandidateGroup("chuyen-vien");
        complete(task(document));
        assertThat(document).isWaitingAt("signDocument");
        assertThat(task(document)).hasCandidateGroup("lanh-dao");
        assertThat(issued).as("no number before the signer approves").isEmpty();
        complete(task(document), withVariables("approved", true));
        assertThat(document).isEnded().hasPassedInOrder("reviewDocumentDraft", "signDocument", "issueDocument",
                "documentIssued");
        assertThat(issued).containsExactly("TD-2026");
        passed(document);
    }

    @Test
    void aReturnedDraftGoesBackToTheOfficialWithTheCommentAndIsNumberedOnlyOnApproval() {
        ProcessInstance document = start();
        complete(task(document));
        assertThatThrownBy(() -> taskService().complete(task(document).getId(), Map.of("approved", false)))
                .hasMessageContaining("comment: bắt buộc nhập ý kiến khi trả lại");
        complete(task(document), withVariables("approved", false, "comment", "Sửa tên vị trí việc làm ở Điều 1"));
        assertThat(document).isWaitingAt("reviewDocumentDraft")
                .variables().containsEntry("comment", "Sửa tên vị trí việc làm ở Điều 1");
        assertThat(task(document)).hasCandidateGroup("chuyen-vien");
        assertThat(issued).isEmpty();
        complete(task(document));
        assertThat(document).isWaitingAt("signDocument");
        assertThat(runtimeService().getVariables(document.getId())).as("the earlier return is not the new decision")
                .doesNotContainKeys("approved", "comment");
        complete(task(document), withVariables("approved", true));
        assertThat(document).isEnded().hasPassed("documentIssued");
        assertThat(issued).containsExactly("TD-2026");
        passed(document);
    }

    @Test
    void aCallersLegalDeadlineIsTheDueDateOfTheReviewAndOfTheSignature() {
        java.util.Date due = java.util.Date.from(java.time.Instant.parse("2026-12-11T16:59:59Z"));
        Map<String, Object> inputs = inputs();
        inputs.put(DocumentIssueProcess.DUE_DATE, due);
        ProcessInstance document = runtimeService().startProcessInstanceByKey(DocumentIssueProcess.KEY, inputs);
        assertThat(task(document).getDueDate()).isEqualTo(due);
        complete(task(document));
        assertThat(task(document).getDueDate()).isEqualTo(due);
        complete(task(document), withVariables("approved", true));
        assertThat(document).isEnded();
    }

    @Test
    void withoutADueDateTheTasksTakeThePeriodOfTheTaskDeadlinesTable() {
        ProcessInstance document = start();
        assertThat(task(document).getDueDate()).as("no caller's deadline: the task-deadlines table's period").isNotNull();
        assertThat(taskService().getVariableLocal(task(document).getId(), "dueDateBasis")).isNotNull();
        complete(task(document));
        complete(task(document), withVariables("approved", true));
        assertThat(document).isEnded();
    }
}
