package vn.noivu.bpm.commendation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.ProposalStatus;

/** requestSupplement: the board found the dossier incomplete; the unit supplements it (05 working days, its task). */
@Component("commendationProposalRequestSupplement")
public class ProposalRequestSupplement implements JavaDelegate {

    private final ProposalCases cases;

    public ProposalRequestSupplement(ProposalCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.status(execution, ProposalStatus.BO_SUNG_HO_SO,
                (String) execution.getVariable(CommendationProposalProcess.COMMENT));
    }
}
