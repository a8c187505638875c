package vn.noivu.bpm.recruitment;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.platform.notification.ApplicantNotifications;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;

/** The service tasks of recruitment-round up to the exams: one delegate each, named for what it does. */
final class RoundStages {

    private RoundStages() {
    }

    /** {@code publishNotice}: the plan is approved, the notice is out, applications are accepted. */
    @Component("publishRecruitmentNotice")
    static class PublishRecruitmentNotice implements JavaDelegate {
        private final RoundRepository rounds;

        PublishRecruitmentNotice(RoundRepository rounds) {
            this.rounds = rounds;
        }

        @Override
        public void execute(DelegateExecution execution) {
            rounds.setStatus(RecruitmentProcess.roundCode(execution), RoundStatus.DANG_NHAN_HO_SO);
        }
    }

    /** {@code checkEligibility}: every application against the eligibility rule table. */
    @Component("checkRecruitmentEligibility")
    static class CheckRecruitmentEligibility implements JavaDelegate {
        private final RoundRepository rounds;
        private final EligibilityCheck eligibility;

        CheckRecruitmentEligibility(RoundRepository rounds, EligibilityCheck eligibility) {
            this.rounds = rounds;
            this.eligibility = eligibility;
        }

        @Override
        public void execute(DelegateExecution execution) {
            rounds.setStatus(RecruitmentProcess.roundCode(execution), RoundStatus.XET_DIEU_KIEN);
            execution.setVariable(RecruitmentProcess.ELIGIBLE_SUMMARY, eligibility.checkRound(RecruitmentProcess.roundCode(execution)).text());
        }
    }

    /** {@code publishEligibleList}: applicants learn whether they are eligible (with the reason), the exams begin. */
    @Component("publishEligibleList")
    static class PublishEligibleList implements JavaDelegate {
        private final RoundRepository rounds;
        private final ApplicationRepository applications;
        private final ApplicantNotifications notifications;

        PublishEligibleList(RoundRepository rounds, ApplicationRepository applications,
                            ApplicantNotifications notifications) {
            this.rounds = rounds;
            this.applications = applications;
            this.notifications = notifications;
        }

        @Override
        public void execute(DelegateExecution execution) {
            RoundRepository.RoundRow round = rounds.find(RecruitmentProcess.roundCode(execution)).orElseThrow();
            List<ApplicantNotifications.Message> messages = applications.ofRound(round.id()).stream()
                    .map(a -> new ApplicantNotifications.Message(
                            "DU_DIEU_KIEN".equals(a.status()) ? RecruitmentMilestone.ELIGIBLE : RecruitmentMilestone.INELIGIBLE,
                            a.applicationNumber(), a.email(), a.fullName(), round.title(), a.ineligibilityReason(), null))
                    .toList();
            notifications.record(messages);
            boolean hasRound1 = Boolean.TRUE.equals(execution.getVariable(RecruitmentProcess.HAS_ROUND_1));
            rounds.setStatus(round.code(), hasRound1 ? RoundStatus.THI_VONG_1 : RoundStatus.THI_VONG_2);
        }
    }

    /** {@code openReviewWindow}: paper written exam results are out; review requests for the rule table's period. */
    @Component("openReviewWindow")
    static class OpenReviewWindow implements JavaDelegate {
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
            RoundRepository.RoundRow round = rounds.find(RecruitmentProcess.roundCode(execution)).orElseThrow();
            java.util.Date windowEnd = deadlines.workingDays(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime(),
                    reviews.rules(round).windowWorkingDays());
            rounds.openReviewWindow(round.code(), windowEnd);
            execution.setVariable(RecruitmentProcess.REVIEW_WINDOW_END, windowEnd);
        }
    }

    /** {@code closeReviewWindow}: late requests are refused from now on; are there any to re-mark? */
    @Component("closeReviewWindow")
    static class CloseReviewWindow implements JavaDelegate {
        private final RoundRepository rounds;
        private final ReviewRequests reviews;

        CloseReviewWindow(RoundRepository rounds, ReviewRequests reviews) {
            this.rounds = rounds;
            this.reviews = reviews;
        }

        @Override
        public void execute(DelegateExecution execution) {
            rounds.closeReviewWindow(RecruitmentProcess.roundCode(execution),
                    org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime());
            execution.setVariable(RecruitmentProcess.REVIEW_REQUESTED,
                    reviews.count(RecruitmentProcess.roundCode(execution)) > 0);
        }
    }

    /** {@code applyReviewDecision}: the council's decision on re-marked scores that moved by the threshold or more. */
    @Component("applyReviewDecision")
    static class ApplyReviewDecision implements JavaDelegate {
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
                throw new org.camunda.bpm.engine.BadUserRequestException(RecruitmentProcess.REVIEW_DECISION + " ("
                        + RecruitmentProcess.ADOPT_REVIEW_SCORES + " hoặc " + RecruitmentProcess.KEEP_PUBLISHED_SCORES + ") và "
                        + RecruitmentProcess.REVIEW_MINUTES + " (biên bản đối thoại) là bắt buộc / are required");
            }
            reviews.decide(RecruitmentProcess.roundCode(execution), RecruitmentProcess.ADOPT_REVIEW_SCORES.equals(decision),
                    text.trim());
        }
    }
}
