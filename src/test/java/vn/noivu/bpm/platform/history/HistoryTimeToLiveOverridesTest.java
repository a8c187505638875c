package vn.noivu.bpm.platform.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;

/**
 * {@code noivu.history.time-to-live.<key>} on a real engine (H2 in memory): versions deployed before the setting get
 * it when the engine starts with it, a version deployed afterwards gets it too, other keys keep their model's value.
 */
class HistoryTimeToLiveOverridesTest {

    private static final String DB = "jdbc:h2:mem:history-ttl-overrides;DB_CLOSE_DELAY=-1";

    private static String model(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="t">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="3650">
                    <bpmn:startEvent id="start" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key);
    }

    private static ProcessEngine engine(String name, List<ProcessEnginePlugin> plugins) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl(DB);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setProcessEnginePlugins(plugins);
        return configuration.buildProcessEngine();
    }

    private static void deploy(ProcessEngine engine, String key, String version) {
        engine.getRepositoryService().createDeployment().name(key + version)
                .addString(key + ".bpmn", model(key).replace("<bpmn:startEvent id=\"start\" />",
                        "<bpmn:startEvent id=\"start" + version + "\" />"))
                .deploy();
    }

    private static Integer ttl(RepositoryService repository, String key, int version) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .processDefinitionVersion(version).singleResult();
        return definition.getHistoryTimeToLive();
    }

    @Test
    void aConfiguredKeyWinsOverItsModelsForOldAndNewVersions() {
        ProcessEngine before = engine("ttl-before", List.of());
        deploy(before, "kept-long", "A");
        deploy(before, "kept-as-modelled", "A");
        before.close();

        ProcessEngine after = engine("ttl-after",
                List.of(new HistoryTimeToLiveOverrides(Map.of("kept-long", 7300))));
        try {
            RepositoryService repository = after.getRepositoryService();
            assertThat(ttl(repository, "kept-long", 1)).as("a version deployed before").isEqualTo(7300);
            deploy(after, "kept-long", "B");
            assertThat(ttl(repository, "kept-long", 2)).as("a version deployed after").isEqualTo(7300);
            assertThat(ttl(repository, "kept-as-modelled", 1)).as("a key not configured").isEqualTo(3650);
        } finally {
            after.close();
        }
    }

    @Test
    void zeroOrNegativeDaysAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> new HistoryTimeToLiveOverrides(Map.of("recruitment-round", 0)))
                .hasMessageContaining("noivu.history.time-to-live.recruitment-round");
    }
}
