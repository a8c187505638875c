package vn.noivu.bpm.commendation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An optional local quota of CSTĐ cơ sở (P4): none nationally since 01/01/2024; a ministry or province may set a
 * share of the unit's Lao động tiên tiến and how to round it.
 */
public record LocalQuota(BigDecimal share, RoundingMode rounding, String citation) {

    public int limit(int advancedWorkers) {
        return share.multiply(BigDecimal.valueOf(advancedWorkers)).setScale(0, rounding).intValueExact();
    }

    /** How many CSTĐ cơ sở a unit may award: every eligible nominee without a quota, at most the limit with one. */
    public static int awardable(Optional<LocalQuota> quota, int advancedWorkers, int eligibleNominees) {
        return quota.map(q -> Math.min(eligibleNominees, q.limit(advancedWorkers))).orElse(eligibleNominees);
    }
}
