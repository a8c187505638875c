package vn.noivu.bpm.exam;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Re-marking of a paper on review (phúc khảo; Circular 22/2025/TT-BNV Art. 17-18): two markers; the same score
 * stands; different scores call a third marker; two equal scores of three stand, else their mean, to 2 decimals.
 * The threshold from which the council must meet before adopting the result comes from the rule table.
 */
public final class Remarking {

    /** Two markers differ and no third marker's score was given. */
    public static final class ThirdMarkerRequired extends IllegalArgumentException {
        public ThirdMarkerRequired() {
            super("The two markers differ: a third marker is required");
        }
    }

    private Remarking() {
    }

    public static BigDecimal reviewScore(BigDecimal marker1, BigDecimal marker2, BigDecimal marker3) {
        if (marker1.compareTo(marker2) == 0) {
            return Scoring.round(marker1);
        }
        if (marker3 == null) {
            throw new ThirdMarkerRequired();
        }
        if (marker3.compareTo(marker1) == 0 || marker3.compareTo(marker2) == 0) {
            return Scoring.round(marker3);
        }
        return marker1.add(marker2).add(marker3).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
    }

    /** The council meets (minuted) before deciding when the re-marked score moves by the threshold or more. */
    public static boolean needsCouncil(BigDecimal published, BigDecimal review, BigDecimal threshold) {
        return review.subtract(published).abs().compareTo(threshold) >= 0;
    }
}
