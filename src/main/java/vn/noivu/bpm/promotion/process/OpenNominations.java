package vn.noivu.bpm.promotion.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code openNominations}: the plan is approved; units send their nominations until the filing deadline. */
@Component("promotionOpenNominations")
@LegacyBeanNames({"openPromotionNominations"})
public class OpenNominations implements JavaDelegate {

    private final PromotionNominations nominations;

    public OpenNominations(PromotionNominations nominations) {
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        nominations.open(PromotionProcess.roundCode(execution));
    }
}
