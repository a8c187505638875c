package vn.noivu.bpm.exam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Filling a quota from candidates in legal order, for selection by exam and by review alike: candidates equal
 * under the order share a rank; a group that fits the places left wins; a group across the last place awaits the
 * head's decision (Decree 170/2025 Art. 10(2); Decree 115/2020 Art. 10(2), 40(3)); those below are not selected.
 */
public final class Selection {

    /** A candidate with its 1-based rank (shared by equals) and outcome. */
    public record Placed<T>(T candidate, int rank, Outcome outcome) {
    }

    private Selection() {
    }

    /** {@code order} puts the first-placed candidate first; {@code candidates} need not be sorted. */
    public static <T> List<Placed<T>> withinQuota(List<T> candidates, int quota, Comparator<T> order) {
        List<T> sorted = candidates.stream().sorted(order).toList();
        List<Placed<T>> placed = new ArrayList<>();
        int remaining = quota;
        int start = 0;
        while (start < sorted.size()) {
            int end = start + 1;
            while (end < sorted.size() && order.compare(sorted.get(start), sorted.get(end)) == 0) {
                end++;
            }
            Outcome outcome;
            if (end - start <= remaining) {
                outcome = Outcome.WINNER;
                remaining -= end - start;
            } else if (remaining > 0) {
                outcome = Outcome.AWAITING_DECISION;
                remaining = 0;
            } else {
                outcome = Outcome.NOT_SELECTED;
            }
            for (T candidate : sorted.subList(start, end)) {
                placed.add(new Placed<>(candidate, start + 1, outcome));
            }
            start = end;
        }
        return placed;
    }

    /**
     * The head's choice among those awaiting a decision: exactly as many as the places left, or
     * IllegalArgumentException naming who may be chosen.
     */
    public static <T> List<Placed<T>> decide(List<Placed<T>> placed, Set<T> chosen, int quota) {
        List<T> awaiting = placed.stream().filter(p -> p.outcome() == Outcome.AWAITING_DECISION).map(Placed::candidate).toList();
        long places = quota - placed.stream().filter(p -> p.outcome() == Outcome.WINNER).count();
        if (!awaiting.containsAll(chosen)) {
            throw new IllegalArgumentException("Only candidates awaiting a decision can be chosen: " + awaiting);
        }
        if (chosen.size() != places) {
            throw new IllegalArgumentException("Choose exactly " + places + " of " + awaiting);
        }
        return placed.stream().map(p -> p.outcome() != Outcome.AWAITING_DECISION ? p
                : new Placed<>(p.candidate(), p.rank(), chosen.contains(p.candidate()) ? Outcome.WINNER : Outcome.NOT_SELECTED))
                .toList();
    }
}
