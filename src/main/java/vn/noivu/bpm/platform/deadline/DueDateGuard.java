package vn.noivu.bpm.platform.deadline;

import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import vn.noivu.bpm.platform.identity.Role;

/**
 * The due date is the legal deadline {@link TaskDeadlineListener} computed: a user who works the task (claim,
 * complete, comment, hand on) may not move or clear it; only administrators may. The system itself (no
 * signed-in user) may. Runs on every task update, built in by {@link TaskDeadlinesPlugin}.
 */
class DueDateGuard implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        PropertyChange change = ((TaskEntity) task).getPropertyChanges().get(TaskEntity.DUE_DATE);
        if (change == null || sameInstant(change.getOrgValue(), change.getNewValue())) {
            return;
        }
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (user == null || user.getUserId() == null
                || user.getGroupIds() != null && user.getGroupIds().contains(Role.CAMUNDA_ADMIN.groupId())) {
            return;
        }
        throw new AuthorizationException("Hạn xử lý là thời hạn theo quy định do hệ thống tính: chỉ quản trị hệ thống"
                + " được thay đổi hoặc xóa. / Only administrators may change the due date.");
    }

    /** The stored date comes back as a Timestamp, which never equals a Date: compare the instants. */
    private static boolean sameInstant(Object before, Object after) {
        if (before instanceof Date a && after instanceof Date b) {
            return a.getTime() == b.getTime();
        }
        return Objects.equals(before, after);
    }
}
