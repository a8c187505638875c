package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.noivu.bpm.platform.approval.ApprovalDecisionListener;

/** Every path of bpmn/platform/sample-approval.bpmn, the model the platform ships as a template. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
        "bpmn/platform/sample-approval.bpmn",
        "bpmn/platform/task-deadlines.dmn",
        "forms/platform/sample-receive-dossier.form",
        "forms/platform/sample-handle-dossier.form",
        "forms/platform/sample-approve-dossier.form"})
class SampleApprovalProcessTest {

    private static final String KEY = "sample-approval";

    ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("approvalDecision", new ApprovalDecisionListener());
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance startDossier() {
        return runtimeService().startProcessInstanceByKey(KEY, "HS-2026-001",
                Map.of("dossierTitle", "Đề nghị cấp bản sao quyết định", "submitterName", "Nguyễn Thị Hoa"));
    }

    private static CamundaFormRef formOf(Task task) {
        return taskService().createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef();
    }

    private static long timesPassed(ProcessInstance instance, String activityId) {
        return historyService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId(activityId).count();
    }

    @Test
    void officialHandlesAndManagerApproves() {
        ProcessInstance instance = startDossier();

        assertThat(instance).isWaitingAt("handleDossier");
        assertThat(task(instance)).hasCandidateGroup("chuyen-vien").isNotAssigned();
        assertThat(formOf(task(instance)).getKey()).isEqualTo("sample-handle-dossier");
        complete(task(instance), withVariables("handlingNote", "Hồ sơ đầy đủ, đề nghị phê duyệt"));

        assertThat(instance).isWaitingAt("approveDossier");
        assertThat(task(instance)).hasCandidateGroup("lanh-dao");
        assertThat(formOf(task(instance)).getKey()).isEqualTo("sample-approve-dossier");
        complete(task(instance), withVariables("approved", true));

        assertThat(instance).isEnded().hasPassedInOrder("handleDossier", "approveDossier", "dossierApproved");
        assertThat(timesPassed(instance, "handleDossier")).isEqualTo(1);
    }

    @Test
    void managerReturnsWithCommentAndOfficialSeesItThenApproval() {
        ProcessInstance instance = startDossier();
        complete(task(instance), withVariables("handlingNote", "Đề nghị phê duyệt"));
        complete(task(instance), withVariables("approved", false, "comment", "Bổ sung bản sao CCCD"));

        assertThat(instance).isWaitingAt("handleDossier").variables().containsEntry("comment", "Bổ sung bản sao CCCD");
        assertThat(timesPassed(instance, "mergeReturned")).isEqualTo(2);
        complete(task(instance), withVariables("handlingNote", "Đã bổ sung"));

        // A new approval round starts without the previous round's decision.
        assertThat(instance).isWaitingAt("approveDossier").variables().doesNotContainKeys("approved", "comment");
        complete(task(instance), withVariables("approved", true));
        assertThat(instance).isEnded();

        // Both decisions are the approval tasks' comments, which the Tasklist's "Lịch sử" shows.
        assertThat(taskService().getProcessInstanceComments(instance.getId()))
                .extracting(org.camunda.bpm.engine.task.Comment::getFullMessage)
                .containsExactlyInAnyOrder("Trả lại: Bổ sung bản sao CCCD", "Phê duyệt");
    }

    @Test
    void aTaskCreatedOnTheFridayBeforeTet2026IsDueAfterTheTetBreak() {
        // Friday 13/02/2026, 09:00: the Tết Bính Ngọ break runs from Saturday 14/02 to Sunday 22/02.
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 2, 13, 9, 0, 0, 0, HCM).toInstant()));
        ProcessInstance instance = startDossier();

        // 05 working days: 23, 24, 25, 26, 27/02; due at the end of Friday 27/02, follow-up on Thursday 26/02.
        assertThat(task(instance).getDueDate()).isEqualTo(at(2026, 2, 27, 23, 59, 59));
        assertThat(task(instance).getFollowUpDate()).isEqualTo(at(2026, 2, 26, 0, 0, 0));
        assertThat(taskService().getVariableLocal(task(instance).getId(), "dueDateBasis"))
                .isEqualTo("Quy trình mẫu: 05 ngày làm việc (minh họa)");

        // Handled the same day: the manager's 02 working days also skip the break (23 and 24/02).
        complete(task(instance), withVariables("handlingNote", "Đủ hồ sơ"));
        assertThat(task(instance).getDueDate()).isEqualTo(at(2026, 2, 24, 23, 59, 59));
    }

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static Date at(int year, int month, int day, int hour, int minute, int second) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, second, 0, HCM).toInstant());
    }

    @Test
    void returnWithoutCommentIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = startDossier();
        complete(task(instance), withVariables("handlingNote", "Đề nghị phê duyệt"));
        String taskId = task(instance).getId();

        assertThatThrownBy(() -> complete(task(instance), withVariables("approved", false, "comment", "  ")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("comment is required when returning");
        assertThatThrownBy(() -> complete(task(instance), withVariables("approved", "có")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("approved must be a Boolean");

        assertThat(instance).isWaitingAt("approveDossier");
        assertThat(task(instance).getId()).isEqualTo(taskId);
    }
}
