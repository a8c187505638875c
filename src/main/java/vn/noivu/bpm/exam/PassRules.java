package vn.noivu.bpm.exam;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The numbers of a legal basis for passing and ranking, as a rule table gives them (never written in Java):
 * round 1 pass ratio, professional pass mark, weights of written and interview, each part's pass mark, tie-breaks.
 * A procedure's table outputs only the numbers its exam uses: any other is null, and {@link Scoring} refuses
 * a calculation that needs a missing one.
 */
public record PassRules(BigDecimal round1MinRatio, BigDecimal professionalMinScore, BigDecimal writtenWeight,
                        BigDecimal interviewWeight, BigDecimal partMinScore, List<TieBreak> tieBreaks, String citation) {

    public PassRules {
        tieBreaks = List.copyOf(tieBreaks);
    }

    /** From one result of a rule table whose outputs are named as this record's components, each optional. */
    public static PassRules fromRuleResult(Map<String, Object> result) {
        Object listed = result.get("tieBreaks");
        List<TieBreak> tieBreaks = listed == null ? List.of() : Arrays.stream(String.valueOf(listed).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(TieBreak::valueOf).toList();
        return new PassRules(decimal(result, "round1MinRatio"), decimal(result, "professionalMinScore"),
                decimal(result, "writtenWeight"), decimal(result, "interviewWeight"), decimal(result, "partMinScore"),
                tieBreaks, (String) result.get("citation"));
    }

    private static BigDecimal decimal(Map<String, Object> result, String name) {
        Object value = result.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("Rule table output " + name + " is not a number: " + value);
        }
        return new BigDecimal(number.toString());
    }

    /** A number this calculation needs, which the procedure's table must output. */
    static BigDecimal required(BigDecimal value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("Rule table output " + name + " is missing");
        }
        return value;
    }
}
