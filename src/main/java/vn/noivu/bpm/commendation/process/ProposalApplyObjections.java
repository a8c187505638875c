package vn.noivu.bpm.commendation.process;

import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.ProposalItemStatus;
import vn.noivu.bpm.commendation.domain.ProposalStatus;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ItemRow;

/**
 * applyObjections: the council's answer to the objections: the nominees it withdraws (ticked), the others kept, its
 * reasons for both (required). Withdrawing everyone leaves nothing to propose: refused, the unit ends the case instead.
 */
@Component("commendationProposalApplyObjections")
public class ProposalApplyObjections implements JavaDelegate {

    private final ProposalCases cases;

    public ProposalApplyObjections(ProposalCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reasons = execution.getVariable(CommendationProposalProcess.OBJECTION_DECISION);
        if (!(reasons instanceof String text) || text.isBlank()) {
            throw new BadUserRequestException(CommendationProposalProcess.OBJECTION_DECISION
                    + ": Hội đồng ghi lý do rút hoặc giữ từng người / the council's reasons are required");
        }
        Set<Long> withdrawn = ProposalSummaries.ids(execution.getVariable(CommendationProposalProcess.WITHDRAWN_ITEMS),
                CommendationProposalProcess.WITHDRAWN_ITEMS);
        var active = cases.active(execution);
        for (Long id : withdrawn) {
            if (active.stream().noneMatch(i -> i.id() == id)) {
                throw new BadUserRequestException(CommendationProposalProcess.WITHDRAWN_ITEMS + ": dòng " + id
                        + " không có trong danh sách đề nghị / not an item of this proposal");
            }
        }
        if (!active.isEmpty() && withdrawn.size() == active.size()) {
            throw new BadUserRequestException(CommendationProposalProcess.WITHDRAWN_ITEMS
                    + ": không thể rút hết danh sách / at least one nominee must remain");
        }
        for (ItemRow item : active) {
            if (withdrawn.contains(item.id())) {
                cases.repository().setItemStatus(item.id(), ProposalItemStatus.RUT, text.strip());
            }
        }
        cases.status(execution, ProposalStatus.TRINH_KY, "Hội đồng đã xem xét ý kiến phản ánh: " + text.strip());
    }
}
