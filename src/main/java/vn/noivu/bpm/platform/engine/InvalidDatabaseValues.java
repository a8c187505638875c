package vn.noivu.bpm.platform.engine;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Set;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * A value the database refuses as such (SQL state class 22: too long for its column, a NUL byte PostgreSQL cannot
 * store, ...) came from the caller, for example a deployment name the engine looks up before any check runs:
 * 400, never the SQL statement.
 */
final class InvalidDatabaseValues {

    /** string too long, untranslatable character, character not in repertoire (PostgreSQL's answer to a NUL) */
    private static final Set<String> STATES = Set.of("22001", "22P05", "22021");

    private InvalidDatabaseValues() {
    }

    static Response response(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState())) {
                ExceptionDto body = new ExceptionDto();
                body.setType("InvalidValueException");
                body.setMessage("Giá trị gửi lên quá dài hoặc chứa ký tự không lưu được (như ký tự NUL) / a value is"
                        + " too long or holds a character the database cannot store");
                return Response.status(Response.Status.BAD_REQUEST).entity(body)
                        .type(MediaType.APPLICATION_JSON_TYPE).build();
            }
        }
        return null;
    }
}
