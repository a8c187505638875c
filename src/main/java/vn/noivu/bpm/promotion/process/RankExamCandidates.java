package vn.noivu.bpm.promotion.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code rankExamCandidates} (asynchronous): promotion by exam, ranked by the shared exam rules of the round. */
@Component("promotionRankExamCandidates")
@LegacyBeanNames({"rankPromotionExam"})
public class RankExamCandidates implements JavaDelegate {

    private final PromotionExams exams;
    private final RankedView view;

    public RankExamCandidates(PromotionExams exams, RankedView view) {
        this.exams = exams;
        this.view = view;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = PromotionProcess.roundCode(execution);
        PromotionSelection.Selected selected = exams.rank(code);
        PromotionProcess.expose(execution, selected);
        execution.setVariables(view.variables(code, selected.resultsSummary()));
    }
}
