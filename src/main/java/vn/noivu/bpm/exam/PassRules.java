package vn.noivu.bpm.exam;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The numbers of a legal basis for passing and ranking, as a rule table gives them (never written in Java):
 * round 1 pass ratio, professional pass mark, weights of written and interview, each part's pass mark, tie-breaks.
 */
public record PassRules(BigDecimal round1MinRatio, BigDecimal professionalMinScore, BigDecimal writtenWeight,
                        BigDecimal interviewWeight, BigDecimal partMinScore, List<TieBreak> tieBreaks, String citation) {

    public PassRules {
        tieBreaks = List.copyOf(tieBreaks);
    }

    /** From one result of a rule table with the outputs named as this record's components. */
    public static PassRules fromRuleResult(Map<String, Object> result) {
        List<TieBreak> tieBreaks = Arrays.stream(String.valueOf(result.get("tieBreaks")).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(TieBreak::valueOf).toList();
        return new PassRules(decimal(result, "round1MinRatio"), decimal(result, "professionalMinScore"),
                decimal(result, "writtenWeight"), decimal(result, "interviewWeight"), decimal(result, "partMinScore"),
                tieBreaks, (String) result.get("citation"));
    }

    private static BigDecimal decimal(Map<String, Object> result, String name) {
        Object value = result.get(name);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("Rule table output " + name + " is missing or not a number: " + value);
        }
        return new BigDecimal(number.toString());
    }
}
