package vn.noivu.bpm.commendation.process;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.ProposalItemStatus;
import vn.noivu.bpm.commendation.domain.ProposalStatus;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ItemRow;

/**
 * applyDecision: the Chairman approves the nominees ticked (the others are not awarded, with the comment), or returns
 * the whole proposal with reasons; a decision is issued only for an approval that names someone.
 */
@Component("commendationProposalApplyDecision")
public class ProposalApplyDecision implements JavaDelegate {

    private final ProposalCases cases;

    public ProposalApplyDecision(ProposalCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean approved = Boolean.TRUE.equals(execution.getVariable(CommendationProposalProcess.APPROVED));
        Object comment = execution.getVariable(CommendationProposalProcess.COMMENT);
        String reason = comment instanceof String c && !c.isBlank() ? c.strip() : null;
        List<ItemRow> candidates = cases.active(execution);
        if (!approved) {
            for (ItemRow item : candidates) {
                cases.repository().setItemStatus(item.id(), ProposalItemStatus.TRA_LAI, reason);
            }
            execution.setVariable(CommendationProposalProcess.DECIDED, false);
            cases.status(execution, ProposalStatus.THONG_BAO_KET_QUA, "Chủ tịch Ủy ban nhân dân tỉnh trả lại: " + reason);
            return;
        }
        Set<Long> chosen = ProposalSummaries.ids(execution.getVariable(CommendationProposalProcess.APPROVED_ITEMS),
                CommendationProposalProcess.APPROVED_ITEMS);
        if (chosen.isEmpty()) {
            throw new BadUserRequestException(CommendationProposalProcess.APPROVED_ITEMS + ": chọn ít nhất một người,"
                    + " tập thể được khen thưởng, hoặc trả lại hồ sơ / tick at least one nominee or return the proposal");
        }
        for (Long id : chosen) {
            if (candidates.stream().noneMatch(i -> i.id() == id)) {
                throw new BadUserRequestException(CommendationProposalProcess.APPROVED_ITEMS + ": dòng " + id
                        + " không có trong danh sách trình / not a nominee awaiting the decision");
            }
        }
        for (ItemRow item : candidates) {
            if (!chosen.contains(item.id())) {
                cases.repository().setItemStatus(item.id(), ProposalItemStatus.KHONG_KHEN, reason);
            }
        }
        execution.setVariable(CommendationProposalProcess.DECIDED, true);
        cases.status(execution, ProposalStatus.BAN_HANH_QUYET_DINH, reason);
    }
}
