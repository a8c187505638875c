package vn.noivu.bpm.platform.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine wraps an exception thrown by a listener (for example the approval convention's
 * "comment is required when returning") in a generic one, which Camunda's REST API answers with 500.
 * When the root is a {@link BadUserRequestException} the caller sent bad input: answer 400 with its message,
 * in Camunda's usual error body. So is a variable in Java serialization, which the engine refuses (ENGINE-17007,
 * {@code javaSerializationFormatEnabled} is false) with a plain ProcessEngineException, and a variable in a format
 * the engine has no serializer for. Two requests on the same
 * thing at once (a task completed twice) answer 409 or 404 (see {@link ConcurrentChanges}), an id outside the
 * engine's rule or a value the database cannot store 400 ({@link InvalidIdentifiers}, {@link InvalidDatabaseValues}).
 * Everything else goes to Camunda's own handler unchanged.
 */
@Provider
@Priority(Priorities.USER - 100)
public class RejectedInputExceptionMapper implements ExceptionMapper<RestException> {

    /** The engine's code for "Java serialization format is prohibited" (CoreLogger). */
    private static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";

    /** A variable in a serialization format the engine does not have (VariableSerializers). */
    private static final String NO_SERIALIZER = "Cannot find serializer for value";

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Context
    private UriInfo request;

    @Override
    public Response toResponse(RestException exception) {
        Response refused = ConcurrentChanges.refusal(request, exception);
        if (refused == null) {
            refused = tooLarge(exception);
        }
        if (refused != null) {
            return refused;
        }
        ProcessEngineException rejected = rejectedInput(exception);
        if (rejected == null) {
            return camunda.toResponse(exception);
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(ExceptionHandlerHelper.getInstance().fromException(rejected))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /** A chunked deployment past 50 MB: Camunda's multipart reader wraps the stream's exception in a 400. */
    private static Response tooLarge(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DeploymentSizeFilter.TooLarge) {
                ExceptionDto body = new ExceptionDto();
                body.setType("PayloadTooLargeException");
                body.setMessage(DeploymentSizeFilter.MESSAGE);
                return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).entity(body)
                        .type(MediaType.APPLICATION_JSON_TYPE).build();
            }
        }
        return null;
    }

    private static ProcessEngineException rejectedInput(Throwable exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException rejected) {
                return rejected;
            }
            if (cause instanceof ProcessEngineException refused && cause.getMessage() != null
                    && (cause.getMessage().contains(JAVA_SERIALIZATION_PROHIBITED)
                    || cause.getMessage().contains(NO_SERIALIZER))) {
                return refused;
            }
        }
        return null;
    }
}
