package vn.noivu.bpm.promotion.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code checkEligibility} (asynchronous): every nominee against the eligibility tables, on the register's facts. */
@Component("promotionCheckEligibility")
@LegacyBeanNames({"checkPromotionEligibility"})
public class CheckEligibility implements JavaDelegate {

    private final PromotionEligibilityCheck eligibility;
    private final PromotionAssessment assessment;

    public CheckEligibility(PromotionEligibilityCheck eligibility, PromotionAssessment assessment) {
        this.eligibility = eligibility;
        this.assessment = assessment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = PromotionProcess.roundCode(execution);
        execution.setVariable(PromotionProcess.ELIGIBLE_SUMMARY, eligibility.check(code));
        execution.setVariables(assessment.ballot(code));
    }
}
