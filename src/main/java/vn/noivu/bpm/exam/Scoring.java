package vn.noivu.bpm.exam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** Applies a legal basis's {@link PassRules} to scores. Results are rounded to 2 decimals, half up. */
public final class Scoring {

    private Scoring() {
    }

    /** Round 1: the share of correct answers reaches the minimum ratio (">= 50%"). */
    public static boolean round1Passed(int correctAnswers, int totalQuestions, PassRules rules) {
        if (totalQuestions <= 0 || correctAnswers < 0 || correctAnswers > totalQuestions) {
            throw new IllegalArgumentException("correct answers " + correctAnswers + " of " + totalQuestions);
        }
        return BigDecimal.valueOf(correctAnswers)
                .compareTo(PassRules.required(rules.round1MinRatio(), "round1MinRatio").multiply(BigDecimal.valueOf(totalQuestions))) >= 0;
    }

    /**
     * Round 1 in two parts (public employees: general knowledge and foreign language, Decree 115/2020 Art. 9(1)(c)):
     * each part held must reach the ratio; a part not held (null questions) does not count.
     */
    public static boolean round1Passed(int part1Correct, int part1Questions, Integer part2Correct,
                                       Integer part2Questions, PassRules rules) {
        return round1Passed(part1Correct, part1Questions, rules)
                && (part2Questions == null || round1Passed(part2Correct == null ? 0 : part2Correct, part2Questions, rules));
    }

    /** Written + interview: the weighted result, rounded to 2 decimals. */
    public static BigDecimal combined(BigDecimal written, BigDecimal interview, PassRules rules) {
        return round(written.multiply(PassRules.required(rules.writtenWeight(), "writtenWeight"))
                .add(interview.multiply(PassRules.required(rules.interviewWeight(), "interviewWeight"))));
    }

    /** The professional exam is passed: the pass mark, and for two parts each part's pass mark too. */
    public static boolean professionalPassed(Candidate candidate, PassRules rules) {
        if (candidate.absent() || candidate.professionalScore() == null) {
            return false;
        }
        if (candidate.writtenScore() != null || candidate.interviewScore() != null) {
            BigDecimal partMin = PassRules.required(rules.partMinScore(), "partMinScore");
            if (candidate.writtenScore() == null || candidate.interviewScore() == null
                    || candidate.writtenScore().compareTo(partMin) < 0 || candidate.interviewScore().compareTo(partMin) < 0) {
                return false;
            }
        }
        return candidate.professionalScore().compareTo(PassRules.required(rules.professionalMinScore(), "professionalMinScore")) >= 0;
    }

    /** Several priority categories: only the highest counts (Decree 170/2025 Art. 6(2)). */
    public static BigDecimal highestPriority(Collection<BigDecimal> points) {
        return points.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    public static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
