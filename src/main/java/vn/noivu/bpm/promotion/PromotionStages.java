package vn.noivu.bpm.promotion;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.approval.FormNumbers;
import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;

/** The service tasks of promotion-round: one delegate each, named for what it does. */
final class PromotionStages {

    private PromotionStages() {
    }

    /** Whether the head must decide a tie, and the summaries the next tasks show. */
    static void expose(DelegateExecution execution, PromotionService.Selected selected) {
        execution.setVariable(PromotionProcess.TIE_TO_DECIDE, selected.tieToDecide());
        execution.setVariable(PromotionProcess.TIE_SUMMARY, selected.tieSummary());
        execution.setVariable(PromotionProcess.RESULTS_SUMMARY, selected.resultsSummary());
    }

    /** {@code openNominations}: the plan is approved; units send their nominations until the filing deadline. */
    @Component("openPromotionNominations")
    static class OpenPromotionNominations implements JavaDelegate {
        private final PromotionRepository rounds;

        OpenPromotionNominations(PromotionRepository rounds) {
            this.rounds = rounds;
        }

        @Override
        public void execute(DelegateExecution execution) {
            rounds.setStatus(PromotionProcess.roundCode(execution), RoundStatus.NHAN_DE_CU);
        }
    }

    /** {@code checkPromotionEligibility}: every nominee against the eligibility table, on the register's facts. */
    @Component("checkPromotionEligibility")
    static class CheckPromotionEligibility implements JavaDelegate {
        private final PromotionService promotion;

        CheckPromotionEligibility(PromotionService promotion) {
            this.promotion = promotion;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(PromotionProcess.ELIGIBLE_SUMMARY,
                    promotion.checkEligibility(PromotionProcess.roundCode(execution)));
        }
    }

    /** {@code applyAssessment}: the meeting's quorum, and the eligible nominees the council did not approve. */
    @Component("applyPromotionAssessment")
    static class ApplyPromotionAssessment implements JavaDelegate {
        private final PromotionService promotion;

        ApplyPromotionAssessment(PromotionService promotion) {
            this.promotion = promotion;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Integer present = FormNumbers.wholeNumber(execution.getVariable(PromotionProcess.MEMBERS_PRESENT),
                    PromotionProcess.MEMBERS_PRESENT, 0, 99);
            Object minutes = execution.getVariable(PromotionProcess.ASSESSMENT_MINUTES);
            if (present == null || !(minutes instanceof String text) || text.isBlank()) {
                throw new BadUserRequestException(PromotionProcess.MEMBERS_PRESENT + " (số) và "
                        + PromotionProcess.ASSESSMENT_MINUTES + " (biên bản) là bắt buộc / are required");
            }
            execution.setVariable(PromotionProcess.MEMBERS_PRESENT, present);
            Object rejectedText = execution.getVariable(PromotionProcess.REJECTED_NOMINEES);
            Set<String> rejected = new java.util.HashSet<>(rejectedText == null ? Set.of() : Arrays.stream(rejectedText.toString()
                    .split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet()));
            Object votes = execution.getVariable(PromotionProcess.ASSESSMENT_VOTES);
            if (votes != null && !votes.toString().isBlank()) {
                rejected.addAll(notCarried(votes.toString(), present));
            }
            execution.setVariable(PromotionProcess.QUORATE, promotion.recordAssessment(PromotionProcess.roundCode(execution),
                    present, rejected, text.trim()));
        }

        /** The nominees whose vote did not carry: a majority of those voting, the chair's side when equal. */
        static Set<String> notCarried(String votes, int present) {
            Set<String> rejected = new java.util.HashSet<>();
            String[] lines = votes.split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] cells = lines[i].split(";");
                try {
                    String citizenId = cells[0].trim();
                    int votesFor = Integer.parseInt(cells[1].trim());
                    int votesAgainst = Integer.parseInt(cells[2].trim());
                    boolean chairFor = cells.length > 3 && cells[3].trim().equalsIgnoreCase("x");
                    if (votesFor < 0 || votesAgainst < 0 || votesFor + votesAgainst > present) {
                        throw new IllegalArgumentException("more votes than members present");
                    }
                    if (!vn.noivu.bpm.exam.Council.carried(votesFor, votesAgainst, chairFor)) {
                        rejected.add(citizenId);
                    }
                } catch (RuntimeException e) {
                    throw new BadUserRequestException(PromotionProcess.ASSESSMENT_VOTES + ": dòng " + (i + 1)
                            + " phải là \"số định danh; số phiếu tán thành; số phiếu không tán thành; x nếu Chủ tịch tán thành\", "
                            + "tổng số phiếu không quá số thành viên dự họp / line " + (i + 1) + " is malformed");
                }
            }
            return rejected;
        }
    }

    /** {@code selectPromotionWinners}: the quota filled in the legal order; a tie across the last place waits. */
    @Component("selectPromotionWinners")
    static class SelectPromotionWinners implements JavaDelegate {
        private final PromotionService promotion;

        SelectPromotionWinners(PromotionService promotion) {
            this.promotion = promotion;
        }

        @Override
        public void execute(DelegateExecution execution) {
            expose(execution, promotion.selectWinners(PromotionProcess.roundCode(execution)));
        }
    }

    /** {@code rankExamCandidates}: promotion by exam, ranked by the shared exam rules of the round. */
    @Component("rankPromotionExam")
    static class RankPromotionExam implements JavaDelegate {
        private final PromotionExams exams;

        RankPromotionExam(PromotionExams exams) {
            this.exams = exams;
        }

        @Override
        public void execute(DelegateExecution execution) {
            expose(execution, exams.rankExam(PromotionProcess.roundCode(execution)));
        }
    }

    /** {@code applyPromotionTieDecision}: the head's choice among the tied nominees (Decree 115/2020 Art. 40(3)). */
    @Component("applyPromotionTieDecision")
    static class ApplyPromotionTieDecision implements JavaDelegate {
        private final PromotionService promotion;

        ApplyPromotionTieDecision(PromotionService promotion) {
            this.promotion = promotion;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Object selected = execution.getVariable(PromotionProcess.SELECTED_NOMINEES);
            promotion.decideTie(PromotionProcess.roundCode(execution), selected == null ? null : selected.toString());
        }
    }

    /** {@code publishPromotionResults}: the results are public; the winners wait for their appointment. */
    @Component("publishPromotionResults")
    static class PublishPromotionResults implements JavaDelegate {
        private final PromotionPublication publication;

        PublishPromotionResults(PromotionPublication publication) {
            this.publication = publication;
        }

        @Override
        public void execute(DelegateExecution execution) {
            publication.publish(PromotionProcess.roundCode(execution));
        }
    }

    /** {@code recordAppointments}: appointed, or deferred while a discipline matter is open. */
    @Component("recordPromotionAppointments")
    static class RecordPromotionAppointments implements JavaDelegate {
        private final PromotionPublication publication;

        RecordPromotionAppointments(PromotionPublication publication) {
            this.publication = publication;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Object decision = execution.getVariable(PromotionProcess.APPOINTMENT_DECISION);
            if (!(decision instanceof String text) || text.isBlank()) {
                throw new BadUserRequestException(PromotionProcess.APPOINTMENT_DECISION
                        + ": số quyết định bổ nhiệm là bắt buộc / required");
            }
            String code = PromotionProcess.roundCode(execution);
            execution.setVariable(PromotionProcess.APPOINTMENTS_DEFERRED, publication.appoint(code, text.trim()));
            execution.setVariable(PromotionProcess.APPOINTMENT_SUMMARY, publication.appointmentSummary(code));
        }
    }

    /**
     * {@code issueAppointments} (create): who is appointed and who waits, read from the register when the task is
     * created, so a review of the deferred sees the latest facts.
     */
    @Component("promotionAppointmentSummary")
    static class PromotionAppointmentSummary implements org.camunda.bpm.engine.delegate.TaskListener {
        private final PromotionPublication publication;

        PromotionAppointmentSummary(PromotionPublication publication) {
            this.publication = publication;
        }

        @Override
        public void notify(org.camunda.bpm.engine.delegate.DelegateTask task) {
            task.getExecution().setVariable(PromotionProcess.APPOINTMENT_SUMMARY,
                    publication.appointmentSummary(PromotionProcess.roundCode(task)));
        }
    }
}
