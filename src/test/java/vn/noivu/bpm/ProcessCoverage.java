package vn.noivu.bpm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/** Process test coverage: the instances a test class ran pass, together, every element of their model. */
public final class ProcessCoverage {

    private ProcessCoverage() {
    }

    public static void assertEveryElementPassed(ProcessEngine engine, String processKey, Collection<String> instanceIds) {
        assertThat(instanceIds).as("instances of %s run by the tests", processKey).isNotEmpty();
        String definitionId = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instanceIds.iterator().next()).singleResult().getProcessDefinitionId();
        Set<String> elements = engine.getRepositoryService().getBpmnModelInstance(definitionId)
                .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).collect(Collectors.toSet());
        Set<String> passed = new HashSet<>();
        for (String instance : instanceIds) {
            engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance).list()
                    .forEach(activity -> passed.add(activity.getActivityId()));
        }
        assertThat(passed).as("elements of %s passed by the tests", processKey).containsAll(elements);
    }
}
