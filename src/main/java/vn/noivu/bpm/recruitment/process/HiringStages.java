package vn.noivu.bpm.recruitment.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.platform.approval.FormNumbers;

/** The service tasks of hiring-dossier: one delegate each, named for what it does. */
final class HiringStages {

    private HiringStages() {
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

    /** {@code openHiringDossier}: the dossier period, from the publication or from the notice's receipt. */
    @Component("openHiringDossier")
    static class OpenHiringDossier implements JavaDelegate {
        private final Hiring hiring;

        OpenHiringDossier(Hiring hiring) {
            this.hiring = hiring;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String number = HiringProcess.applicationNumber(execution);
            boolean receiptNeeded = hiring.openDossier(number);
            execution.setVariable(HiringProcess.NOTICE_RECEIPT_NEEDED, receiptNeeded);
            execution.setVariable(HiringProcess.REQUIRED_DOCUMENTS, hiring.requiredDocuments(hiring.winner(number)));
            if (!receiptNeeded) {
                setDeadlineVariables(hiring, execution);
            }
        }
    }

    static void setDeadlineVariables(Hiring hiring, DelegateExecution execution) {
        String number = HiringProcess.applicationNumber(execution);
        execution.setVariable(HiringProcess.DOSSIER_DEADLINE_END, Deadlines.endOfDay(hiring.winner(number).dossierDeadline()));
        execution.setVariable(HiringProcess.DOSSIER_DEADLINE_TEXT, hiring.dossierDeadlineText(number));
    }

    /** {@code setDossierDeadline}: public employees' dossier period runs from the day they received the notice. */
    @Component("setDossierDeadline")
    static class SetDossierDeadline implements JavaDelegate {
        private final Hiring hiring;

        SetDossierDeadline(Hiring hiring) {
            this.hiring = hiring;
        }

        @Override
        public void execute(DelegateExecution execution) {
            hiring.noticeReceived(HiringProcess.applicationNumber(execution), date(execution, HiringProcess.NOTICE_RECEIVED_ON));
            setDeadlineVariables(hiring, execution);
        }
    }

    /** {@code scheduleRecruitmentDecision}: the dossier is complete; the decision is due within the legal period. */
    @Component("scheduleRecruitmentDecision")
    static class ScheduleRecruitmentDecision implements JavaDelegate {
        private final Hiring hiring;

        ScheduleRecruitmentDecision(Hiring hiring) {
            this.hiring = hiring;
        }

        @Override
        public void execute(DelegateExecution execution) {
            List<String> documents = new ArrayList<>();
            if (flag(execution, HiringProcess.DOC_DIPLOMAS)) {
                documents.add("văn bằng, chứng chỉ");
            }
            if (flag(execution, HiringProcess.DOC_PRIORITY_PROOF)) {
                documents.add("giấy tờ ưu tiên");
            }
            if (flag(execution, HiringProcess.DOC_JUDICIAL_RECORD)) {
                documents.add("Phiếu lý lịch tư pháp số 1");
            }
            String summary = "Đã nhận: " + (documents.isEmpty() ? "(không ghi)" : String.join("; ", documents))
                    + (text(execution, HiringProcess.DOSSIER_NOTE) == null ? "" : ". " + text(execution, HiringProcess.DOSSIER_NOTE));
            LocalDate due = hiring.dossierCompleted(HiringProcess.applicationNumber(execution), summary);
            execution.setVariable(HiringProcess.DOSSIER_SUMMARY, summary);
            execution.setVariable(HiringProcess.DECISION_DUE, Deadlines.endOfDay(due));
        }
    }

    /** {@code recordRecruitmentDecision}: the decision, the start-of-work period, the recruit told. */
    @Component("recordRecruitmentDecision")
    static class RecordRecruitmentDecision implements JavaDelegate {
        private final Hiring hiring;

        RecordRecruitmentDecision(Hiring hiring) {
            this.hiring = hiring;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String decisionNumber = text(execution, HiringProcess.DECISION_NUMBER);
            if (decisionNumber == null || decisionNumber.isEmpty()) {
                throw new BadUserRequestException(HiringProcess.DECISION_NUMBER + ": số quyết định là bắt buộc / required");
            }
            String number = HiringProcess.applicationNumber(execution);
            boolean request = hiring.decisionIssued(number, decisionNumber, date(execution, HiringProcess.DECISION_DATE));
            execution.setVariable(HiringProcess.CRIMINAL_RECORD_REQUEST, request);
            startVariables(hiring, execution);
        }
    }

    static void startVariables(Hiring hiring, DelegateExecution execution) {
        LocalDate deadline = hiring.startDeadline(HiringProcess.applicationNumber(execution));
        execution.setVariable(HiringProcess.START_DEADLINE_END, Deadlines.endOfDay(deadline));
        execution.setVariable(HiringProcess.START_DEADLINE_TEXT, "hết ngày " + deadline.format(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    /** {@code extendStartDeadline}: the head's decision on a requested extension of the start of work. */
    @Component("extendStartDeadline")
    static class ExtendStartDeadline implements JavaDelegate {
        private final Hiring hiring;

        ExtendStartDeadline(Hiring hiring) {
            this.hiring = hiring;
        }

        @Override
        public void execute(DelegateExecution execution) {
            if (flag(execution, "approved")) {
                LocalDate until = date(execution, HiringProcess.EXTENSION_UNTIL);
                if (!until.isAfter(hiring.startDeadline(HiringProcess.applicationNumber(execution)))) {
                    throw new BadUserRequestException(HiringProcess.EXTENSION_UNTIL
                            + ": ngày gia hạn phải sau hạn nhận việc hiện tại / must be after the current deadline");
                }
                hiring.extendStart(HiringProcess.applicationNumber(execution), until);
                startVariables(hiring, execution);
            }
        }
    }

    /** {@code completeHiring}: the recruit started work; public employees' probation is set. */
    @Component("completeHiring")
    static class CompleteHiring implements JavaDelegate {
        private final Hiring hiring;

        CompleteHiring(Hiring hiring) {
            this.hiring = hiring;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Integer prior = FormNumbers.wholeNumber(execution.getVariable(HiringProcess.PRIOR_INSURED_MONTHS),
                    HiringProcess.PRIOR_INSURED_MONTHS, 0, 600);
            hiring.started(HiringProcess.applicationNumber(execution), date(execution, HiringProcess.STARTED_ON),
                    flag(execution, HiringProcess.PHYSICIAN_TITLE), prior == null ? 0 : prior,
                    execution.getProcessInstanceId());
        }
    }

    /** The ground, the head's cancellation decision and the note, as the results and the applicant read them. */
    static String cancellationReason(DelegateExecution execution, String ground) {
        String note = text(execution, HiringProcess.CANCELLATION_NOTE);
        return ground + " (quyết định số " + text(execution, HiringProcess.CANCELLATION_NUMBER) + ")"
                + (note == null || note.isEmpty() ? "" : ": " + note);
    }

    /** {@code cancelHiringResult}: dossier incomplete at the deadline, or fraud (which also bars the next round). */
    @Component("cancelHiringResult")
    static class CancelHiringResult implements JavaDelegate {
        private final Hiring hiring;

        CancelHiringResult(Hiring hiring) {
            this.hiring = hiring;
        }

        @Override
        public void execute(DelegateExecution execution) {
            boolean fraud = flag(execution, HiringProcess.FRAUD_FOUND);
            String reason = cancellationReason(execution, fraud ? "Gian lận trong kê khai, văn bằng, chứng chỉ"
                    : "Không hoàn thiện đủ hồ sơ trong thời hạn");
            hiring.cancel(HiringProcess.applicationNumber(execution), false, fraud, reason);
        }
    }

    /** {@code cancelHiringDecision}: no-show by the deadline, or a criminal record that excludes the recruit. */
    @Component("cancelHiringDecision")
    static class CancelHiringDecision implements JavaDelegate {
        private final Hiring hiring;

        CancelHiringDecision(Hiring hiring) {
            this.hiring = hiring;
        }

        @Override
        public void execute(DelegateExecution execution) {
            boolean record = HiringProcess.CRIMINAL_RECORD_DISQUALIFIES.equals(
                    execution.getVariable(HiringProcess.CRIMINAL_RECORD_RESULT));
            String reason = cancellationReason(execution, record
                    ? "Phiếu lý lịch tư pháp thuộc trường hợp không được tuyển dụng" : "Không đến nhận việc trong thời hạn");
            hiring.cancel(HiringProcess.applicationNumber(execution), true, false, reason);
        }
    }

    /** {@code findNextRanked}: the place goes to the candidate immediately below; a tie goes to the head. */
    @Component("findNextRanked")
    static class FindNextRanked implements JavaDelegate {
        private final Hiring hiring;

        FindNextRanked(Hiring hiring) {
            this.hiring = hiring;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String vacated = HiringProcess.applicationNumber(execution);
            Hiring.NextRanked next = hiring.nextRanked(vacated);
            boolean tie = next.applicationNumbers().size() > 1;
            execution.setVariable(HiringProcess.REPLACEMENT_TIE, tie);
            execution.setVariable(HiringProcess.TIE_SUMMARY, next.summary());
            if (next.applicationNumbers().size() == 1) {
                hiring.offerVacatedPlace(vacated, next.applicationNumbers().get(0), execution.getProcessInstanceId());
            } else if (!tie) {
                hiring.progress(hiring.winner(vacated).round(), execution.getProcessInstanceId());
            }
        }
    }

    /** {@code offerPlaceToSelected}: the head chose among tied next-ranked candidates. */
    @Component("offerPlaceToSelected")
    static class OfferPlaceToSelected implements JavaDelegate {
        private final Hiring hiring;

        OfferPlaceToSelected(Hiring hiring) {
            this.hiring = hiring;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String vacated = HiringProcess.applicationNumber(execution);
            String chosen = hiring.selected(vacated, text(execution, HiringProcess.SELECTED_APPLICATIONS));
            hiring.offerVacatedPlace(vacated, chosen, execution.getProcessInstanceId());
        }
    }
}
