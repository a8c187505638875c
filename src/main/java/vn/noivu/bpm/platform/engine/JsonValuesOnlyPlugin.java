package vn.noivu.bpm.platform.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * Spin is here for JSON values (type {@code Json}: form options, table rows, a checklist's picks). Its Object
 * serializers would also let a caller send an {@code Object} variable in JSON naming any class to build later
 * (a deserialization gadget): they are removed, so such a variable is refused (400) as before Spin.
 */
@Component
public class JsonValuesOnlyPlugin extends AbstractProcessEnginePlugin {

    /** After every plugin's postInit, Spin's included: its fallback builds an Object serializer for any format. */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration();
        configuration.setFallbackSerializerFactory(null);
        for (TypedValueSerializer<?> serializer : java.util.List.copyOf(configuration.getVariableSerializers()
                .getSerializers())) {
            if (ValueType.OBJECT.equals(serializer.getType()) && serializer.getSerializationDataformat() != null
                    && !serializer.getSerializationDataformat().contains("java-serialized")) {
                configuration.getVariableSerializers().removeSerializer(serializer);
            }
        }
    }
}
