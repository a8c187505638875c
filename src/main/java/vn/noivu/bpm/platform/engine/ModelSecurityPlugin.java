package vn.noivu.bpm.platform.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * A deployment is code, so the engine runs only what the project allows, whoever deploys (administrators too):
 * expressions reach the beans of {@link ModelExpressionBeans} and nothing else of the application context, and every
 * new BPMN, DMN or CMMN model passes {@link ModelRules} before it is accepted.
 */
@Component
public class ModelSecurityPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;
    private final ModelExpressionBeans beans;

    public ModelSecurityPlugin(ApplicationContext context) {
        this.context = context;
        this.beans = new ModelExpressionBeans(context);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setBeans(beans);
        // ProcessEngineFactoryBean has already built an expression manager over the whole context (before any
        // plugin runs, from the then empty beans): replace it with one over the allowed beans only.
        configuration.setExpressionManager(new SpringExpressionManager(context, beans));
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        ModelRules rules = new ModelRules(new ExpressionChecker(beans::allowsMember));
        configuration.getCustomPreDeployers().add(new ModelDeploymentCheck(rules));
    }

    public ModelExpressionBeans beans() {
        return beans;
    }
}
