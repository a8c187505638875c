package vn.noivu.bpm.commendation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.ProposalStatus;

/** closeProposal: the decision and the notice reached the unit; a proposal nobody was awarded for ends returned. */
@Component("commendationProposalCloseProposal")
public class ProposalCloseProposal implements JavaDelegate {

    private final ProposalCases cases;

    public ProposalCloseProposal(ProposalCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean decided = Boolean.TRUE.equals(execution.getVariable(CommendationProposalProcess.DECIDED));
        Object note = execution.getVariable(CommendationProposalProcess.FORWARD_NOTE);
        cases.status(execution, decided ? ProposalStatus.HOAN_THANH : ProposalStatus.TRA_LAI,
                note instanceof String s && !s.isBlank() ? s.strip() : null);
    }
}
