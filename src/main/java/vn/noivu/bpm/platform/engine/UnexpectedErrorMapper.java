package vn.noivu.bpm.platform.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;

/**
 * Anything else engine REST would answer with 500. A task completion that lost its race can fail outside the
 * engine's own exceptions (a NullPointerException on an execution the other request has just moved on, for instance
 * to a step that runs as a job): when the task is done, that is the race, 404 like any other. Everything else goes
 * to Camunda's own handler unchanged.
 */
@Provider
@Priority(Priorities.USER - 100)
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

    private final ExceptionHandler camunda = new ExceptionHandler();

    @Context
    private UriInfo request;

    @Override
    public Response toResponse(RuntimeException exception) {
        Response refused = ConcurrentChanges.taskCompletedMeanwhile(request == null ? null : request.getPath());
        return refused != null ? refused : camunda.toResponse(exception);
    }
}
