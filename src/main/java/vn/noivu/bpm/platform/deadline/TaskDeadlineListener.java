package vn.noivu.bpm.platform.deadline;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.calendar.Deadlines;

/**
 * Gives every user task its legal due date when it is created, and a follow-up date on the working day before.
 * The period of each step (days, working or calendar days, citation) comes from decision tables a designer
 * changes in Modeler, with rows keyed by process key and task id: first each procedure's own table, any decision
 * whose key ends in {@value #PROCEDURE_SUFFIX} (by convention {@code bpmn/<procedure>/<procedure>-task-deadlines.dmn}),
 * then the platform's {@value #DECISION_KEY} (bpmn/platform/task-deadlines.dmn) with the default row.
 * A task whose model sets {@code camunda:dueDate} keeps it; a process started with a {@value #DUE_DATE_INPUT}
 * (a Date, e.g. the legal deadline a caller passes to a shared process such as document-issue) gives it to its
 * tasks instead of the table's period.
 */
@Component
public class TaskDeadlineListener implements TaskListener {

    public static final String DECISION_KEY = "task-deadline";
    /** The end of the key of a procedure's own table, e.g. {@code recruitment-task-deadline}. */
    public static final String PROCEDURE_SUFFIX = "-" + DECISION_KEY;
    /** Task-local variable with the legal basis of the due date, shown with the task. */
    public static final String CITATION_VARIABLE = "dueDateBasis";
    /** Variable of a process instance: the due date of its tasks, when its caller knows the legal deadline. */
    public static final String DUE_DATE_INPUT = "dueDate";

    private final Deadlines deadlines;

    public TaskDeadlineListener(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getDueDate() != null) {
            if (task.getFollowUpDate() == null) {
                task.setFollowUpDate(deadlines.followUp(task.getDueDate()));
            }
            return;
        }
        if (task.getExecution() != null && task.getExecution().getVariable(DUE_DATE_INPUT) instanceof Date given) {
            task.setDueDate(given);
            task.setFollowUpDate(deadlines.followUp(given));
            return;
        }
        // Process definition ids are "key:version:id" and keys cannot contain ':'.
        String processKey = task.getProcessDefinitionId().split(":", 2)[0];
        Map<String, Object> inputs = Map.of(
                "processDefinitionKey", processKey,
                "taskDefinitionKey", task.getTaskDefinitionKey());
        // Looking up the period is the system's work, not the user's whose action created the task.
        DmnDecisionRuleResult period = Context.getCommandContext().runWithoutAuthorization(() ->
                period(task.getProcessEngineServices(), inputs));
        if (period == null) {
            return;
        }
        Number days = period.getEntry("days");
        String unit = period.getEntry("unit");
        Date due = deadlines.period(task.getCreateTime(), days.intValue(), unit);
        task.setDueDate(due);
        task.setFollowUpDate(deadlines.followUp(due));
        task.setVariableLocal(CITATION_VARIABLE, period.getEntry("citation"));
    }

    private static DmnDecisionRuleResult period(ProcessEngineServices engine, Map<String, Object> inputs) {
        List<String> tables = engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKeyLike("%" + PROCEDURE_SUFFIX).latestVersion().list().stream()
                .map(DecisionDefinition::getKey).filter(key -> key.endsWith(PROCEDURE_SUFFIX)).sorted().toList();
        for (String key : tables) {
            DmnDecisionRuleResult row = engine.getDecisionService().evaluateDecisionTableByKey(key, inputs)
                    .getFirstResult();
            if (row != null) {
                return row;
            }
        }
        return engine.getDecisionService().evaluateDecisionTableByKey(DECISION_KEY, inputs).getFirstResult();
    }
}
