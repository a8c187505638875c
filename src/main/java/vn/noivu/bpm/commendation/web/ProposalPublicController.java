package vn.noivu.bpm.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ItemRow;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ProposalRow;
import vn.noivu.bpm.commendation.process.ProposalDossiers;
import vn.noivu.bpm.commendation.process.ProposalQueries;
import vn.noivu.bpm.platform.security.PublicEndpoint;
import vn.noivu.bpm.platform.security.Throttle;
import vn.noivu.bpm.platform.security.Throttled;

/**
 * The public posting (Law 06/2022 Art. 84(5)): the proposals being posted with their nominees' names, titles and
 * achievements only (never a citizen ID, a date of birth or a discipline fact), and the objections anyone files
 * with a name and a contact, throttled like the public lookups.
 */
@Tag(name = CommendationApi.TAG, description = CommendationApi.DESCRIPTION)
@RestController
@RequestMapping("/api/commendation/public/postings")
public class ProposalPublicController {

    private final ProposalQueries queries;
    private final ProposalDossiers dossiers;
    private final Throttle throttle;

    public ProposalPublicController(ProposalQueries queries, ProposalDossiers dossiers, Throttle throttle) {
        this.queries = queries;
        this.dossiers = dossiers;
        this.throttle = throttle;
    }

    public record PostedItem(long itemId, int position, String name, String holderType, String title, String achievement) {
    }

    public record Posting(long id, String unitName, int year, LocalDate postingUntil, List<PostedItem> items) {
    }

    @PublicEndpoint
    @Throttled
    @Operation(summary = "Các hồ sơ đề nghị khen thưởng đang công khai lấy ý kiến")
    @GetMapping
    public List<Posting> postings(HttpServletRequest request) {
        throttle.publicDownload(request.getRemoteAddr());
        List<ProposalRow> posted = queries.repository().posted();
        Map<Long, List<ItemRow>> items = queries.repository().itemsOf(posted.stream().map(ProposalRow::id).toList())
                .stream().collect(Collectors.groupingBy(ItemRow::proposalId));
        return posted.stream().map(p -> posting(p, items.getOrDefault(p.id(), List.of()))).toList();
    }

    private static Posting posting(ProposalRow p, List<ItemRow> items) {
        return new Posting(p.id(), p.unitName(), p.year(), p.postingUntil(), items.stream()
                .filter(i -> i.status().active()).map(i -> new PostedItem(i.id(), i.position(), i.holderName(),
                        "CA_NHAN".equals(i.holderType()) ? "cá nhân" : "tập thể", Title.valueOf(i.title()).label(),
                        i.achievement())).toList());
    }

    public record Filed(long id, String message) {
    }

    @PublicEndpoint
    @Throttled
    @Operation(summary = "Gửi phản ánh, kiến nghị về hồ sơ đang công khai")
    @PostMapping("/{id:\\d{1,18}}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    public Filed object(@PathVariable long id, @Valid @RequestBody ProposalObjectionRequest body, HttpServletRequest request) {
        throttle.publicLookup(request.getRemoteAddr(), "commendation-proposal-" + id);
        long filed = dossiers.object(id, body.name(), body.contact(), body.content(), body.itemId());
        return new Filed(filed, "Đã nhận ý kiến phản ánh; Hội đồng thi đua, khen thưởng của đơn vị sẽ xem xét.");
    }
}
