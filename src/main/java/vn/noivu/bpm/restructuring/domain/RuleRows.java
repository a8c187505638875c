package vn.noivu.bpm.restructuring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** The arithmetic and row reading the restructuring rules share. */
final class RuleRows {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RuleRows() {
    }

    static BigDecimal ratio(BigDecimal value, BigDecimal standard) {
        return value.multiply(HUNDRED).divide(standard, 6, RoundingMode.HALF_EVEN);
    }

    static BigDecimal percent(BigDecimal value, BigDecimal standard) {
        return value.multiply(HUNDRED).divide(standard, 2, RoundingMode.HALF_UP);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static Map<String, Object> require(Map<String, Object> row, String key) {
        if (row == null) {
            throw new IllegalStateException("Bảng " + key + " không có dòng nào khớp");
        }
        return row;
    }

    static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static Integer asInteger(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static BigDecimal asDecimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    /**
     * A table that answers each distinct set of inputs once: a row depends only on its inputs, and a province's
     * thousands of communes share a few dozen sets (kind, terrain, date, factors).
     */
    static RuleTable memoized(RuleTable table) {
        java.util.concurrent.ConcurrentHashMap<Map<String, Object>, java.util.Optional<Map<String, Object>>> answers =
                new java.util.concurrent.ConcurrentHashMap<>();
        return inputs -> answers.computeIfAbsent(Map.copyOf(inputs), key -> java.util.Optional.ofNullable(
                table.firstRow(key))).orElse(null);
    }
}
