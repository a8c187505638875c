package vn.noivu.bpm.platform.engine;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.springframework.dao.DuplicateKeyException;

/**
 * Engine REST requests that lost a race with another request on the same task or instance: the engine's
 * optimistic lock, a unique key the other request wrote first (SQL state 23505, in the engine's tables or ours), or
 * the task the other request already completed. They answer 409 (or 404 for the vanished task) with a message of their own,
 * never the SQL statement, and the winning request's effect stays the only one.
 */
final class ConcurrentChanges {

    private ConcurrentChanges() {
    }

    static Response response(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof DuplicateKeyException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && "23505".equals(sql.getSQLState())) {
                return error(Response.Status.CONFLICT, "ConcurrentChangeException", "Dữ liệu vừa được người khác thay đổi "
                        + "(công việc đã được xử lý): tải lại và kiểm tra / changed by another request at the same time");
            }
            if (cause instanceof NullValueException && String.valueOf(cause.getMessage()).startsWith("Cannot find task")) {
                return error(Response.Status.NOT_FOUND, "TaskNotFoundException", "Công việc không còn: có thể đã được "
                        + "người khác hoàn thành / the task no longer exists, it may have been completed");
            }
        }
        return null;
    }

    private static Response error(Response.Status status, String type, String message) {
        ExceptionDto body = new ExceptionDto();
        body.setType(type);
        body.setMessage(message);
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
