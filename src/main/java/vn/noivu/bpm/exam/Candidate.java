package vn.noivu.bpm.exam;

import java.math.BigDecimal;

/**
 * One candidate of one position in the professional exam. For a written + interview exam the two parts are given
 * and {@code professionalScore} is their weighted result; otherwise only {@code professionalScore}.
 */
public record Candidate(String id, BigDecimal professionalScore, BigDecimal writtenScore, BigDecimal interviewScore,
                        BigDecimal round1Part1, BigDecimal priorityPoints, boolean absent) {

    public static Candidate single(String id, String score, String priority) {
        return new Candidate(id, new BigDecimal(score), null, null, null, new BigDecimal(priority), false);
    }
}
