package vn.noivu.bpm.recruitment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;
import vn.noivu.bpm.platform.notification.ApplicantNotifications;
import vn.noivu.bpm.recruitment.RecruitmentMilestone;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ResultOutcome;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.persistence.ResultRepository;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;

/** {@code publishResults}: results are public; every candidate is told; each winner's hiring dossier opens. */
@Component("recruitmentPublishResults")
@LegacyBeanNames("publishRecruitmentResults")
public class PublishResults implements JavaDelegate {

    private final RoundRepository rounds;
    private final ResultRepository results;
    private final ApplicantNotifications notifications;
    private final HiringOffers offers;

    PublishResults(RoundRepository rounds, ResultRepository results, ApplicantNotifications notifications, HiringOffers offers) {
        this.rounds = rounds;
        this.results = results;
        this.notifications = notifications;
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RoundRow round = rounds.find(RecruitmentProcess.roundCode(execution)).orElseThrow();
        rounds.setStatus(round.code(), RoundStatus.DA_CONG_BO_KET_QUA);
        notifications.record(results.published(round.id(), ResultOutcome.KHONG_DU_DIEU_KIEN.name()).stream()
                .map(r -> new ApplicantNotifications.Message(RecruitmentMilestone.RESULT, r.applicationNumber(), r.email(),
                        r.fullName(), round.title(), ResultOutcome.TRUNG_TUYEN.name().equals(r.outcome())
                                ? "Ông/Bà trúng tuyển." : "Ông/Bà không trúng tuyển.", null)).toList());
        execution.setVariable(RecruitmentProcess.WINNERS_OFFERED, offers.offerToWinners(round) > 0);
    }
}
