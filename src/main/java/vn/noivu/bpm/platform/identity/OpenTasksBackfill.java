package vn.noivu.bpm.platform.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Tasks opened before this version got neither the Tasklist's columns ({@link TasklistColumns}) nor READ on their
 * history for their workers (the engine grants it only when a task's candidates are set), so their workers could not
 * comment on them or see "Lịch sử". At start-up each open task gets what a new one gets. It is idempotent, and two
 * nodes starting together only repeat each other's work; a task completed meanwhile on a running node is skipped.
 */
@Component
public class OpenTasksBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OpenTasksBackfill.class);
    private static final int PAGE = 500;

    private final ProcessEngine engine;

    public OpenTasksBackfill(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        TaskService tasks = engine.getTaskService();
        int done = 0;
        for (int first = 0; ; first += PAGE) {
            var page = tasks.createTaskQuery().orderByTaskId().asc().listPage(first, PAGE);
            for (Task task : page) {
                try {
                    done += backfill(task) ? 1 : 0;
                } catch (NullValueException completedMeanwhile) {
                    // Completed since the page was read (by a user on a running node): nothing left to give it.
                    log.debug("Task {} closed during the backfill", task.getId());
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        if (done > 0) {
            log.info("{} open tasks of an earlier version got their Tasklist columns and history permissions", done);
        }
    }

    private boolean backfill(Task task) {
        boolean changed = columns(task);
        for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) || IdentityLinkType.ASSIGNEE.equals(link.getType())) {
                changed |= grantHistory(task.getId(), link.getUserId(), link.getGroupId());
            }
        }
        return changed;
    }

    private boolean columns(Task task) {
        TaskService tasks = engine.getTaskService();
        if (task.getProcessInstanceId() == null
                || tasks.getVariableLocal(task.getId(), TasklistColumns.COLUMNS.get(0).taskVariable()) != null) {
            return false;
        }
        RuntimeService runtime = engine.getRuntimeService();
        Map<String, Object> copies = new LinkedHashMap<>();
        for (TasklistColumns.Column column : TasklistColumns.COLUMNS) {
            Object value = runtime.getVariable(task.getExecutionId(), column.processVariable());
            if (value instanceof String text && !text.isBlank()) {
                copies.put(column.taskVariable(), text);
            }
        }
        if (copies.isEmpty()) {
            return false;
        }
        tasks.setVariablesLocal(task.getId(), copies);
        return true;
    }

    private boolean grantHistory(String taskId, String userId, String groupId) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        var existing = authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK)
                .resourceId(taskId);
        existing = userId != null ? existing.userIdIn(userId) : existing.groupIdIn(groupId);
        if (existing.count() > 0) {
            return false;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setResource(Resources.HISTORIC_TASK);
        grant.setResourceId(taskId);
        if (userId != null) {
            grant.setUserId(userId);
        } else {
            grant.setGroupId(groupId);
        }
        grant.addPermission(HistoricTaskPermissions.READ);
        try {
            authorizations.saveAuthorization(grant);
            return true;
        } catch (RuntimeException anotherNodeFirst) {
            // The unique key on (type, user or group, resource, id): the other node wrote the same grant.
            return false;
        }
    }
}
