package vn.noivu.bpm.platform.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * Engine exceptions that reach engine REST unwrapped (creating a user, a group, ...): an id outside the engine's
 * rule or a value the database cannot store (a NUL, too long: {@link InvalidDatabaseValues}) is the caller's input
 * (400), a lost race is 409, a listener's refusal of the caller's right (DueDateGuard: the engine wraps it) is
 * 403; everything else goes to Camunda's own handler unchanged.
 */
@Provider
@Priority(Priorities.USER - 100)
public class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Context
    private UriInfo request;

    @Override
    public Response toResponse(ProcessEngineException exception) {
        Response refused = ConcurrentChanges.refusal(request, exception);
        if (refused != null) {
            return refused;
        }
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthorizationException forbidden) {
                return camunda.toResponse(forbidden);
            }
        }
        return camunda.toResponse(exception);
    }
}
