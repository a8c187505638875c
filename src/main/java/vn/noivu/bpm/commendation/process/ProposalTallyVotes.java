package vn.noivu.bpm.commendation.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.CouncilVote;
import vn.noivu.bpm.commendation.domain.ProposalItemStatus;
import vn.noivu.bpm.commendation.domain.ProposalStatus;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ItemRow;
import vn.noivu.bpm.platform.approval.FormLists;

/**
 * tallyProvincialVotes: the provincial council's "đồng ý" count per nominee against ALL its members, absent members'
 * written opinions counted (P6: 90%, P6a: 80%; C7 13/15 fails, C8 14/15 passes, C8b 12/15 passes for Cờ). A nominee
 * below the threshold is not decided; more ballots than members is refused (400).
 */
@Component("commendationProposalTallyVotes")
public class ProposalTallyVotes implements JavaDelegate {

    private final ProposalCases cases;

    public ProposalTallyVotes(ProposalCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int members = count(execution.getVariable(CommendationProposalProcess.COUNCIL_MEMBERS),
                CommendationProposalProcess.COUNCIL_MEMBERS);
        if (members < 1) {
            throw new BadUserRequestException(CommendationProposalProcess.COUNCIL_MEMBERS
                    + ": Hội đồng có ít nhất một thành viên / the council has at least one member");
        }
        List<ItemRow> toVote = cases.active(execution).stream().filter(ItemRow::voteRequired).toList();
        JsonNode rows = FormLists.array(execution.getVariable(CommendationProposalProcess.VOTE_ROWS),
                CommendationProposalProcess.VOTE_ROWS);
        Map<Long, Integer> agree = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String itemId = row.path("itemId").asText("");
            Long id = itemId.matches("[0-9]{1,18}") ? Long.valueOf(itemId) : i < toVote.size() ? toVote.get(i).id() : null;
            if (id != null) {
                agree.put(id, count(row.path("agree").isMissingNode() ? null : row.path("agree").asText(""),
                        CommendationProposalProcess.VOTE_ROWS + " (" + row.path("nominee").asText("dòng " + (i + 1)) + ")"));
            }
        }
        for (ItemRow item : toVote) {
            Integer votes = agree.get(item.id());
            if (votes == null || votes < 0) {
                throw new BadUserRequestException(CommendationProposalProcess.VOTE_ROWS + ": nhập số phiếu đồng ý của "
                        + ProposalSummaries.nominee(item) + " / the agree count is required");
            }
            CouncilVote.Tally tally;
            try {
                tally = new CouncilVote.Tally(members, votes, 0);
            } catch (IllegalArgumentException tooMany) {
                throw new BadUserRequestException(CommendationProposalProcess.VOTE_ROWS + ": "
                        + ProposalSummaries.nominee(item) + ": " + tooMany.getMessage() + " / more ballots than members");
            }
            CouncilVote.Result result = CouncilVote.outcome(new CouncilVote.Rule(true, item.voteThreshold(), false,
                    item.voteCitation(), null), tally);
            cases.repository().setItemVote(item.id(), votes, members);
            cases.repository().setItemStatus(item.id(), result.passed() ? ProposalItemStatus.DAT_PHIEU
                    : ProposalItemStatus.KHONG_DAT_PHIEU, "Hội đồng Thi đua - Khen thưởng tỉnh: " + result.share()
                    + " đồng ý, " + (result.passed() ? "đạt" : "dưới") + " tỷ lệ " + result.thresholdPercent()
                    + "% tổng số thành viên (" + result.citation() + ")");
        }
        List<ItemRow> candidates = cases.active(execution);
        execution.setVariable(CommendationProposalProcess.TO_DECIDE, !candidates.isEmpty());
        ProposalDecisionOptions.expose(execution, candidates);
        cases.status(execution, candidates.isEmpty() ? ProposalStatus.THONG_BAO_KET_QUA : ProposalStatus.CHO_QUYET_DINH,
                null);
    }

    private static int count(Object value, String variable) {
        String text = value == null ? "" : value.toString().strip();
        if (value instanceof Number n) {
            text = Long.toString(n.longValue());
        }
        if (!text.matches("[0-9]{1,4}")) {
            throw new BadUserRequestException(variable + ": cần một số nguyên không âm, không phải \"" + text
                    + "\" / a whole number is required");
        }
        return Integer.parseInt(text);
    }
}
