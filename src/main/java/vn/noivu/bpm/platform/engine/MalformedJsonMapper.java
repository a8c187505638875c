package vn.noivu.bpm.platform.engine;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * A body engine REST cannot read as its JSON: 400 in Camunda's error body (its own handlers answer plain text).
 * JAX-RS picks the mapper of the nearest exception type, so parse errors and mapping errors each have one.
 */
@Provider
@Priority(Priorities.USER - 100)
public class MalformedJsonMapper implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException exception) {
        return response(exception);
    }

    /** Not JSON at all, or cut off. */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class Unparsable implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException exception) {
            return response(exception);
        }
    }

    static Response response(JsonProcessingException exception) {
        ExceptionDto body = new ExceptionDto();
        body.setType("InvalidRequestException");
        String where = exception.getLocation() == null ? "" : " (dòng " + exception.getLocation().getLineNr()
                + ", cột " + exception.getLocation().getColumnNr() + ")";
        body.setMessage("Nội dung JSON không đúng định dạng của API" + where + " / the body is not the JSON this "
                + "endpoint reads");
        return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
