package vn.noivu.bpm.recruitment.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * What the in-memory model tests of one model passed, together: each test adds its instance's activities before
 * the extension removes the deployment, and the class checks at the end that every flow node was passed.
 */
final class ModelPaths {

    private final String resource;
    private final Set<String> passed = new HashSet<>();

    ModelPaths(String resource) {
        this.resource = resource;
    }

    void add(ProcessEngine engine, ProcessInstance instance) {
        engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list()
                .forEach(activity -> passed.add(activity.getActivityId()));
    }

    void assertEveryElementPassed() {
        Set<String> elements;
        try (InputStream in = ModelPaths.class.getClassLoader().getResourceAsStream(resource)) {
            elements = Bpmn.readModelFromStream(in).getModelElementsByType(FlowNode.class).stream()
                    .map(FlowNode::getId).collect(Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(passed).as("elements of %s passed by the tests", resource).containsAll(elements);
    }

    /** Registers a mock delegate under the bean name the model calls, noting each call in {@code called}. */
    static void register(List<String> called, String bean, JavaDelegate delegate) {
        Mocks.register(bean, (JavaDelegate) execution -> {
            called.add(bean);
            delegate.execute(execution);
        });
    }

    /** The one job of the instance (a timer, or the continuation of an asyncBefore step), executed now. */
    static void runJob(ProcessEngine engine, ProcessInstance instance) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(job).as("a job of %s", instance.getId()).isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }
}
