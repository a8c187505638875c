package vn.noivu.bpm.recruitment.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The head's recorded decisions of a round: per tie (position and agency), who was in it and who was chosen. */
public record TieDecisions(Map<String, Set<Long>> tied, Map<String, Set<Long>> selected) {

    /** One tie decided: the candidates tied and those the head chose. */
    public record Decision(long positionId, String agency, List<Long> tied, List<Long> chosen) {
    }

    public static String scope(long positionId, String agency) {
        return positionId + "/" + agency;
    }

    /** Who the head chose for exactly this tie (same candidates, same places), or null when undecided. */
    public Set<Long> chosen(String scope, List<Long> tiedNow, int places) {
        Set<Long> chosen = selected.getOrDefault(scope, Set.of());
        return tied.getOrDefault(scope, Set.of()).equals(Set.copyOf(tiedNow)) && chosen.size() == places
                ? chosen : null;
    }
}
