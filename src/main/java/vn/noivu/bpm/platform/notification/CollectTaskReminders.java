package vn.noivu.bpm.platform.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Service task {@code collectTaskReminders} of deadline-notifications.bpmn. */
@Component("collectTaskReminders")
public class CollectTaskReminders implements JavaDelegate {

    private final TaskReminders reminders;

    public CollectTaskReminders(TaskReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // The engine's clock, so tests and the engine agree on "now".
        execution.setVariable("recorded", reminders.collect(ClockUtil.getCurrentTime().toInstant()));
    }
}
