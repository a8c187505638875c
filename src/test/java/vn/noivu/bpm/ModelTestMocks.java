package vn.noivu.bpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * What the in-memory model tests share: delegates mocked by bean name, each call recorded; the shared document-issue
 * process mocked (each document gets the next number); and the elements the tests passed, checked against the model
 * once for the class (the engine's extension removes the deployment and its history before @AfterEach, so each test
 * records its own).
 */
public final class ModelTestMocks {

    private final List<String> calls;

    /** {@code calls}: where every mocked delegate's bean name is added when it runs. */
    public ModelTestMocks(List<String> calls) {
        this.calls = calls;
    }

    public void delegate(String bean, JavaDelegate body) {
        Mocks.register(bean, (JavaDelegate) execution -> {
            calls.add(bean);
            body.execute(execution);
        });
    }

    /** document-issue's delegates: {@code issued} gets {@code entry} of each document, numbered "Số: 0n/symbol". */
    public void documentIssue(List<String> issued, Function<DelegateExecution, String> entry, String symbol) {
        Mocks.register("documentsDescribeDocument", (ExecutionListener) e -> { });
        delegate("documentsIssueDocument", e -> {
            issued.add(entry.apply(e));
            e.setVariable("documentId", (long) issued.size());
            e.setVariable("documentNumber", "Số: 0" + issued.size() + "/" + symbol);
        });
    }

    /** Adds the elements the test's instances passed (call before the test ends). */
    public static void recordPassed(Set<String> passed) {
        historyService().createHistoricActivityInstanceQuery().list().forEach(a -> passed.add(a.getActivityId()));
    }

    /** The tests of a class passed, together, every element of the model (a classpath resource). */
    public static void assertEveryElementPassed(String model, String processKey, Set<String> passed) {
        Set<String> elements = Bpmn.readModelFromStream(ModelTestMocks.class.getClassLoader().getResourceAsStream(model))
                .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).collect(Collectors.toSet());
        assertThat(passed).as("elements of %s passed by the tests", processKey).containsAll(elements);
    }
}
