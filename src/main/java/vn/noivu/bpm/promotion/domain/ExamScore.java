package vn.noivu.bpm.promotion.domain;

import java.math.BigDecimal;

/** One nominee's exam result (promotion by exam); {@code score} 0-100 unless absent. */
public record ExamScore(String citizenId, BigDecimal score, Boolean absent) {

    public boolean wasAbsent() {
        return Boolean.TRUE.equals(absent);
    }

    public boolean scoreInRange() {
        return wasAbsent() || score != null && score.signum() >= 0 && score.compareTo(BigDecimal.valueOf(100)) <= 0;
    }
}
