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

    public RankExamCandidates(PromotionExams exams) {
        this.exams = exams;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PromotionProcess.expose(execution, exams.rank(PromotionProcess.roundCode(execution)));
    }
}
