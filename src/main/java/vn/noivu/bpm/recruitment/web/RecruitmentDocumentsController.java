package vn.noivu.bpm.recruitment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.security.PublicEndpoint;
import vn.noivu.bpm.platform.security.Throttle;
import vn.noivu.bpm.platform.security.Throttled;
import vn.noivu.bpm.recruitment.RecruitmentDocuments;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;

/** A round's documents as issued (signed, numbered, stored), on the round's public paths. */
@Tag(name = RecruitmentApi.TAG, description = RecruitmentApi.DESCRIPTION)
@RestController
@RequestMapping("/api/recruitment")
public class RecruitmentDocumentsController {

    private final RoundRepository rounds;
    private final DocumentService documents;
    private final Throttle throttle;

    public RecruitmentDocumentsController(RoundRepository rounds, DocumentService documents, Throttle throttle) {
        this.rounds = rounds;
        this.documents = documents;
        this.throttle = throttle;
    }

    /** A round's public document: its type, the file name's prefix and its name in messages. */
    private record PublicDocument(String typeCode, String filePrefix, String name) {
    }

    /**
     * The round's documents by their public file name. They name applicants and winners by name, application
     * number, position, score and agency only, so they are public once issued.
     */
    private static final Map<String, PublicDocument> PUBLIC = Map.of(
            "plan", new PublicDocument(RecruitmentDocuments.PLAN.code(), "ke-hoach-tuyen-dung_", "Kế hoạch tuyển dụng"),
            "notice", new PublicDocument(RecruitmentDocuments.NOTICE.code(), "thong-bao-tuyen-dung_",
                    "Thông báo tuyển dụng"),
            "eligible-list", new PublicDocument(RecruitmentDocuments.ELIGIBLE_LIST.code(), "danh-sach-du-dieu-kien_",
                    "Thông báo danh sách thí sinh đủ điều kiện dự tuyển"),
            "results-decision", new PublicDocument(RecruitmentDocuments.RESULTS.code(), "quyet-dinh-ket-qua_",
                    "Quyết định phê duyệt (công nhận) kết quả"),
            "recognition-notice", new PublicDocument(RecruitmentDocuments.RECOGNITION.code(), "thong-bao-trung-tuyen_",
                    "Thông báo công nhận kết quả trúng tuyển"));

    /**
     * One of the round's documents as the signer issued it (number, date, stored PDF and its hash): plan.pdf,
     * notice.pdf, eligible-list.pdf, results-decision.pdf, recognition-notice.pdf; 404 until it is issued. Public.
     */
    @PublicEndpoint
    @Throttled
    @Operation(summary = "Tải văn bản đã ban hành của kỳ tuyển dụng (PDF)",
            description = "`file`: plan, notice, eligible-list, results-decision, recognition-notice; 404 khi văn bản "
                    + "chưa ban hành.")
    @GetMapping("/rounds/{code}/{file:[a-z-]{1,40}}.pdf")
    public ResponseEntity<byte[]> issued(@PathVariable String code, @PathVariable String file,
                                         HttpServletRequest request) {
        throttle.publicDownload(request.getRemoteAddr());
        PublicDocument document = PUBLIC.get(file);
        if (document == null) {
            throw Refused.notFound("document_not_found", "Kỳ tuyển dụng không có văn bản công khai " + file
                    + ".pdf; có: plan, notice, eligible-list, results-decision, recognition-notice.");
        }
        RoundRow round = rounds.find(code).orElseThrow(() -> Refused.notFound("round_not_found",
                "Không có kỳ tuyển dụng " + code + "."));
        DocumentService.IssuedFile issued = documents.latestIssued(document.typeCode(), round.code())
                .orElseThrow(() -> Refused.notFound("document_not_issued", document.name() + " của kỳ tuyển dụng "
                        + round.code() + " chưa được ban hành."));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("X-Content-SHA256", issued.document().sha256())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.filePrefix() + round.code() + ".pdf", StandardCharsets.UTF_8).build()
                        .toString())
                .body(issued.pdf());
    }
}
