package vn.noivu.bpm.commendation.process;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.ProposalStatus;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ItemRow;

/** openAppraisal: a row per nominee for the board to accept or reject, with the rule tables' verdict beside it. */
@Component("commendationProposalOpenAppraisal")
public class ProposalOpenAppraisal implements JavaDelegate {

    private final ProposalCases cases;

    public ProposalOpenAppraisal(ProposalCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ArrayNode rows = ProposalSummaries.array();
        for (ItemRow item : cases.active(execution)) {
            rows.addObject().put("itemId", Long.toString(item.id())).put("nominee", ProposalSummaries.nominee(item))
                    .put("verdict", ProposalSummaries.outcomeLabel(item.outcome()) + (item.reason() == null ? ""
                            : ": " + item.reason()) + (item.citation() == null ? "" : " (" + item.citation() + ")"))
                    .put("decision", item.outcome().equals("DU_DIEU_KIEN") ? "CHAP_NHAN" : "KHONG_CHAP_NHAN")
                    .put("reason", "");
        }
        execution.setVariable(CommendationProposalProcess.APPRAISAL_ROWS, ProposalSummaries.json(rows));
        cases.status(execution, ProposalStatus.THAM_DINH, null);
    }
}
