package vn.noivu.bpm.promotion.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/**
 * {@code issueAppointments}, task listener on create: who is appointed and who waits, read from the register when
 * the task is created, so a review of the deferred sees the latest facts. Only rounds started on the model version
 * before the decision was issued through document-issue still have this task (the head types the number there);
 * later versions run {@link PrepareAppointments} and call document-issue instead.
 */
@Component("promotionIssueAppointments")
@LegacyBeanNames({"promotionAppointmentSummary"})
public class IssueAppointments implements TaskListener {

    private final PromotionAppointments appointments;

    public IssueAppointments(PromotionAppointments appointments) {
        this.appointments = appointments;
    }

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().setVariable(PromotionProcess.APPOINTMENT_SUMMARY,
                appointments.summary(PromotionProcess.roundCode(task)));
    }
}
