package vn.noivu.bpm.commendation.process;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.commendation.domain.ProposalStatus;
import vn.noivu.bpm.commendation.persistence.ProposalRepository;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ProposalRow;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.web.InvalidInputException;

/**
 * The dossier's files a unit uploads (achievement reports, the council's minutes with the vote, the initiative's
 * certificate: Law 06/2022 Art. 84(1)) and the objections the public files during the posting.
 */
@Service
public class ProposalDossiers {

    public static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;
    public static final Set<String> ATTACHMENT_KINDS = Set.of("BAO_CAO_THANH_TICH", "BIEN_BAN_HOP",
            "CHUNG_NHAN_SANG_KIEN", "KHAC");

    private final ProposalRepository proposals;

    public ProposalDossiers(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    /** A file of the dossier, checked for kind, size and type (PDF or DOCX by their first bytes). */
    @Transactional
    public long attach(long proposalId, String kind, String fileName, String contentType, byte[] content, String note,
                       String caller) {
        ProposalRow proposal = proposals.find(proposalId).orElseThrow(() -> ProposalSubmissions.notFound(proposalId));
        if (proposal.status().ordinal() > ProposalStatus.BO_SUNG_HO_SO.ordinal()) {
            throw Refused.conflict("dossier_closed", "Hồ sơ số " + proposalId + " đang ở bước \""
                    + proposal.status().label() + "\": không nhận thêm tài liệu.");
        }
        if (kind == null || !ATTACHMENT_KINDS.contains(kind)) {
            throw new InvalidInputException("kind", "allowed", "Loại tài liệu (kind): BAO_CAO_THANH_TICH, BIEN_BAN_HOP,"
                    + " CHUNG_NHAN_SANG_KIEN hoặc KHAC.");
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "required", "Cần tệp đính kèm (file).");
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw new InvalidInputException("file", "size", "Tệp đính kèm (file) tối đa 10 MB.");
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        boolean pdf = lower.endsWith(".pdf") && startsWith(content, "%PDF-");
        boolean docx = lower.endsWith(".docx") && startsWith(content, "PK\u0003\u0004");
        if (!pdf && !docx) {
            throw new InvalidInputException("file", "type", "Tệp đính kèm (file) phải là PDF (.pdf) hoặc Word (.docx).");
        }
        if ("BIEN_BAN_HOP".equals(kind) && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", "voteResult", "Biên bản họp Hội đồng cần ghi kết quả bỏ phiếu (note),"
                    + " ví dụ \"9/9 thành viên đồng ý\".");
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException("note", "size", "Ghi chú (note) tối đa 2000 ký tự.");
        }
        String name = fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return proposals.insertAttachment(proposalId, kind, name, pdf ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document", content, sha256(content),
                note == null ? null : note.strip(), caller);
    }

    /** An objection to a posted proposal: only while it is posted. */
    @Transactional
    public long object(long proposalId, String name, String contact, String content, Long itemId) {
        ProposalRow proposal = proposals.find(proposalId).filter(p -> p.status() == ProposalStatus.NIEM_YET)
                .orElseThrow(() -> Refused.notFound("posting_not_found", "Không có danh sách đề nghị số " + proposalId
                        + " đang niêm yết công khai."));
        if (itemId != null && proposals.items(proposal.id()).stream().noneMatch(i -> i.id() == itemId)) {
            throw new InvalidInputException("itemId", "posted", "Người, tập thể được phản ánh (itemId) không có trong"
                    + " danh sách niêm yết này.");
        }
        return proposals.insertObjection(proposalId, itemId, name.strip(), contact.strip(), content.strip());
    }

    private static boolean startsWith(byte[] content, String magic) {
        byte[] bytes = magic.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        if (content.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (content[i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
