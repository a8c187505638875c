package vn.noivu.bpm.commendation.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.ProposalStatus;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ObjectionRow;

/** collectObjections: at the end of the posting, the objections filed go to the unit's council, if any. */
@Component("commendationProposalCollectObjections")
public class ProposalCollectObjections implements JavaDelegate {

    private final ProposalCases cases;

    public ProposalCollectObjections(ProposalCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = CommendationProposalProcess.proposalId(execution);
        List<ObjectionRow> objections = cases.repository().objections(id);
        execution.setVariable(CommendationProposalProcess.OBJECTIONS_FILED, !objections.isEmpty());
        execution.setVariable(CommendationProposalProcess.OBJECTIONS_SUMMARY,
                ProposalSummaries.objections(objections, cases.items(execution)));
        execution.setVariable(CommendationProposalProcess.ITEM_OPTIONS, ProposalSummaries.options(cases.active(execution)));
        cases.status(execution, objections.isEmpty() ? ProposalStatus.TRINH_KY : ProposalStatus.XEM_XET_Y_KIEN,
                objections.isEmpty() ? "Hết thời gian niêm yết, không có ý kiến phản ánh" : objections.size()
                        + " ý kiến phản ánh");
    }
}
