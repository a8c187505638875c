package vn.noivu.bpm.commendation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.commendation.domain.ProposalItemStatus;
import vn.noivu.bpm.commendation.domain.ProposalStatus;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.persistence.ProposalRepository;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ItemRow;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ProposalRow;
import vn.noivu.bpm.platform.error.Refused;

/**
 * What the public reads of commendation, for the JSON endpoints and the public pages alike: the proposals being
 * posted (names, titles, achievements; never a citizen ID, a date of birth or a discipline fact) and the published
 * decisions (names and titles, as the decision prints them).
 */
@Component
public class PublicCommendations {

    static final int DECISIONS_LIMIT = 500;

    private final ProposalRepository proposals;

    public PublicCommendations(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    /** A nominee as posted: {@code holderType} in words ("cá nhân", "tập thể"), {@code title} the title's name. */
    public record Nominee(long itemId, int position, String name, String holderType, String title, String achievement) {
    }

    /** A posting: from the day the proposal was filed to the last day of the posting, inclusive. */
    public record PostingView(long id, String unitName, int year, LocalDate postedOn, LocalDate postingUntil,
                              List<Nominee> nominees) {
    }

    public record AwardedView(String name, String holderType, String title) {
    }

    public record DecisionView(long proposalId, String unitName, int year, String kindLabel, String decisionNumber,
                               LocalDate decisionDate, List<AwardedView> awarded, String pdf) {
    }

    /** The proposals posted now, newest first. */
    public List<PostingView> postings() {
        List<ProposalRow> posted = proposals.posted();
        Map<Long, List<ItemRow>> items = proposals.itemsOf(posted.stream().map(ProposalRow::id).toList()).stream()
                .collect(Collectors.groupingBy(ItemRow::proposalId));
        return posted.stream().map(p -> posting(p, items.getOrDefault(p.id(), List.of()))).toList();
    }

    /** One proposal being posted; 404 when there is none of that number or its posting is over. */
    public PostingView posting(long id) {
        ProposalRow p = proposals.find(id).filter(row -> row.status() == ProposalStatus.NIEM_YET)
                .orElseThrow(() -> Refused.notFound("posting_not_found", "Không có danh sách đề nghị khen thưởng số "
                        + id + " đang niêm yết công khai."));
        return posting(p, proposals.items(id));
    }

    private static PostingView posting(ProposalRow p, List<ItemRow> items) {
        return new PostingView(p.id(), p.unitName(), p.year(),
                p.createdAt() == null ? null : p.createdAt().atZone(Deadlines.ZONE).toLocalDate(), p.postingUntil(),
                items.stream().filter(i -> i.status().active()).map(i -> new Nominee(i.id(), i.position(), i.holderName(),
                        holder(i), Title.valueOf(i.title()).label(), i.achievement())).toList());
    }

    /** The decisions of an emulation year, newest first, with the names each awards. */
    public List<DecisionView> decisions(int year) {
        List<ProposalRow> decided = proposals.decided(year, DECISIONS_LIMIT);
        Map<Long, List<ItemRow>> items = proposals.itemsOf(decided.stream().map(ProposalRow::id).toList()).stream()
                .collect(Collectors.groupingBy(ItemRow::proposalId));
        return decided.stream().map(p -> decision(p, items.getOrDefault(p.id(), List.of()))).toList();
    }

    private static DecisionView decision(ProposalRow p, List<ItemRow> items) {
        List<AwardedView> awarded = items.stream()
                .filter(i -> i.status() == ProposalItemStatus.KHEN_THUONG)
                .map(i -> new AwardedView(i.holderName(), holder(i), Title.valueOf(i.title()).label())).toList();
        return new DecisionView(p.id(), p.unitName(), p.year(), "DOT_XUAT".equals(p.kind())
                ? "khen thưởng đột xuất (thủ tục đơn giản)" : "khen thưởng theo công trạng, thành tích",
                p.decisionNumber(), p.decisionDate(), awarded, "/api/commendation/public/decisions/" + p.id() + ".pdf");
    }

    private static String holder(ItemRow item) {
        return "CA_NHAN".equals(item.holderType()) ? "cá nhân" : "tập thể";
    }
}
