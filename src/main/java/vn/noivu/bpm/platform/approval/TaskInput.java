package vn.noivu.bpm.platform.approval;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.ModelExpressionBean;

/**
 * A form field whose key a process reuses (a review note written at each return) would open with what was
 * written last time, by someone else. On create the task starts empty; history keeps the earlier value. Used as
 * {@code camunda:expression="${taskInput.fresh(task, 'reviewNote')}"} on the create event.
 */
@ModelExpressionBean
@Component("taskInput")
public class TaskInput {

    public void fresh(DelegateTask task, String variable) {
        task.removeVariable(variable);
    }
}
