package vn.noivu.bpm.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.commendation.process.CommendationProposalDocuments;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.personnel.AwardRegister;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.security.PublicEndpoint;
import vn.noivu.bpm.platform.security.Throttle;
import vn.noivu.bpm.platform.security.Throttled;
import vn.noivu.bpm.platform.web.InvalidInputException;

/**
 * The provincial Chairman's commendation decisions, published: who was awarded which title by which decision (names
 * and titles only, as the decision itself prints them) and the decision as signed and numbered.
 */
@Tag(name = CommendationApi.TAG, description = CommendationApi.DESCRIPTION)
@RestController
@RequestMapping("/api/commendation/public/decisions")
public class ProposalDecisionsPublicController {

    private final PublicCommendations published;
    private final DocumentService documents;
    private final Throttle throttle;

    public ProposalDecisionsPublicController(PublicCommendations published, DocumentService documents, Throttle throttle) {
        this.published = published;
        this.documents = documents;
        this.throttle = throttle;
    }

    public record Awarded(String name, String holderType, String title) {
    }

    public record Published(long proposalId, String unitName, int year, String kindLabel, String decisionNumber,
                            LocalDate decisionDate, List<Awarded> awarded, String pdf) {
    }

    /** The decisions of an emulation year ({@code year}, this year by default), newest first. */
    @PublicEndpoint
    @Throttled
    @Operation(summary = "Các quyết định khen thưởng đã ban hành trong năm")
    @GetMapping
    public List<Published> decisions(@RequestParam(required = false) String year, HttpServletRequest request) {
        throttle.publicDownload(request.getRemoteAddr());
        return published.decisions(year(year)).stream().map(d -> new Published(d.proposalId(), d.unitName(), d.year(),
                d.kindLabel(), d.decisionNumber(), d.decisionDate(), d.awarded().stream().map(a -> new Awarded(a.name(),
                a.holderType(), a.title())).toList(), d.pdf())).toList();
    }

    /** A decision as the Chairman signed it (its stored PDF and hash); 404 until it is issued. */
    @PublicEndpoint
    @Throttled
    @Operation(summary = "Tải quyết định khen thưởng đã ký (PDF)")
    @GetMapping("/{id:\\d{1,18}}.pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable long id, HttpServletRequest request) {
        throttle.publicDownload(request.getRemoteAddr());
        DocumentService.IssuedFile issued = documents.latestIssued(CommendationProposalDocuments.DECISION.code(),
                CommendationProposalDocuments.subject(id)).orElseThrow(() -> Refused.notFound("document_not_issued",
                "Hồ sơ đề nghị khen thưởng số " + id + " chưa có quyết định khen thưởng được ban hành."));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("X-Content-SHA256", issued.document().sha256())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("quyet-dinh-khen-thuong_DN-" + id + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(issued.pdf());
    }

    private static int year(String value) {
        return EmulationYear.parse(value, LocalDate.now(Deadlines.ZONE).getYear(), "year", "Tham số year là năm thi đua, từ "
                + AwardRegister.FIRST_YEAR + " đến " + EmulationYear.LAST + ".");
    }
}
