package vn.noivu.bpm.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import vn.noivu.bpm.commendation.domain.ProposalItemStatus;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.persistence.ProposalRepository;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ProposalRow;
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

    private static final int LIMIT = 500;

    private final ProposalRepository proposals;
    private final DocumentService documents;
    private final Throttle throttle;

    public ProposalDecisionsPublicController(ProposalRepository proposals, DocumentService documents, Throttle throttle) {
        this.proposals = proposals;
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
        List<ProposalRow> decided = proposals.decided(year(year), LIMIT);
        Map<Long, List<ProposalRepository.ItemRow>> items = proposals.itemsOf(decided.stream().map(ProposalRow::id)
                .toList()).stream().collect(Collectors.groupingBy(ProposalRepository.ItemRow::proposalId));
        return decided.stream().map(p -> published(p, items.getOrDefault(p.id(), List.of()))).toList();
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

    private static Published published(ProposalRow p, List<ProposalRepository.ItemRow> items) {
        List<Awarded> awarded = items.stream()
                .filter(i -> i.status() == ProposalItemStatus.KHEN_THUONG)
                .map(i -> new Awarded(i.holderName(), "CA_NHAN".equals(i.holderType()) ? "cá nhân" : "tập thể",
                        Title.valueOf(i.title()).label())).toList();
        return new Published(p.id(), p.unitName(), p.year(), "DOT_XUAT".equals(p.kind())
                ? "khen thưởng đột xuất (thủ tục đơn giản)" : "khen thưởng theo công trạng, thành tích",
                p.decisionNumber(), p.decisionDate(), awarded,
                "/api/commendation/public/decisions/" + p.id() + ".pdf");
    }

    private static int year(String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(Deadlines.ZONE).getYear();
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year >= AwardRegister.FIRST_YEAR && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("year", "range", "Tham số year là năm thi đua, từ " + AwardRegister.FIRST_YEAR
                + " đến 2100.");
    }
}
