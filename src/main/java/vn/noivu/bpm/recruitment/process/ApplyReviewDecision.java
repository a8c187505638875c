package vn.noivu.bpm.recruitment.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code applyReviewDecision}: the council's decision on re-marked scores that moved by the threshold or more. */
@Component("recruitmentApplyReviewDecision")
@LegacyBeanNames("applyReviewDecision")
public class ApplyReviewDecision implements JavaDelegate {

    private final ReviewRequests reviews;

    ApplyReviewDecision(ReviewRequests reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object decision = execution.getVariable(RecruitmentProcess.REVIEW_DECISION);
        Object minutes = execution.getVariable(RecruitmentProcess.REVIEW_MINUTES);
        if (!RecruitmentProcess.ADOPT_REVIEW_SCORES.equals(decision) && !RecruitmentProcess.KEEP_PUBLISHED_SCORES.equals(decision)
                || !(minutes instanceof String text) || text.isBlank()) {
            throw new BadUserRequestException(RecruitmentProcess.REVIEW_DECISION + " ("
                    + RecruitmentProcess.ADOPT_REVIEW_SCORES + " hoặc " + RecruitmentProcess.KEEP_PUBLISHED_SCORES + ") và "
                    + RecruitmentProcess.REVIEW_MINUTES + " (biên bản đối thoại) là bắt buộc / are required");
        }
        reviews.decide(RecruitmentProcess.roundCode(execution), RecruitmentProcess.ADOPT_REVIEW_SCORES.equals(decision),
                text.trim());
    }
}
