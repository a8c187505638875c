package vn.noivu.bpm.promotion.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code prepareAppointments}: who is appointed now and who waits, read from the register, so the decision the round
 * issues next (promotion-rank-decision or promotion-title-decision, by {@code staffType}) names exactly the winners
 * appointable today. The previous decision's outputs are removed: each pass of the deferred loop issues its own.
 */
@Component("promotionPrepareAppointments")
public class PrepareAppointments implements JavaDelegate {

    private final PromotionAppointments appointments;

    public PrepareAppointments(PromotionAppointments appointments) {
        this.appointments = appointments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PromotionAppointments.Prepared prepared = appointments.prepare(PromotionProcess.roundCode(execution));
        execution.setVariable(PromotionProcess.STAFF_TYPE, prepared.staffType());
        execution.setVariable(PromotionProcess.APPOINTEES_NOW, prepared.appointeesNow());
        execution.setVariable(PromotionProcess.APPOINTMENT_SUMMARY, prepared.summary());
        execution.removeVariable(PromotionProcess.APPOINTMENT_DOCUMENT_ID);
        execution.removeVariable(PromotionProcess.APPOINTMENT_DOCUMENT_NUMBER);
    }
}
