package vn.noivu.bpm.exam;

import java.math.BigDecimal;
import java.util.ArrayList;
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
        // The sort keys once per candidate, not once per comparison: a national round ranks 100,000 candidates.
        List<Keyed> passed = new ArrayList<>();
        List<Candidate> notPassed = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (Scoring.professionalPassed(candidate, rules)) {
                passed.add(keyed(candidate, rules));
            } else {
                notPassed.add(candidate);
            }
        }
        List<Ranked> result = new ArrayList<>(candidates.size());
        for (Selection.Placed<Keyed> placed : Selection.withinQuota(passed, quota, Keyed.ORDER)) {
            Keyed keyed = placed.candidate();
            result.add(new Ranked(keyed.candidate(), keyed.total(), placed.rank(), placed.outcome()));
        }
        for (Candidate candidate : notPassed) {
            result.add(new Ranked(candidate, null, null, candidate.absent() ? Outcome.ABSENT : Outcome.FAILED));
        }
        return result;
    }

    /**
     * A candidate with what orders it: the total, then the rule table's tie-breaks in order. Higher first;
     * a missing tie-break value counts lowest.
     */
    private record Keyed(Candidate candidate, BigDecimal total, BigDecimal[] tieBreaks) {

        static final Comparator<Keyed> ORDER = (a, b) -> {
            int byTotal = b.total.compareTo(a.total);
            if (byTotal != 0) {
                return byTotal;
            }
            for (int i = 0; i < a.tieBreaks.length; i++) {
                BigDecimal x = a.tieBreaks[i];
                BigDecimal y = b.tieBreaks[i];
                int byTieBreak = x == null ? (y == null ? 0 : 1) : y == null ? -1 : y.compareTo(x);
                if (byTieBreak != 0) {
                    return byTieBreak;
                }
            }
            return 0;
        };
    }

    private static Keyed keyed(Candidate candidate, PassRules rules) {
        return new Keyed(candidate, total(candidate),
                rules.tieBreaks().stream().map(tieBreak -> value(candidate, tieBreak)).toArray(BigDecimal[]::new));
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

    private static BigDecimal value(Candidate candidate, TieBreak tieBreak) {
        return switch (tieBreak) {
            case PROFESSIONAL_SCORE -> candidate.professionalScore();
            case WRITTEN_SCORE -> candidate.writtenScore();
            case ROUND1_PART1 -> candidate.round1Part1();
        };
    }
}
