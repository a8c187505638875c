package vn.noivu.bpm.recruitment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/**
 * {@code rankCandidates}: ranks every position; a tie across the last place goes to {@code decideTie} (a checklist
 * of the tied people, {@code tieOptions}); {@code approveResults} shows the first rows ({@code resultRows}).
 */
@Component("recruitmentRankCandidates")
@LegacyBeanNames("rankCandidates")
public class RankCandidates implements JavaDelegate {

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
        execution.setVariable(RecruitmentProcess.TIE_OPTIONS, FormVariables.json(result.tieOptions()));
        execution.setVariable(RecruitmentProcess.RESULT_ROWS, FormVariables.json(result.resultRows()));
        // A checklist keeps its picks in the variable's own type: a new decision starts from none.
        execution.removeVariable(RecruitmentProcess.SELECTED_APPLICATIONS);
        execution.removeVariable(RecruitmentProcess.SELECTED_APPLICATIONS_TEXT);
    }
}
