package vn.noivu.bpm.recruitment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code rankCandidates}: ranks every position; a tie across the last place goes to {@code decideTie}. */
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
    }
}
