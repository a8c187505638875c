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

    public CheckEligibility(PromotionEligibilityCheck eligibility) {
        this.eligibility = eligibility;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(PromotionProcess.ELIGIBLE_SUMMARY, eligibility.check(PromotionProcess.roundCode(execution)));
    }
}
