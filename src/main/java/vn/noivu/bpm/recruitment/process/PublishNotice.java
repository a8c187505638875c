package vn.noivu.bpm.recruitment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;

/** {@code publishNotice}: the plan is approved, the notice is out, applications are accepted. */
@Component("recruitmentPublishNotice")
@LegacyBeanNames("publishRecruitmentNotice")
public class PublishNotice implements JavaDelegate {

    private final RoundRepository rounds;

    PublishNotice(RoundRepository rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.setStatus(RecruitmentProcess.roundCode(execution), RoundStatus.DANG_NHAN_HO_SO);
    }
}
