package vn.noivu.bpm.commendation.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.ProposalStatus;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.AttachmentRow;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ItemRow;

/**
 * describeDossier: what the board checks for completeness (Law 06/2022 Art. 84(1)): the tờ trình, the files with
 * links, and what seems missing (achievement reports, the council's minutes with the vote, the initiative's
 * certificate for Chiến sĩ thi đua cấp tỉnh).
 */
@Component("commendationProposalDescribeDossier")
public class ProposalDescribeDossier implements JavaDelegate {

    static final java.util.Map<String, String> KIND_LABELS = java.util.Map.of(
            "BAO_CAO_THANH_TICH", "Báo cáo thành tích", "BIEN_BAN_HOP", "Biên bản họp Hội đồng (kết quả bỏ phiếu)",
            "CHUNG_NHAN_SANG_KIEN", "Giấy chứng nhận phạm vi ảnh hưởng của sáng kiến", "KHAC", "Tài liệu khác");

    private final ProposalCases cases;

    public ProposalDescribeDossier(ProposalCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = CommendationProposalProcess.proposalId(execution);
        List<AttachmentRow> files = cases.repository().attachments(id);
        List<ItemRow> active = cases.active(execution);
        StringBuilder text = new StringBuilder();
        Object number = execution.getVariable(CommendationProposalProcess.SUBMISSION_DOCUMENT_NUMBER);
        Object documentId = execution.getVariable(CommendationProposalProcess.SUBMISSION_DOCUMENT_ID);
        if (documentId != null) {
            text.append("- Tờ trình ").append(number).append(": [tải về (PDF)](/api/documents/").append(documentId)
                    .append(".pdf)\n");
        }
        for (AttachmentRow file : files) {
            text.append("- ").append(KIND_LABELS.getOrDefault(file.kind(), file.kind())).append(": [")
                    .append(ProposalSummaries.oneLine(file.fileName())).append("](/api/commendation/proposals/").append(id)
                    .append("/attachments/").append(file.id()).append(")");
            if (file.note() != null) {
                text.append(" · ").append(ProposalSummaries.oneLine(file.note()));
            }
            text.append("\n");
        }
        if (files.stream().noneMatch(f -> f.kind().equals("BAO_CAO_THANH_TICH"))) {
            text.append("- **Chưa có báo cáo thành tích**\n");
        }
        if (!"DOT_XUAT".equals(execution.getVariable(CommendationProposalProcess.KIND))
                && files.stream().noneMatch(f -> f.kind().equals("BIEN_BAN_HOP"))) {
            text.append("- **Chưa có biên bản họp Hội đồng thi đua, khen thưởng với kết quả bỏ phiếu**\n");
        }
        if (active.stream().anyMatch(i -> Title.CHIEN_SI_THI_DUA_TINH.name().equals(i.title()))
                && files.stream().noneMatch(f -> f.kind().equals("CHUNG_NHAN_SANG_KIEN"))) {
            text.append("- **Chưa có giấy chứng nhận phạm vi ảnh hưởng toàn tỉnh của sáng kiến (Chiến sĩ thi đua cấp tỉnh)**\n");
        }
        execution.setVariable(CommendationProposalProcess.DOSSIER_SUMMARY, text.toString());
        cases.status(execution, ProposalStatus.KIEM_TRA_HO_SO, null);
    }
}
