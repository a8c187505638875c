package vn.noivu.bpm.platform.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;

/**
 * What the engine grants on a task to its candidates, assignee and owner: read it, work it (claim, complete,
 * comment) and hand it on (unclaim, assign), but not UPDATE it. The due date is the legal deadline the system
 * computed (TaskDeadlineListener); only administrators, who hold ALL on every task, may change it.
 * With historic instance permissions on, the engine also grants READ on the task's history, which the
 * Tasklist's "Lịch sử" tab and the comment endpoints need.
 */
class TaskAuthorizations extends DefaultAuthorizationProvider {

    @Override
    protected Permission[] getRuntimePermissions(boolean enforceSpecificVariablePermission) {
        List<Permission> permissions = new ArrayList<>(
                List.of(Permissions.READ, TaskPermissions.TASK_WORK, TaskPermissions.TASK_ASSIGN));
        if (enforceSpecificVariablePermission) {
            permissions.add(TaskPermissions.READ_VARIABLE);
        }
        return permissions.toArray(new Permission[0]);
    }
}
