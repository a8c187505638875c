package vn.noivu.bpm.exam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the candidates of one position within its quota (Decree 170/2025 Art. 10, 12; Decree 115/2020 Art. 10):
 * only those who passed are ranked, by professional score plus priority points, descending; candidates still tied
 * after the rule table's tie-breaks share a rank, and a tie across the last quota place goes to the head.
 */
public final class Ranking {

    /** A candidate with the total that ranks them, their rank (null when not ranked) and outcome. */
    public record Ranked(Candidate candidate, BigDecimal total, Integer rank, Outcome outcome) {
    }

    private Ranking() {
    }

    public static List<Ranked> rank(List<Candidate> candidates, int quota, PassRules rules) {
        // Totals once per candidate, not once per comparison: a national round ranks 100,000 candidates.
        Map<Candidate, BigDecimal> totals = new IdentityHashMap<>();
        candidates.stream().filter(c -> Scoring.professionalPassed(c, rules)).forEach(c -> totals.put(c, total(c)));
        List<Candidate> passed = candidates.stream().filter(totals::containsKey).toList();
        List<Ranked> result = new ArrayList<>();
        for (Selection.Placed<Candidate> placed : Selection.withinQuota(passed, quota, order(rules, totals::get))) {
            result.add(new Ranked(placed.candidate(), totals.get(placed.candidate()), placed.rank(), placed.outcome()));
        }
        Set<Candidate> ranked = Collections.newSetFromMap(new IdentityHashMap<>());
        ranked.addAll(passed);
        for (Candidate candidate : candidates) {
            if (!ranked.contains(candidate)) {
                result.add(new Ranked(candidate, null, null, candidate.absent() ? Outcome.ABSENT : Outcome.FAILED));
            }
        }
        return result;
    }

    /** Applies the head's choice among the candidates awaiting a decision: exactly as many as the places left. */
    public static List<Ranked> decide(List<Ranked> ranked, Set<String> selectedIds, int quota) {
        List<Selection.Placed<Ranked>> placed = ranked.stream().filter(r -> r.rank() != null)
                .map(r -> new Selection.Placed<>(r, r.rank(), r.outcome())).toList();
        Set<Ranked> chosen = Set.copyOf(ranked.stream().filter(r -> selectedIds.contains(r.candidate().id())).toList());
        Map<Ranked, Outcome> decided = new IdentityHashMap<>();
        Selection.decide(placed, chosen, quota).forEach(p -> decided.put(p.candidate(), p.outcome()));
        return ranked.stream().map(r -> r.rank() == null ? r
                : new Ranked(r.candidate(), r.total(), r.rank(), decided.get(r))).toList();
    }

    static BigDecimal total(Candidate candidate) {
        BigDecimal priority = candidate.priorityPoints() == null ? BigDecimal.ZERO : candidate.priorityPoints();
        return Scoring.round(candidate.professionalScore().add(priority));
    }

    /** Higher total first, then each tie-break, higher first; a missing value counts lowest. */
    static Comparator<Candidate> order(PassRules rules, java.util.function.Function<Candidate, BigDecimal> total) {
        Comparator<Candidate> order = Comparator.comparing(total, Comparator.reverseOrder());
        for (TieBreak tieBreak : rules.tieBreaks()) {
            order = order.thenComparing(c -> value(c, tieBreak), Comparator.nullsLast(Comparator.reverseOrder()));
        }
        return order;
    }

    private static BigDecimal value(Candidate candidate, TieBreak tieBreak) {
        return switch (tieBreak) {
            case PROFESSIONAL_SCORE -> candidate.professionalScore();
            case WRITTEN_SCORE -> candidate.writtenScore();
            case ROUND1_PART1 -> candidate.round1Part1();
        };
    }
}
