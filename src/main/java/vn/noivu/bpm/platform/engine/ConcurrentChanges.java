package vn.noivu.bpm.platform.engine;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.springframework.dao.DuplicateKeyException;

/**
 * Engine REST requests that lost a race with another request on the same task or instance: the engine's
 * optimistic lock, a unique key the other request wrote first (SQL state 23505, in the engine's tables or ours),
 * or the task the other request already completed. They answer 409 (or 404 for the vanished task) with a message
 * of their own, never the SQL statement, and the winning request's effect stays the only one.
 */
final class ConcurrentChanges {

    private ConcurrentChanges() {
    }

    /**
     * A task completed meanwhile, a lost race, an invalid id ({@link InvalidIdentifiers}) or a value the database
     * cannot store ({@link InvalidDatabaseValues}) as its 4xx; null for anything else.
     */
    static Response refusal(UriInfo request, Throwable exception) {
        Response response = taskCompletedMeanwhile(request == null ? null : request.getPath());
        if (response == null) {
            response = response(exception);
        }
        if (response == null) {
            response = InvalidIdentifiers.response(exception);
        }
        return response != null ? response : InvalidDatabaseValues.response(exception);
    }

    static Response response(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof DuplicateKeyException
                    || cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return error(Response.Status.CONFLICT, "ConcurrentChangeException", "Dữ liệu vừa được người khác thay đổi "
                        + "(công việc đã được xử lý): tải lại và kiểm tra / changed by another request at the same time");
            }
            if (cause instanceof NullValueException && String.valueOf(cause.getMessage()).startsWith("Cannot find task")
                    || cause instanceof AuthorizationException refused && taskGone(refused)) {
                return taskNotFound();
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern TASK_ACTION =
            java.util.regex.Pattern.compile("(?:^|/)task/([^/]+)/(?:complete|submit-form|resolve)$");

    /**
     * A task completion that failed in any way (a listener's refusal included) while another request completed the
     * same task: the engine may have read the task before the other commit and the process after it. Whatever it
     * refused, the caller lost a race on a task that is done: 404, as for a task completed before the request came.
     */
    static Response taskCompletedMeanwhile(String path) {
        java.util.regex.Matcher task = TASK_ACTION.matcher(path == null ? "" : path);
        return task.find() && taskGone(task.group(1)) ? taskNotFound() : null;
    }

    private static Response taskNotFound() {
        return error(Response.Status.NOT_FOUND, "TaskNotFoundException", "Công việc không còn: có thể đã được "
                + "người khác hoàn thành / the task no longer exists, it may have been completed");
    }

    /**
     * The engine checks a candidate's right to a task through the task's candidate groups; when another request has
     * just completed the task, those are gone and the check fails. A task that no longer exists is that race, not a
     * missing right.
     */
    private static boolean taskGone(AuthorizationException refused) {
        return refused.getMissingAuthorizations().stream().filter(m -> "Task".equals(m.getResourceType()))
                .map(MissingAuthorization::getResourceId).findFirst().map(ConcurrentChanges::taskGone).orElse(false);
    }

    /** Completed and gone, looked up as the system: the caller may not see the task's history. */
    private static boolean taskGone(String taskId) {
        ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
        Authentication caller = engine.getIdentityService().getCurrentAuthentication();
        engine.getIdentityService().clearAuthentication();
        try {
            return engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0
                    && engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished().count() == 1;
        } finally {
            if (caller != null) {
                engine.getIdentityService().setAuthentication(caller);
            }
        }
    }

    private static Response error(Response.Status status, String type, String message) {
        ExceptionDto body = new ExceptionDto();
        body.setType(type);
        body.setMessage(message);
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
