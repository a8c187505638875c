package vn.noivu.bpm.platform.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How long the engine keeps a definition's history, set by the operator instead of the model: {@code
 * noivu.history.time-to-live.<process or decision key>: <days>} (README "How long history is kept"). A model's
 * {@code camunda:historyTimeToLive} cannot hold a placeholder, so without this a change of retention needs a designer
 * to edit and redeploy each model.
 *
 * <p>A configured key wins over the model: every deployed version gets the configured days at start-up (a
 * process or decision instance ending afterwards gets its removal time from them; instances already finished keep the
 * removal time they got when they ended), and a process version deployed later is given them as it is parsed.
 * Keys not listed keep their model's value; a definition without one gets {@code HISTORY_TTL}.
 */
@Component
public class HistoryTimeToLiveOverrides extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(HistoryTimeToLiveOverrides.class);

    private final Map<String, Integer> days;

    @Autowired
    public HistoryTimeToLiveOverrides(Environment environment) {
        this(Binder.get(environment).bind("noivu.history.time-to-live", Bindable.mapOf(String.class, Integer.class))
                .orElse(Map.of()));
    }

    HistoryTimeToLiveOverrides(Map<String, Integer> days) {
        Map<String, Integer> checked = new TreeMap<>();
        days.forEach((key, value) -> {
            if (value == null || value < 1) {
                throw new IllegalArgumentException("noivu.history.time-to-live." + key
                        + ": a number of days of 1 or more is needed, not " + value);
            }
            checked.put(key, value);
        });
        this.days = Map.copyOf(checked);
    }

    public Map<String, Integer> days() {
        return days;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (days.isEmpty()) {
            return;
        }
        List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners =
                configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
                        : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                Integer configured = days.get(definition.getKey());
                if (configured != null) {
                    definition.setHistoryTimeToLive(configured);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        RepositoryService repository = engine.getRepositoryService();
        days.forEach((key, configured) -> {
            int changed = 0;
            for (ProcessDefinition definition : repository.createProcessDefinitionQuery().processDefinitionKey(key).list()) {
                if (!Objects.equals(definition.getHistoryTimeToLive(), configured)) {
                    repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), configured);
                    changed++;
                }
            }
            for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                    .list()) {
                if (!Objects.equals(definition.getHistoryTimeToLive(), configured)) {
                    repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), configured);
                    changed++;
                }
            }
            if (changed > 0) {
                log.info("History time-to-live of {} set to {} days on {} deployed version(s)", key, configured, changed);
            }
        });
    }
}
