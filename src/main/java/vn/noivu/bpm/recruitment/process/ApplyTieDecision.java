package vn.noivu.bpm.recruitment.process;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code applyTieDecision}: records the head's choice ({@code selectedApplications}: ticked, or typed numbers);
 * the round is ranked again with it, which may leave a tie further down a shared position's agencies. */
@Component("recruitmentApplyTieDecision")
@LegacyBeanNames("applyTieDecision")
public class ApplyTieDecision implements JavaDelegate {

    private final RoundRanking ranking;

    ApplyTieDecision(RoundRanking ranking) {
        this.ranking = ranking;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Set<String> numbers = FormVariables.picked(execution);
        Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        ranking.recordDecision(RecruitmentProcess.roundCode(execution), numbers,
                current == null ? "system" : current.getUserId());
    }
}
