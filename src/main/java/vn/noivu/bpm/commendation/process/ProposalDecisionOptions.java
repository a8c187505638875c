package vn.noivu.bpm.commendation.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ItemRow;

/** The Chairman's list: the nominees still in the proposal after the appraisal and the vote, to tick. */
final class ProposalDecisionOptions {

    private ProposalDecisionOptions() {
    }

    static void expose(DelegateExecution execution, List<ItemRow> candidates) {
        execution.setVariable(CommendationProposalProcess.DECISION_OPTIONS, ProposalSummaries.options(candidates));
        StringBuilder text = new StringBuilder();
        for (ItemRow item : candidates) {
            text.append("- **").append(ProposalSummaries.oneLine(ProposalSummaries.nominee(item))).append("**");
            if (item.votesAgree() != null) {
                text.append(": Hội đồng tỉnh ").append(item.votesAgree()).append("/").append(item.votesMembers())
                        .append(" đồng ý");
            }
            text.append(". Thành tích: ").append(ProposalSummaries.oneLine(item.achievement())).append("\n");
        }
        execution.setVariable(CommendationProposalProcess.DECISION_SUMMARY,
                text.isEmpty() ? "(không còn ai để quyết định)" : text.toString());
    }
}
