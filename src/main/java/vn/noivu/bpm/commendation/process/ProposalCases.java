package vn.noivu.bpm.commendation.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.ProposalStatus;
import vn.noivu.bpm.commendation.persistence.ProposalRepository;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ItemRow;

/** What the delegates of a proposal share: its rows, its status, and the nominee summary every form shows. */
@Component
public class ProposalCases {

    private final ProposalRepository proposals;

    public ProposalCases(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    public ProposalRepository repository() {
        return proposals;
    }

    public List<ItemRow> items(DelegateExecution execution) {
        return proposals.items(CommendationProposalProcess.proposalId(execution));
    }

    public List<ItemRow> active(DelegateExecution execution) {
        return items(execution).stream().filter(i -> i.status().active()).toList();
    }

    /** Moves the proposal to a step and refreshes the nominee summary the next form shows. */
    public void status(DelegateExecution execution, ProposalStatus status, String note) {
        long id = CommendationProposalProcess.proposalId(execution);
        proposals.setStatus(id, status, note);
        execution.setVariable(CommendationProposalProcess.ITEMS_SUMMARY, ProposalSummaries.items(proposals.items(id)));
    }
}
