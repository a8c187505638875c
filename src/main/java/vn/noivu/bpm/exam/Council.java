package vn.noivu.bpm.exam;

import java.util.Map;

/**
 * A council's rules of procedure from a procedure's rule table for its council: its size,
 * the share of members who must be present for it to decide, and the vote: the majority of those present, the
 * chair's side when the votes are equal.
 */
public record Council(int minMembers, int maxMembers, boolean oddOnly, int quorumNumerator, int quorumDenominator,
                      String citation) {

    public static Council fromRuleResult(Map<String, Object> result) {
        return new Council(number(result, "minMembers"), number(result, "maxMembers"),
                Boolean.TRUE.equals(result.get("oddOnly")), number(result, "quorumNumerator"),
                number(result, "quorumDenominator"), (String) result.get("citation"));
    }

    /** A council of this size may be formed. */
    public boolean validSize(int members) {
        return members >= minMembers && members <= maxMembers && (!oddOnly || members % 2 == 1);
    }

    /** Enough members are present for the council to decide (e.g. at least 2/3: 5 of 7). */
    public boolean quorate(int members, int present) {
        return present <= members && (long) present * quorumDenominator >= (long) members * quorumNumerator;
    }

    /** The motion carries: more votes for than against, or as many and the chair voted for. */
    public static boolean carried(int votesFor, int votesAgainst, boolean chairVotedFor) {
        return votesFor > votesAgainst || votesFor == votesAgainst && chairVotedFor;
    }

    private static int number(Map<String, Object> result, String name) {
        return ((Number) result.get(name)).intValue();
    }
}
