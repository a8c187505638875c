package vn.noivu.bpm.recruitment.process;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.documents.Decree30;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.documents.register.OutgoingDocument;

/** Reading the forms' fields and setting the deadline variables of hiring-dossier, shared by its delegates. */
final class HiringVariables {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private HiringVariables() {
    }

    /** A date field of a Camunda Form (yyyy-MM-dd) or a date variable; a clear 400 when it is missing. */
    static LocalDate date(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        try {
            return value instanceof String text ? LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text)
                    : Deadlines.toLocalDate(value);
        } catch (RuntimeException e) {
            throw new BadUserRequestException(name + ": ngày không hợp lệ (yyyy-MM-dd) / a date is required");
        }
    }

    static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString().trim();
    }

    static boolean flag(DelegateExecution execution, String name) {
        return Boolean.TRUE.equals(execution.getVariable(name));
    }

    static void setDossierDeadline(Hiring hiring, DelegateExecution execution) {
        String number = HiringProcess.applicationNumber(execution);
        execution.setVariable(HiringProcess.DOSSIER_DEADLINE_END, Deadlines.endOfDay(hiring.winner(number).dossierDeadline()));
        execution.setVariable(HiringProcess.DOSSIER_DEADLINE_TEXT, hiring.dossierDeadlineText(number));
    }

    static void setStartDeadline(Hiring hiring, DelegateExecution execution) {
        LocalDate deadline = hiring.startDeadline(HiringProcess.applicationNumber(execution));
        execution.setVariable(HiringProcess.START_DEADLINE_END, Deadlines.endOfDay(deadline));
        execution.setVariable(HiringProcess.START_DEADLINE_TEXT, "hết ngày " + deadline.format(DATE));
    }

    /**
     * The ground, the head's cancellation decision and the note, as the results and the applicant read them: the
     * decision issued through document-issue, or (instances of the earlier model) the number and note the head typed.
     */
    static String cancellationReason(DocumentService documents, DelegateExecution execution, String ground) {
        OutgoingDocument issued = issued(documents, execution, HiringProcess.CANCELLATION_DOCUMENT_ID);
        String note = issued != null ? null : text(execution, HiringProcess.CANCELLATION_NOTE);
        String number = issued != null ? Decree30.numberText(issued.number(), issued.symbol())
                : text(execution, HiringProcess.CANCELLATION_NUMBER);
        return ground + " (quyết định số " + number + ")" + (note == null || note.isEmpty() ? "" : ": " + note);
    }

    /** The document the instance had issued (its register id in {@code idVariable}); null when it has none. */
    static OutgoingDocument issued(DocumentService documents, DelegateExecution execution, String idVariable) {
        Object id = execution.getVariable(idVariable);
        if (id == null) {
            return null;
        }
        long documentId = ((Number) id).longValue();
        return documents.issued(documentId).orElseThrow(() -> new IllegalStateException(
                "Document " + documentId + " of " + idVariable + " is not in the register"));
    }
}
