package vn.noivu.bpm.commendation.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.ProposalItemStatus;
import vn.noivu.bpm.commendation.domain.ProposalStatus;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ItemRow;
import vn.noivu.bpm.platform.approval.FormLists;

/**
 * applyAppraisal: the board's decision on each nominee (CHAP_NHAN, or KHONG_CHAP_NHAN with its reason). Accepted
 * nominees whose title needs a vote (P6, P6a, as the case's vote table said at submission) go to the provincial
 * council; the others straight to the Chairman.
 */
@Component("commendationProposalApplyAppraisal")
public class ProposalApplyAppraisal implements JavaDelegate {

    private final ProposalCases cases;

    public ProposalApplyAppraisal(ProposalCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<ItemRow> active = cases.active(execution);
        JsonNode rows = FormLists.array(execution.getVariable(CommendationProposalProcess.APPRAISAL_ROWS),
                CommendationProposalProcess.APPRAISAL_ROWS);
        Map<Long, JsonNode> byItem = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String itemId = row.path("itemId").asText("");
            Long id = itemId.matches("[0-9]{1,18}") ? Long.valueOf(itemId) : i < active.size() ? active.get(i).id() : null;
            if (id != null) {
                byItem.put(id, row);
            }
        }
        for (ItemRow item : active) {
            JsonNode row = byItem.get(item.id());
            String decision = row == null ? "" : row.path("decision").asText("");
            String reason = row == null ? "" : row.path("reason").asText("").strip();
            if (!decision.equals("CHAP_NHAN") && !decision.equals("KHONG_CHAP_NHAN")) {
                throw new BadUserRequestException(CommendationProposalProcess.APPRAISAL_ROWS + ": chọn chấp nhận hoặc"
                        + " không chấp nhận cho " + ProposalSummaries.nominee(item) + " / a decision per nominee is required");
            }
            if (decision.equals("KHONG_CHAP_NHAN") && reason.isEmpty()) {
                throw new BadUserRequestException(CommendationProposalProcess.APPRAISAL_ROWS + ": ghi lý do không chấp"
                        + " nhận " + ProposalSummaries.nominee(item) + " / a reason is required to reject");
            }
            if (reason.length() > 2000) {
                throw new BadUserRequestException(CommendationProposalProcess.APPRAISAL_ROWS + ": lý do tối đa 2000 ký tự");
            }
            cases.repository().setItemStatus(item.id(), ProposalItemStatus.valueOf(decision),
                    reason.isEmpty() ? null : reason);
        }
        List<ItemRow> accepted = cases.active(execution);
        List<ItemRow> toVote = accepted.stream().filter(ItemRow::voteRequired).toList();
        execution.setVariable(CommendationProposalProcess.VOTE_NEEDED, !toVote.isEmpty());
        execution.setVariable(CommendationProposalProcess.TO_DECIDE, !accepted.isEmpty());
        if (!toVote.isEmpty()) {
            ArrayNode voteRows = ProposalSummaries.array();
            for (ItemRow item : toVote) {
                voteRows.addObject().put("itemId", Long.toString(item.id()))
                        .put("nominee", ProposalSummaries.nominee(item))
                        .put("achievement", item.achievement())
                        .put("rule", "Đạt khi số phiếu đồng ý từ " + item.voteThreshold() + "% tổng số thành viên Hội đồng"
                                + " trở lên (" + item.voteCitation() + ")")
                        .put("agree", "");
            }
            execution.setVariable(CommendationProposalProcess.VOTE_ROWS, ProposalSummaries.json(voteRows));
        }
        ProposalDecisionOptions.expose(execution, accepted);
        cases.status(execution, !toVote.isEmpty() ? ProposalStatus.HOI_DONG_TINH : !accepted.isEmpty()
                ? ProposalStatus.CHO_QUYET_DINH : ProposalStatus.THONG_BAO_KET_QUA, null);
    }
}
