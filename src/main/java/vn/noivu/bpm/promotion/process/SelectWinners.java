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

    public SelectWinners(PromotionSelection selection) {
        this.selection = selection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PromotionProcess.expose(execution, selection.selectWinners(PromotionProcess.roundCode(execution)));
    }
}
