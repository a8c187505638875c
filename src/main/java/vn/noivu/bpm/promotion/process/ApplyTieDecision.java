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
    private final RankedView view;

    public ApplyTieDecision(PromotionSelection selection, RankedView view) {
        this.selection = selection;
        this.view = view;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = PromotionProcess.roundCode(execution);
        selection.decideTie(code, execution.getVariable(PromotionProcess.SELECTED_NOMINEES));
        execution.setVariables(view.variables(code, "Kết quả theo quyết định của người đứng đầu khi bằng nhau."));
    }
}
