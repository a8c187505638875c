package vn.noivu.bpm.promotion.process;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.documents.Decree30;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.documents.register.OutgoingDocument;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/**
 * {@code recordAppointments}: appointed, or deferred while a discipline matter is open. The decision is the one
 * document-issue has just issued (its register id: number, date and id are recorded for each appointee), in the
 * signer's transaction, so the people appointed are exactly those the decision names. Rounds started before the
 * decision was issued here bring the number the head typed at {@code issueAppointments}. A pass with nobody to
 * appoint (only deferred winners, or none) records the deferrals without a decision.
 */
@Component("promotionRecordAppointments")
@LegacyBeanNames({"recordPromotionAppointments"})
public class RecordAppointments implements JavaDelegate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PromotionAppointments appointments;
    private final DocumentService documents;

    public RecordAppointments(PromotionAppointments appointments, DocumentService documents) {
        this.appointments = appointments;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = PromotionProcess.roundCode(execution);
        String decision = null;
        Long documentId = null;
        if (execution.getVariable(PromotionProcess.APPOINTMENT_DOCUMENT_ID) instanceof Number id) {
            OutgoingDocument issued = documents.issued(id.longValue()).orElseThrow(() -> new IllegalStateException(
                    "Appointment decision " + id + " of round " + code + " is not in the register"));
            documentId = issued.id();
            decision = Decree30.numberText(issued.number(), issued.symbol()) + " ngày " + DAY.format(issued.issuedOn());
        } else if (execution.hasVariable(PromotionProcess.APPOINTMENT_DECISION)) {
            Object typed = execution.getVariable(PromotionProcess.APPOINTMENT_DECISION);
            if (!(typed instanceof String text) || text.isBlank()) {
                throw new BadUserRequestException(PromotionProcess.APPOINTMENT_DECISION
                        + ": số quyết định bổ nhiệm là bắt buộc / required");
            }
            decision = text.trim();
        } else if (!execution.hasVariable(PromotionProcess.APPOINTEES_NOW)) {
            // A round of the earlier version at issueAppointments, completed without the number.
            throw new BadUserRequestException(PromotionProcess.APPOINTMENT_DECISION
                    + ": số quyết định bổ nhiệm là bắt buộc / required");
        }
        execution.setVariable(PromotionProcess.APPOINTMENTS_DEFERRED, appointments.appoint(code, decision, documentId));
        execution.setVariable(PromotionProcess.APPOINTMENT_SUMMARY, appointments.summary(code));
    }
}
