package vn.noivu.bpm.commendation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The annual review at a unit (bình xét thi đua hằng năm) as plain arithmetic over the case's rule tables: the
 * verdict of each nomination (P1-P10, P16, P17), whether the council votes on it (P6, P6a), the vote's result over all
 * members, and an optional local quota of CSTĐ cơ sở (P4) with the tie rule (P18) at its edge.
 */
public final class YearReview {

    /** Where a nomination stands after a step. */
    public enum Status {
        CHO_XET("chờ xét"),
        DU_DIEU_KIEN("đủ điều kiện, đề nghị công nhận"),
        CHO_BO_PHIEU("đủ điều kiện, chờ Hội đồng bỏ phiếu"),
        KHONG_DAT("không đạt"),
        HOAN_XET("tạm hoãn xét (P16)"),
        VUOT_CHI_TIEU("đạt nhưng vượt chỉ tiêu của địa phương (P4)"),
        DE_NGHI_CAP_TREN("đủ điều kiện, thuộc thẩm quyền cấp trên: đề nghị theo thủ tục trình"),
        DA_CONG_NHAN("đã được công nhận"),
        KHONG_CONG_NHAN("không công nhận (bị kỷ luật sau khi hết hoãn xét)");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The verdict of one nomination and what follows from it. */
    public record Evaluated(CommendationRules.Verdict verdict, CouncilVote.Rule voteRule, Status status, String note) {
    }

    private static final Set<Decider> LOCAL_DECIDERS = Set.of(Decider.THU_TRUONG_DON_VI, Decider.CHU_TICH_UBND_XA,
            Decider.GIAM_DOC_DOANH_NGHIEP);

    private YearReview() {
    }

    public static Evaluated individual(CommendationRules rules, Title title, IndividualFacts facts,
                                       Decider.UnitKind unitKind) {
        return evaluated(rules, title, rules.individual(title, facts), facts.effectiveOn(), unitKind);
    }

    public static Evaluated collective(CommendationRules rules, Title title, CollectiveFacts facts,
                                       Decider.UnitKind unitKind) {
        return evaluated(rules, title, rules.collective(title, facts), facts.effectiveOn(), unitKind);
    }

    private static Evaluated evaluated(CommendationRules rules, Title title, CommendationRules.Verdict verdict,
                                       LocalDate effectiveOn, Decider.UnitKind unitKind) {
        CouncilVote.Rule vote = rules.voteRule(title, effectiveOn);
        if (verdict.outcome() == CommendationRules.Outcome.HOAN_XET) {
            return new Evaluated(verdict, vote, Status.HOAN_XET, verdict.reason());
        }
        if (!verdict.eligible()) {
            return new Evaluated(verdict, vote, Status.KHONG_DAT, verdict.reason());
        }
        CommendationRules.DeciderRow decider = rules.decider(title, unitKind, effectiveOn);
        if (!LOCAL_DECIDERS.contains(decider.decider())) {
            return new Evaluated(verdict, vote, Status.DE_NGHI_CAP_TREN, "Thẩm quyền quyết định: "
                    + decider.decider().label() + " (" + decider.citation() + ")");
        }
        if (vote.required()) {
            return new Evaluated(verdict, vote, Status.CHO_BO_PHIEU, "Cần từ " + vote.thresholdPercent()
                    + "% tổng số thành viên Hội đồng đồng ý (" + vote.citation() + ")");
        }
        return new Evaluated(verdict, vote, Status.DU_DIEU_KIEN, verdict.reason());
    }

    /** One nominee's ballots and who they are, for the tie rule. */
    public record Ballot(long nominationId, int agree, int against, boolean woman) {
    }

    /** The result of one ballot: passed the vote, and whether it is within the local quota. */
    public record Voted(long nominationId, CouncilVote.Result result, Status status, String note) {
    }

    /**
     * The council's vote on each nominee (P6, P6a: over ALL members, absent members' written opinions among the
     * ballots), then for CSTĐ cơ sở an optional local quota of the unit's Lao động tiên tiến (P4): the passed
     * nominees with the most "đồng ý" within the limit; at the limit's edge the tie rule (P18) prefers a woman.
     */
    public static List<Voted> tally(CouncilVote.Rule rule, int members, List<Ballot> ballots, Optional<LocalQuota> quota,
                                    int advancedWorkers, TieRule tieRule) {
        Map<Long, Voted> voted = new LinkedHashMap<>();
        List<Ballot> passed = new ArrayList<>();
        for (Ballot ballot : ballots) {
            CouncilVote.Result result = CouncilVote.outcome(rule, new CouncilVote.Tally(members, ballot.agree(),
                    ballot.against()));
            String share = result.share() + (result.passed() ? " ≥ " : " < ") + result.thresholdPercent() + "%";
            voted.put(ballot.nominationId(), new Voted(ballot.nominationId(), result,
                    result.passed() ? Status.DU_DIEU_KIEN : Status.KHONG_DAT, "Đồng ý " + share + " tổng số thành viên"));
            if (result.passed()) {
                passed.add(ballot);
            }
        }
        int limit = LocalQuota.awardable(quota, advancedWorkers, passed.size());
        if (limit < passed.size()) {
            List<Ballot> order = new ArrayList<>(passed);
            order.sort(Comparator.comparingInt(Ballot::agree).reversed());
            int edge = order.get(limit).agree();
            List<Ballot> above = order.stream().filter(b -> b.agree() > edge).toList();
            List<Ballot> tied = order.stream().filter(b -> b.agree() == edge).toList();
            int seats = limit - above.size();
            List<TieRule.Contender> preferred = tieRule.preferredInTie(tied.stream()
                    .map(b -> TieRule.Contender.person(Long.toString(b.nominationId()), b.woman())).toList());
            Set<String> favoured = preferred.stream().map(TieRule.Contender::id).collect(Collectors.toSet());
            List<Ballot> tiedOrder = new ArrayList<>(tied);
            tiedOrder.sort(Comparator.comparing((Ballot b) -> !favoured.contains(Long.toString(b.nominationId())))
                    .thenComparingLong(Ballot::nominationId));
            Set<Long> kept = new java.util.HashSet<>();
            above.forEach(b -> kept.add(b.nominationId()));
            tiedOrder.subList(0, seats).forEach(b -> kept.add(b.nominationId()));
            String quotaNote = " Chỉ tiêu " + limit + " (" + quota.map(LocalQuota::citation).orElse("") + ")"
                    + (tied.size() > seats ? "; bằng phiếu ở cuối chỉ tiêu: ưu tiên nữ (" + tieRule.citation() + ")" : "");
            for (Ballot b : passed) {
                Voted v = voted.get(b.nominationId());
                voted.put(b.nominationId(), kept.contains(b.nominationId())
                        ? new Voted(v.nominationId(), v.result(), v.status(), v.note() + "." + quotaNote)
                        : new Voted(v.nominationId(), v.result(), Status.VUOT_CHI_TIEU, v.note() + "." + quotaNote));
            }
        }
        return List.copyOf(voted.values());
    }
}
