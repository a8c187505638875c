package vn.noivu.bpm.recruitment.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;
import vn.noivu.bpm.platform.notification.ApplicantNotifications;
import vn.noivu.bpm.recruitment.RecruitmentMilestone;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ApplicationStatus;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.persistence.ApplicationRepository;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;

/** {@code publishEligibleList}: applicants learn whether they are eligible (with the reason), the exams begin. */
@Component("recruitmentPublishEligibleList")
@LegacyBeanNames("publishEligibleList")
public class PublishEligibleList implements JavaDelegate {

    private final RoundRepository rounds;
    private final ApplicationRepository applications;
    private final ApplicantNotifications notifications;

    PublishEligibleList(RoundRepository rounds, ApplicationRepository applications, ApplicantNotifications notifications) {
        this.rounds = rounds;
        this.applications = applications;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RoundRow round = rounds.find(RecruitmentProcess.roundCode(execution)).orElseThrow();
        List<ApplicantNotifications.Message> messages = applications.ofRound(round.id()).stream()
                .map(a -> new ApplicantNotifications.Message(
                        ApplicationStatus.DU_DIEU_KIEN.name().equals(a.status())
                                ? RecruitmentMilestone.ELIGIBLE : RecruitmentMilestone.INELIGIBLE,
                        a.applicationNumber(), a.email(), a.fullName(), round.title(), a.ineligibilityReason(), null))
                .toList();
        notifications.record(messages);
        boolean hasRound1 = Boolean.TRUE.equals(execution.getVariable(RecruitmentProcess.HAS_ROUND_1));
        rounds.setStatus(round.code(), hasRound1 ? RoundStatus.THI_VONG_1 : RoundStatus.THI_VONG_2);
    }
}
