package vn.noivu.bpm.recruitment.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;

/** {@code openReviewWindow}: paper written exam results are out; review requests for the rule table's period. */
@Component("recruitmentOpenReviewWindow")
@LegacyBeanNames("openReviewWindow")
public class OpenReviewWindow implements JavaDelegate {

    private final RoundRepository rounds;
    private final ReviewRequests reviews;
    private final Deadlines deadlines;

    OpenReviewWindow(RoundRepository rounds, ReviewRequests reviews, Deadlines deadlines) {
        this.rounds = rounds;
        this.reviews = reviews;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RoundRow round = rounds.find(RecruitmentProcess.roundCode(execution)).orElseThrow();
        Date windowEnd = deadlines.workingDays(ClockUtil.getCurrentTime(), reviews.rules(round).windowWorkingDays());
        rounds.openReviewWindow(round.code(), windowEnd);
        execution.setVariable(RecruitmentProcess.REVIEW_WINDOW_END, windowEnd);
    }
}
