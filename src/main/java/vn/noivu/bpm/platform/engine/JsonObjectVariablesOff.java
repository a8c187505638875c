package vn.noivu.bpm.platform.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * Spin is here for JSON variables (type Json, which the Tasklist's forms read and send). Its serializer of Object
 * variables as JSON would let a caller name a class to build: it is removed, so such a variable is refused (400)
 * as before Spin, while Json variables keep working. Once the engine is built: Spin registers its serializers late.
 */
@Component
public class JsonObjectVariablesOff extends AbstractProcessEnginePlugin {

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        List<TypedValueSerializer<?>> jsonObjects = new ArrayList<>();
        for (TypedValueSerializer<?> serializer : configuration.getVariableSerializers().getSerializers()) {
            if (serializer.getType() == ValueType.OBJECT && "application/json".equals(serializer.getSerializationDataformat())) {
                jsonObjects.add(serializer);
            }
        }
        jsonObjects.forEach(configuration.getVariableSerializers()::removeSerializer);
        // Spin's fallback would build an Object serializer for the format on demand: none here.
        configuration.setFallbackSerializerFactory(null);
    }
}
