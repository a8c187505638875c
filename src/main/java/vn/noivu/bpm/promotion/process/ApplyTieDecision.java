package vn.noivu.bpm.promotion.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code applyTieDecision}: the head's choice among the tied nominees (Decree 115/2020 Art. 40(3)). */
@Component("promotionApplyTieDecision")
@LegacyBeanNames({"applyPromotionTieDecision"})
public class ApplyTieDecision implements JavaDelegate {

    private final PromotionSelection selection;

    public ApplyTieDecision(PromotionSelection selection) {
        this.selection = selection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object selected = execution.getVariable(PromotionProcess.SELECTED_NOMINEES);
        selection.decideTie(PromotionProcess.roundCode(execution), selected == null ? null : selected.toString());
    }
}
