package vn.noivu.bpm.platform.engine;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST API at /engine-rest, plus our mapping of rejected input to 400. */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(RejectedInputExceptionMapper.class);
        register(EngineExceptionMapper.class);
        register(UnexpectedErrorMapper.class);
        register(MalformedJsonMapper.class);
        register(MalformedJsonMapper.Unparsable.class);
    }
}
