package vn.noivu.bpm.platform.approval;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Enforces the approval convention on an approve-or-return task: {@code approved} is a Boolean, and a return
 * carries a {@code comment}. Completing without them is refused with a message naming the variable (400 from
 * /engine-rest, see RejectedInputExceptionMapper; the forms check the same before submitting) instead of a
 * process routed on a missing decision. The decision and its comment are also kept as a task comment. On create, the previous round's decision is
 * cleared (history keeps it), so an old comment never passes for a new return.
 * Wired on the task for the events create and complete: {@code delegateExpression="${approvalDecision}"}.
 */
@Component("approvalDecision")
public class ApprovalDecisionListener implements TaskListener {

    public static final String APPROVED = "approved";
    public static final String COMMENT = "comment";

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.removeVariable(APPROVED);
            task.removeVariable(COMMENT);
            return;
        }
        Object approved = task.getVariable(APPROVED);
        if (!(approved instanceof Boolean decision)) {
            throw new BadUserRequestException("approved: cần chọn phê duyệt hoặc trả lại (biến approved kiểu Boolean)"
                    + " / approved must be a Boolean");
        }
        Object comment = task.getVariable(COMMENT);
        if (!decision && (comment == null || comment.toString().isBlank())) {
            throw new BadUserRequestException("comment: bắt buộc nhập ý kiến khi trả lại"
                    + " / comment is required when returning");
        }
        task.getProcessEngineServices().getTaskService()
                .createComment(task.getId(), task.getProcessInstanceId(), record(decision, comment));
    }

    /** The decision as the task's comment, so the Tasklist's "Lịch sử" shows who decided what and when. */
    static String record(boolean approved, Object comment) {
        String said = comment == null ? "" : comment.toString().strip();
        String decision = approved ? "Phê duyệt" : "Trả lại";
        return said.isEmpty() ? decision : decision + ": " + said;
    }
}
