package vn.noivu.bpm.recruitment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;

/** {@code checkEligibility}: every application of the round against the eligibility rule table. */
@Component("recruitmentCheckEligibility")
@LegacyBeanNames("checkRecruitmentEligibility")
public class CheckEligibility implements JavaDelegate {

    private final RoundRepository rounds;
    private final EligibilityCheck eligibility;

    CheckEligibility(RoundRepository rounds, EligibilityCheck eligibility) {
        this.rounds = rounds;
        this.eligibility = eligibility;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.setStatus(RecruitmentProcess.roundCode(execution), RoundStatus.XET_DIEU_KIEN);
        EligibilityCheck.Summary summary = eligibility.checkRound(RecruitmentProcess.roundCode(execution));
        execution.setVariable(RecruitmentProcess.ELIGIBLE_SUMMARY, summary.text());
        execution.setVariable(RecruitmentProcess.ELIGIBLE_ROWS, FormVariables.json(summary.rows()));
    }
}
