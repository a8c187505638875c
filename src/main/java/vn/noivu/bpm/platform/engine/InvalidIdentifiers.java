package vn.noivu.bpm.platform.engine;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * An id the engine's resource-id rule refuses (a user or group id with a hyphen, a space, ...): the engine answers
 * with a plain ProcessEngineException, Camunda's REST API with 500. The caller sent it: 400.
 */
final class InvalidIdentifiers {

    private static final String ENGINE_MESSAGE = "is not a valid resource identifier";

    private InvalidIdentifiers() {
    }

    static Response response(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProcessEngineException
                    && String.valueOf(cause.getMessage()).contains(ENGINE_MESSAGE)) {
                ExceptionDto body = new ExceptionDto();
                body.setType("InvalidIdentifierException");
                body.setMessage(cause.getMessage() + " Mã chỉ gồm chữ cái không dấu, chữ số và dấu gạch dưới "
                        + "/ letters, digits and underscores only.");
                return Response.status(Response.Status.BAD_REQUEST).entity(body)
                        .type(MediaType.APPLICATION_JSON_TYPE).build();
            }
        }
        return null;
    }
}
