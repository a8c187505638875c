package vn.noivu.bpm.recruitment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;

/** {@code closeReviewWindow}: late requests are refused from now on; are there any to re-mark? */
@Component("recruitmentCloseReviewWindow")
@LegacyBeanNames("closeReviewWindow")
public class CloseReviewWindow implements JavaDelegate {

    private final RoundRepository rounds;
    private final ReviewRequests reviews;

    CloseReviewWindow(RoundRepository rounds, ReviewRequests reviews) {
        this.rounds = rounds;
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.closeReviewWindow(RecruitmentProcess.roundCode(execution), ClockUtil.getCurrentTime());
        execution.setVariable(RecruitmentProcess.REVIEW_REQUESTED,
                reviews.count(RecruitmentProcess.roundCode(execution)) > 0);
    }
}
