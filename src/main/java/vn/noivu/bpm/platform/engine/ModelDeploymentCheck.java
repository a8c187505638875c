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
import org.camunda.bpm.model.cmmn.Cmmn;

/**
 * Runs before the engine's own deployers, in the deployment's transaction, for every new deployment: at start-up and
 * through {@code /engine-rest/deployment/create} alike. A model that breaks a {@link ModelRules} rule, or a file that
 * is neither a model nor a form, fails the deployment with the engine's {@link ParseException} (400 from the REST
 * API) naming the element and the rule, and nothing of the deployment is kept. So does what the engine would
 * otherwise answer with a 500 or accept broken: XML that is not well-formed, a DMN whose FEEL does not compile
 * ({@link DecisionRules}), a form the Tasklist cannot render ({@link FormRules}), a name over its column
 * ({@link ColumnLimits}), a document template that could run code ({@link TemplateRules}).
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
        Refusal badDeployment = ColumnLimits.deployment(deployment);
        if (badDeployment != null) {
            throw badDeployment.exception(String.valueOf(deployment.getName()));
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            checkResource(resource.getName(), resource.getBytes() == null ? new byte[0] : resource.getBytes());
        }
    }

    /** One resource of a deployment, as the engine would store it under {@code name}. */
    void checkResource(String name, byte[] bytes) {
        Refusal refusal = ColumnLimits.resourceName(name);
        if (refusal == null && name.endsWith(".form")) {
            refusal = FormRules.firstRefusal(bytes);
        } else if (refusal == null && TemplateRules.isTemplate(name)) {
            refusal = TemplateRules.firstRefusal(bytes);
        } else if (refusal == null && !isModel(name) && OTHER_SUFFIXES.stream().noneMatch(name::endsWith)) {
            refusal = new Refusal("resource-type-not-allowed", "chỉ được triển khai mô hình BPMN, DMN, CMMN,"
                    + " biểu mẫu .form, mẫu văn bản " + TemplateRules.SUFFIX + " và ảnh .png (không HTML, script...)");
        }
        if (refusal != null) {
            throw refusal.exception(name);
        }
        if (isModel(name)) {
            checkModel(name, bytes);
        }
    }

    static boolean isModel(String resourceName) {
        return resourceName != null && MODEL_SUFFIXES.stream().anyMatch(resourceName::endsWith);
    }

    private void checkModel(String name, byte[] bytes) {
        Element root = read(name, bytes);
        ModelRules.Violation violation = rules.firstViolation(root);
        if (violation == null) {
            violation = ColumnLimits.firstViolation(root, root);
        }
        boolean decision = name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
        if (violation == null && decision) {
            violation = DecisionRules.firstViolation(root);
        }
        if (violation != null) {
            String id = violation.named().attribute("id");
            String message = "Mô hình " + name + ", phần tử \"" + id + "\" bị từ chối ["
                    + violation.rule() + "]: " + violation.message();
            Problem problem = new ProblemImpl(message, violation.named());
            throw new ParseException(message, name, List.of(problem), List.of());
        }
        String dmnError = decision ? DecisionRules.transformError(bytes) : null;
        if (dmnError != null) {
            throw new Refusal("dmn-invalid", "bảng quyết định không hợp lệ: " + dmnError).exception(name);
        }
        if (name.endsWith(".cmmn") || name.endsWith(".cmmn10.xml") || name.endsWith(".cmmn11.xml")) {
            checkCase(name, bytes);
        }
    }

    /** The engine reads CMMN with the same model API and answers its failure with a 500. */
    private static void checkCase(String name, byte[] bytes) {
        try {
            Cmmn.readModelFromStream(new ByteArrayInputStream(bytes));
        } catch (RuntimeException invalid) {
            throw new Refusal("cmmn-invalid", "mô hình CMMN không hợp lệ (" + innermost(invalid) + ")").exception(name);
        }
    }

    /** The XML as the engine's parser reads it (same XXE settings: a DOCTYPE is refused). Anything else that is
     *  not well-formed XML, an empty file too, is refused here: the engine would answer it with a 500. */
    private static Element read(String name, byte[] bytes) {
        Parse parse = new Parser() {
            @Override
            public Parse createParse() {
                return new Parse(this) {
                };
            }
        }.createParse();
        parse.name(name).sourceInputStream(new ByteArrayInputStream(bytes));
        try {
            Element root = parse.execute().getRootElement();
            if (root != null) {
                return root;
            }
        } catch (RuntimeException notXml) {
            throw new Refusal("xml-not-well-formed", "tệp không phải XML hợp lệ (" + innermost(notXml) + ")")
                    .exception(name);
        }
        throw new Refusal("xml-not-well-formed", "tệp rỗng hoặc không phải XML").exception(name);
    }

    private static String innermost(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
