package vn.noivu.bpm.recruitment;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.notification.ApplicantNotifications;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;

/** The service tasks of recruitment-round from ranking to publication: one delegate each. */
final class ResultStages {

    private ResultStages() {
    }

    /** {@code rankCandidates}: ranks every position; a tie across the last place goes to {@code decideTie}. */
    @Component("rankCandidates")
    static class RankCandidates implements JavaDelegate {
        private final RoundRanking ranking;

        RankCandidates(RoundRanking ranking) {
            this.ranking = ranking;
        }

        @Override
        public void execute(DelegateExecution execution) {
            RoundRanking.Result result = ranking.rank(RecruitmentProcess.roundCode(execution));
            execution.setVariable(RecruitmentProcess.TIE_TO_DECIDE, result.tieToDecide());
            execution.setVariable(RecruitmentProcess.TIE_SUMMARY, result.tieSummary());
            execution.setVariable(RecruitmentProcess.RESULTS_SUMMARY, result.resultsSummary());
        }
    }

    /**
     * {@code applyTieDecision}: records the head's choice ({@code selectedApplications}, comma-separated numbers);
     * the round is ranked again with it, which may leave a tie further down a shared position's agencies.
     */
    @Component("applyTieDecision")
    static class ApplyTieDecision implements JavaDelegate {
        private final RoundRanking ranking;

        ApplyTieDecision(RoundRanking ranking) {
            this.ranking = ranking;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String selected = (String) execution.getVariable(RecruitmentProcess.SELECTED_APPLICATIONS);
            Set<String> numbers = selected == null ? Set.of() : Arrays.stream(selected.split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
            String head = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
                    ? "system" : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
            ranking.recordDecision(RecruitmentProcess.roundCode(execution), numbers, head);
        }
    }

    /** {@code publishResults}: results are public; every candidate is told; each winner's hiring dossier opens. */
    @Component("publishRecruitmentResults")
    static class PublishRecruitmentResults implements JavaDelegate {
        private final RoundRepository rounds;
        private final ApplicantNotifications notifications;
        private final Hiring hiring;
        private final JdbcTemplate jdbc;

        PublishRecruitmentResults(RoundRepository rounds, ApplicantNotifications notifications, Hiring hiring,
                                  JdbcTemplate jdbc) {
            this.hiring = hiring;
            this.rounds = rounds;
            this.notifications = notifications;
            this.jdbc = jdbc;
        }

        @Override
        public void execute(DelegateExecution execution) {
            RoundRepository.RoundRow round = rounds.find(RecruitmentProcess.roundCode(execution)).orElseThrow();
            rounds.setStatus(round.code(), RoundStatus.DA_CONG_BO_KET_QUA);
            List<ApplicantNotifications.Message> messages = jdbc.query("""
                    SELECT a.application_number, a.email, a.full_name, r.outcome FROM recruitment_application a
                    JOIN recruitment_result r ON r.application_id = a.id
                    WHERE a.round_id = ? AND r.outcome <> 'KHONG_DU_DIEU_KIEN'""",
                    (row, i) -> new ApplicantNotifications.Message(RecruitmentMilestone.RESULT,
                            row.getString("application_number"), row.getString("email"), row.getString("full_name"),
                            round.title(), "TRUNG_TUYEN".equals(row.getString("outcome"))
                                    ? "Ông/Bà trúng tuyển." : "Ông/Bà không trúng tuyển.", null), round.id());
            notifications.record(messages);
            execution.setVariable(RecruitmentProcess.WINNERS_OFFERED, hiring.offerToWinners(round) > 0);
        }
    }
}
