package vn.noivu.bpm.platform.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model of the top-level bpmn/ and forms/ folders (copied to the classpath as they are)
 * when the engine starts. Resource names are the paths below the project root, e.g.
 * {@code bpmn/platform/sample-approval.bpmn}, so they stay the same wherever the application runs,
 * and only a changed file becomes a new version.
 */
@Component
public class ModelDeployer extends AbstractProcessEnginePlugin {

    public static final String DEPLOYMENT_NAME = "noivu-bpm";

    private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);
    private static final List<String> ROOTS = List.of("bpmn", "forms");
    /** Document templates (documents package) are deployed with the models, so a designer replaces them the same way. */
    private static final List<String> EXTENSIONS = List.of("bpmn", "dmn", "form", "template.html");

    private final ResourcePatternResolver resolver;

    public ModelDeployer(ResourcePatternResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("start-up")
                .enableDuplicateFiltering(true);
        int count = 0;
        for (String root : ROOTS) {
            for (String extension : EXTENSIONS) {
                for (Resource resource : find("classpath*:" + root + "/**/*." + extension)) {
                    builder.addInputStream(resourceName(root, resource), read(resource));
                    count++;
                }
            }
        }
        if (count == 0) {
            log.warn("No models found under bpmn/ or forms/: nothing deployed");
            return;
        }
        long before = deploymentCount(engine);
        Deployment deployment = builder.deploy();
        if (deploymentCount(engine) > before) {
            log.info("Models checked: {} files; the changed ones deployed as deployment {}", count, deployment.getId());
        } else {
            log.info("Models checked: {} files; none changed since the last deployment", count);
        }
    }

    private static long deploymentCount(ProcessEngine engine) {
        return engine.getRepositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
    }

    private Resource[] find(String pattern) {
        try {
            return resolver.getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list models " + pattern, e);
        }
    }

    /** The path from the model folder on, whether the classpath is a directory or a jar. */
    static String resourceName(String root, Resource resource) {
        try {
            String url = resource.getURL().toString();
            int start = url.lastIndexOf("/" + root + "/");
            if (start < 0) {
                throw new IllegalStateException("Model outside " + root + "/: " + url);
            }
            return url.substring(start + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream read(Resource resource) {
        try {
            return resource.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read model " + resource, e);
        }
    }
}
