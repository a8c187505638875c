package vn.noivu.bpm.platform.engine;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Parse;
import org.camunda.bpm.engine.impl.util.xml.Parser;
import org.camunda.bpm.engine.impl.xml.ProblemImpl;

/**
 * Runs before the engine's own deployers, in the deployment's transaction, for every new deployment: at start-up and
 * through {@code /engine-rest/deployment/create} alike. A model that breaks a {@link ModelRules} rule, or a file that
 * is neither a model nor a form, fails the deployment with the engine's {@link ParseException} (400 from the REST
 * API) naming the element and the rule, and nothing of the deployment is kept.
 */
final class ModelDeploymentCheck implements Deployer {

    private static final List<String> MODEL_SUFFIXES = List.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml", ".cmmn",
            ".cmmn10.xml", ".cmmn11.xml");

    /** Besides models: Camunda Forms (rendered by form-js, not run) and diagram images. An HTML form or a script
     *  file would run in the browsers of the Tasklist's users. */
    private static final List<String> OTHER_SUFFIXES = List.of(".form", ".png");

    private final ModelRules rules;

    ModelDeploymentCheck(ModelRules rules) {
        this.rules = rules;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        // Deployments read back from the database (cache refill) were checked when they were made.
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (isModel(resource.getName())) {
                check(resource);
            } else if (OTHER_SUFFIXES.stream().noneMatch(resource.getName()::endsWith)) {
                String message = "Tệp " + resource.getName() + " bị từ chối [resource-type-not-allowed]: chỉ được triển"
                        + " khai mô hình BPMN, DMN, CMMN, biểu mẫu .form và ảnh .png (không HTML, script...)";
                throw new ParseException(message, resource.getName(), List.of(), List.of());
            }
        }
    }

    static boolean isModel(String resourceName) {
        return resourceName != null && MODEL_SUFFIXES.stream().anyMatch(resourceName::endsWith);
    }

    private void check(ResourceEntity resource) {
        Element root = read(resource);
        ModelRules.Violation violation = root == null ? null : rules.firstViolation(root);
        if (violation == null) {
            return;
        }
        String id = violation.named().attribute("id");
        String message = "Mô hình " + resource.getName() + ", phần tử \"" + id + "\" bị từ chối [" + violation.rule()
                + "]: " + violation.message();
        Problem problem = new ProblemImpl(message, violation.named());
        throw new ParseException(message, resource.getName(), List.of(problem), List.of());
    }

    /** The XML as the engine's parser reads it (same XXE settings); null when it is not XML, which the engine reports. */
    private static Element read(ResourceEntity resource) {
        Parse parse = new Parser() {
            @Override
            public Parse createParse() {
                return new Parse(this) {
                };
            }
        }.createParse();
        parse.name(resource.getName()).sourceInputStream(new ByteArrayInputStream(resource.getBytes()));
        try {
            return parse.execute().getRootElement();
        } catch (RuntimeException notXml) {
            return null;
        }
    }
}
