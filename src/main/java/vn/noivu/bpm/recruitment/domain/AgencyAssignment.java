package vn.noivu.bpm.recruitment.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.noivu.bpm.exam.Outcome;
import vn.noivu.bpm.exam.Ranking;

/**
 * A position shared by several agencies (Decree 170/2025 Art. 10(3)): winners, higher result first, go to the
 * first agency of their preference order that still has a place (then any agency with a place). Equal winners
 * who want the same agency beyond its places are a tie for the head: unless the head has decided it, the
 * assignment stops there, since who loses decides the places left for those ranked below.
 */
public final class AgencyAssignment {

    /** The agency of each assigned winner, and the tie the assignment stopped at (null when none). */
    public record Assignment(Map<Long, String> agencies, OpenTie tie) {
    }

    private AgencyAssignment() {
    }

    /** {@code agencyPlaces}: places per agency, in agency order; empty for a position of one agency. */
    public static Assignment assign(PositionRow position, List<Ranking.Ranked> ranked,
                                    List<Applicant> applicationsOfPosition, Map<String, Integer> agencyPlaces,
                                    TieDecisions decisions) {
        Map<String, Integer> places = new LinkedHashMap<>(agencyPlaces);
        Map<Long, String> assigned = new HashMap<>();
        if (places.isEmpty()) {
            return new Assignment(assigned, null);
        }
        Map<Long, List<String>> preferences = preferences(applicationsOfPosition, places.keySet());
        List<Ranking.Ranked> winners = ranked.stream().filter(r -> r.outcome() == Outcome.WINNER).toList();
        int start = 0;
        while (start < winners.size()) {
            int end = start + 1;
            while (end < winners.size() && winners.get(end).rank().equals(winners.get(start).rank())) {
                end++;
            }
            OpenTie tie = assignEqual(position, winners.get(start), ids(winners.subList(start, end)), preferences,
                    places, assigned, decisions);
            if (tie != null) {
                return new Assignment(assigned, tie);
            }
            start = end;
        }
        return new Assignment(assigned, null);
    }

    /** Each application's agencies in preference order, then the agencies it did not name. */
    private static Map<Long, List<String>> preferences(List<Applicant> applications, Set<String> agencies) {
        Map<Long, List<String>> preferences = new HashMap<>();
        for (Applicant a : applications) {
            List<String> order = new ArrayList<>(a.agencyPreferences() == null ? List.of()
                    : List.of(a.agencyPreferences().split(",")));
            agencies.stream().filter(agency -> !order.contains(agency)).forEach(order::add);
            preferences.put(a.id(), order);
        }
        return preferences;
    }

    /** Winners of one rank, until each has an agency; the open tie when the head has to choose. */
    private static OpenTie assignEqual(PositionRow position, Ranking.Ranked first, List<Long> equal,
                                       Map<Long, List<String>> preferences, Map<String, Integer> places,
                                       Map<Long, String> assigned, TieDecisions decisions) {
        List<Long> pending = equal;
        while (!pending.isEmpty()) {
            Map<String, List<Long>> wanting = new LinkedHashMap<>();
            for (long id : pending) {
                preferences.get(id).stream().filter(agency -> places.getOrDefault(agency, 0) > 0).findFirst()
                        .ifPresent(agency -> wanting.computeIfAbsent(agency, k -> new ArrayList<>()).add(id));
            }
            List<Long> stillPending = new ArrayList<>();
            for (Map.Entry<String, List<Long>> entry : wanting.entrySet()) {
                String agency = entry.getKey();
                List<Long> wanted = entry.getValue();
                int free = places.get(agency);
                List<Long> taking = wanted;
                if (wanted.size() > free) {
                    Set<Long> chosen = decisions.chosen(TieDecisions.scope(position.id(), agency), wanted, free);
                    if (chosen == null) {
                        return new OpenTie(position.id(), agency, free, first.total(), wanted);
                    }
                    taking = List.copyOf(chosen);
                    wanted.stream().filter(id -> !chosen.contains(id)).forEach(stillPending::add);
                }
                taking.forEach(id -> assigned.put(id, agency));
                places.merge(agency, -taking.size(), Integer::sum);
            }
            pending = stillPending;
        }
        return null;
    }

    static List<Long> ids(List<Ranking.Ranked> ranked) {
        return ranked.stream().map(r -> Long.parseLong(r.candidate().id())).toList();
    }
}
