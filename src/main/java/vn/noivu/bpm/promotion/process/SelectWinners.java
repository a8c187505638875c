package vn.noivu.bpm.promotion.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code selectWinners} (asynchronous): the quota filled in the legal order; a tie across the last place waits. */
@Component("promotionSelectWinners")
@LegacyBeanNames({"selectPromotionWinners"})
public class SelectWinners implements JavaDelegate {

    private final PromotionSelection selection;
    private final RankedView view;

    public SelectWinners(PromotionSelection selection, RankedView view) {
        this.selection = selection;
        this.view = view;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = PromotionProcess.roundCode(execution);
        PromotionSelection.Selected selected = selection.selectWinners(code);
        PromotionProcess.expose(execution, selected);
        execution.setVariables(view.variables(code, selected.resultsSummary()));
    }
}
