package vn.noivu.bpm.recruitment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
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
import vn.noivu.bpm.recruitment.RecruitmentDocuments;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;

/** A round's documents as issued (signed, numbered, stored), on the round's public paths. */
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

    /**
     * The decision approving (recognising) the round's results, as the signer issued it (number, date, stored PDF
     * and its hash); 404 until it is issued. Public: it names the winners and their results only.
     */
    @PublicEndpoint
    @GetMapping("/rounds/{code}/results-decision.pdf")
    public ResponseEntity<byte[]> resultsDecision(@PathVariable String code, HttpServletRequest request) {
        return issuedPdf(code, request, RecruitmentDocuments.RESULTS.code(), "quyet-dinh-ket-qua_",
                "Quyết định phê duyệt (công nhận) kết quả");
    }

    /** The Thông báo tuyển dụng as the signer issued it; 404 until it is issued. Public. */
    @PublicEndpoint
    @GetMapping("/rounds/{code}/notice.pdf")
    public ResponseEntity<byte[]> noticePdf(@PathVariable String code, HttpServletRequest request) {
        return issuedPdf(code, request, RecruitmentDocuments.NOTICE.code(), "thong-bao-tuyen-dung_",
                "Thông báo tuyển dụng");
    }

    /** The Kế hoạch tuyển dụng as the head signed it; 404 until it is issued. Public. */
    @PublicEndpoint
    @GetMapping("/rounds/{code}/plan.pdf")
    public ResponseEntity<byte[]> planPdf(@PathVariable String code, HttpServletRequest request) {
        return issuedPdf(code, request, RecruitmentDocuments.PLAN.code(), "ke-hoach-tuyen-dung_",
                "Kế hoạch tuyển dụng");
    }

    /**
     * The council's notice with the list of eligible applicants as its appendix; 404 until it is issued. Public: it
     * names them by name, application number and position only.
     */
    @PublicEndpoint
    @GetMapping("/rounds/{code}/eligible-list.pdf")
    public ResponseEntity<byte[]> eligibleListPdf(@PathVariable String code, HttpServletRequest request) {
        return issuedPdf(code, request, RecruitmentDocuments.ELIGIBLE_LIST.code(), "danh-sach-du-dieu-kien_",
                "Thông báo danh sách thí sinh đủ điều kiện dự tuyển");
    }

    /** The council's notice to the winners with their dossier deadline; 404 until it is issued. Public. */
    @PublicEndpoint
    @GetMapping("/rounds/{code}/recognition-notice.pdf")
    public ResponseEntity<byte[]> recognitionNoticePdf(@PathVariable String code, HttpServletRequest request) {
        return issuedPdf(code, request, RecruitmentDocuments.RECOGNITION.code(), "thong-bao-trung-tuyen_",
                "Thông báo công nhận kết quả trúng tuyển");
    }

    private ResponseEntity<byte[]> issuedPdf(String code, HttpServletRequest request, String typeCode,
                                             String filePrefix, String documentName) {
        throttle.publicDownload(request.getRemoteAddr());
        RoundRow round = rounds.find(code).orElseThrow(() -> Refused.notFound("round_not_found",
                "Không có kỳ tuyển dụng " + code + "."));
        DocumentService.IssuedFile issued = documents.latestIssued(typeCode, round.code())
                .orElseThrow(() -> Refused.notFound("document_not_issued", documentName + " của kỳ tuyển dụng "
                        + round.code() + " chưa được ban hành."));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("X-Content-SHA256", issued.document().sha256())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(filePrefix + round.code() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(issued.pdf());
    }
}
