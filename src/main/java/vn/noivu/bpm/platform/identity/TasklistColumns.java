package vn.noivu.bpm.platform.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * What the Tasklist's filters show under each task ({@link TasklistFilters}): a copy of a few process variables
 * (the round's code and title, the candidate, the dossier) as task variables, made when the task is created.
 * A task worker may read the task's own variables, not the process instance's, and the Tasklist reads the
 * columns with the worker's rights. The copies have their own names, so nothing a form submits lands in them.
 */
@Component
public class TasklistColumns extends AbstractProcessEnginePlugin implements TaskListener {

    /** Process variable, its copy on the task and the column's label. */
    record Column(String processVariable, String taskVariable, String label) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("roundCode", "tasklistRoundCode", "Mã kỳ"),
            new Column("roundTitle", "tasklistRoundTitle", "Tên kỳ"),
            new Column("candidateName", "tasklistCandidate", "Người trúng tuyển"),
            new Column("dossierTitle", "tasklistDossier", "Trích yếu hồ sơ"));

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener listener = this;
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            }
        });
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> copies = new LinkedHashMap<>();
        for (Column column : COLUMNS) {
            Object value = task.getVariable(column.processVariable());
            if (value instanceof String text && !text.isBlank()) {
                copies.put(column.taskVariable(), text);
            }
        }
        task.setVariablesLocal(copies);
    }
}
