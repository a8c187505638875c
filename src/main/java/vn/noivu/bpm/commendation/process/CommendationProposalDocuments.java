package vn.noivu.bpm.commendation.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.ProposalItemStatus;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.persistence.ProposalRepository;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ItemRow;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ProposalRow;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.documents.DocumentType;
import vn.noivu.bpm.documents.DocumentTypes;

/**
 * The documents of a proposal to the province (../shared/domain/documents.md, section 5, Commendation): the unit's
 * Tờ trình đề nghị khen thưởng with its list (Decree 152/2025 Mẫu số 01; Law 06/2022 Art. 84(1)(a)), the Chairman's
 * Quyết định tặng (Law Art. 80), and Sở Nội vụ's Thông báo kết quả or return with reasons. Subject "DN-<id>".
 */
@Component
public class CommendationProposalDocuments implements DocumentTypes {

    public static final DocumentType SUBMISSION = new DocumentType("commendation-proposal-submission",
            "Tờ trình đề nghị khen thưởng", "TTr");
    public static final DocumentType DECISION = new DocumentType("commendation-proposal-decision",
            "Quyết định tặng thưởng danh hiệu thi đua, Bằng khen", "QĐ");
    public static final DocumentType NOTICE = new DocumentType("commendation-proposal-notice",
            "Thông báo kết quả xét đề nghị khen thưởng", "TB");
    public static final String SUBJECT_PREFIX = "DN-";

    private final ProposalRepository proposals;

    public CommendationProposalDocuments(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public List<DocumentType> documentTypes() {
        return List.of(SUBMISSION, DECISION, NOTICE);
    }

    public static String subject(long proposalId) {
        return SUBJECT_PREFIX + proposalId;
    }

    @Override
    public Optional<DocumentService.Request> request(String typeCode, String subject, String issuer) {
        if (subject == null || !subject.matches(SUBJECT_PREFIX + "[0-9]{1,18}")) {
            return Optional.empty();
        }
        Optional<ProposalRow> found = proposals.find(Long.parseLong(subject.substring(SUBJECT_PREFIX.length())));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ProposalRow proposal = found.get();
        List<ItemRow> items = proposals.items(proposal.id());
        Map<String, Object> data = new HashMap<>();
        data.put("proposal", Map.of("id", Long.toString(proposal.id()), "unitName", proposal.unitName(),
                "year", Integer.toString(proposal.year()),
                "kind", "DOT_XUAT".equals(proposal.kind()) ? "đột xuất (thủ tục đơn giản)" : "theo công trạng, thành tích"));
        data.put("dotXuat", "DOT_XUAT".equals(proposal.kind()));
        if (SUBMISSION.code().equals(typeCode)) {
            List<ItemRow> proposed = items.stream().filter(i -> i.status().active()).toList();
            data.put("items", rows(proposed));
            data.put("count", Integer.toString(proposed.size()));
            return Optional.of(new DocumentService.Request(SUBMISSION, issuer, "Về việc đề nghị tặng thưởng danh hiệu"
                    + " thi đua, Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", List.of("Như trên", "Sở Nội vụ (Ban Thi đua - Khen thưởng)"), data));
        }
        if (DECISION.code().equals(typeCode)) {
            List<ItemRow> awarded = items.stream().filter(i -> i.status().active()).toList();
            data.put("items", rows(awarded));
            data.put("count", Integer.toString(awarded.size()));
            return Optional.of(new DocumentService.Request(DECISION, issuer, "Về việc tặng thưởng danh hiệu thi đua,"
                    + " Bằng khen năm " + proposal.year(), List.of("Như Điều 3", "Sở Nội vụ", proposal.unitName()), data));
        }
        if (NOTICE.code().equals(typeCode)) {
            List<ItemRow> awarded = items.stream().filter(i -> i.status() == ProposalItemStatus.KHEN_THUONG
                    || i.status().active()).toList();
            List<ItemRow> notAwarded = items.stream().filter(i -> !awarded.contains(i)).toList();
            data.put("awarded", rows(awarded));
            data.put("notAwarded", rows(notAwarded));
            data.put("anyAwarded", !awarded.isEmpty());
            data.put("anyNotAwarded", !notAwarded.isEmpty());
            data.put("decisionNumber", proposal.decisionNumber() == null ? "" : proposal.decisionNumber());
            data.put("note", proposal.statusNote() == null ? "" : proposal.statusNote());
            return Optional.of(new DocumentService.Request(NOTICE, issuer, "Thông báo kết quả xét đề nghị khen thưởng"
                    + " của " + proposal.unitName(), List.of(proposal.unitName()), data));
        }
        return Optional.empty();
    }

    private static List<Object> rows(List<ItemRow> items) {
        List<Object> rows = new ArrayList<>();
        int n = 1;
        for (ItemRow item : items) {
            Map<String, Object> row = new HashMap<>();
            row.put("order", Integer.toString(n++));
            row.put("name", item.holderName());
            row.put("title", Title.valueOf(item.title()).label());
            row.put("achievement", item.achievement());
            row.put("reason", item.statusReason() == null ? item.status().label() : item.status().label() + ": "
                    + item.statusReason());
            rows.add(row);
        }
        return rows;
    }
}
