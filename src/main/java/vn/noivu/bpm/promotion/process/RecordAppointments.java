package vn.noivu.bpm.promotion.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code recordAppointments}: appointed, or deferred while a discipline matter is open. */
@Component("promotionRecordAppointments")
@LegacyBeanNames({"recordPromotionAppointments"})
public class RecordAppointments implements JavaDelegate {

    private final PromotionAppointments appointments;

    public RecordAppointments(PromotionAppointments appointments) {
        this.appointments = appointments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object decision = execution.getVariable(PromotionProcess.APPOINTMENT_DECISION);
        if (!(decision instanceof String text) || text.isBlank()) {
            throw new BadUserRequestException(PromotionProcess.APPOINTMENT_DECISION
                    + ": số quyết định bổ nhiệm là bắt buộc / required");
        }
        String code = PromotionProcess.roundCode(execution);
        execution.setVariable(PromotionProcess.APPOINTMENTS_DEFERRED, appointments.appoint(code, text.trim()));
        execution.setVariable(PromotionProcess.APPOINTMENT_SUMMARY, appointments.summary(code));
    }
}
