package vn.noivu.bpm.restructuring.domain;

import static vn.noivu.bpm.restructuring.domain.RuleRows.HUNDRED;
import static vn.noivu.bpm.restructuring.domain.RuleRows.asDecimal;
import static vn.noivu.bpm.restructuring.domain.RuleRows.asLong;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The standards table and the special-factors table: a unit's minimums on a day. */
final class StandardsTable {

    private final RuleTable standards;
    private final RuleTable specialFactors;

    StandardsTable(RuleTable standards, RuleTable specialFactors) {
        this.standards = standards;
        this.specialFactors = specialFactors;
    }

    /** The standard of a unit's kind on a day, its population minimum lowered by the special factors that apply. */
    RestructuringRules.Standard standard(UnitFacts facts, LocalDate on) {
        Map<String, Object> row = standardRow(facts.kind(), facts.terrain(), facts.parentKind(), on);
        if (row == null) {
            return new RestructuringRules.Standard(facts.kind(), null, null, null, null, List.of("Không có tiêu chuẩn của "
                    + facts.kind().label() + " áp dụng vào ngày " + on + " trong bảng " + RestructuringRules.STANDARDS_KEY), null, false);
        }
        Long base = asLong(row.get("minPopulation"));
        List<String> citations = new ArrayList<>();
        citations.add((String) row.get("citation"));
        Long minimum = base;
        if (base != null) {
            for (String factor : List.of("DAN_TOC_THIEU_SO", "BAI_NGANG")) {
                Map<String, Object> inputs = new HashMap<>();
                inputs.put("factor", factor);
                inputs.put("kind", facts.kind().name());
                inputs.put("on", on);
                inputs.put("ethnicMinorityPercent", facts.ethnicMinorityPercent() == null ? 0.0
                        : facts.ethnicMinorityPercent().doubleValue());
                inputs.put("mountainOrBorder", facts.mountainous() || facts.landBorder());
                inputs.put("coastalBaiNgang", facts.coastalBaiNgang());
                Map<String, Object> factorRow = specialFactors.firstRow(inputs);
                if (factorRow == null) {
                    continue;
                }
                long reduced = reducedPopulation(facts, on, base, factorRow);
                if (reduced < minimum) {
                    minimum = reduced;
                }
                citations.add((String) factorRow.get("citation"));
            }
        }
        return new RestructuringRules.Standard(facts.kind(), base, minimum, asDecimal(row.get("minAreaKm2")), (String) row.get("otherCriteria"),
                List.copyOf(citations), (String) row.get("legalBasis"), Boolean.TRUE.equals(row.get("confirmed")));
    }

    private long reducedPopulation(UnitFacts facts, LocalDate on, long base, Map<String, Object> row) {
        long reference = base;
        String ofTerrain = (String) row.get("ofTerrain");
        if (ofTerrain != null && !ofTerrain.isEmpty()) {
            Map<String, Object> other = standardRow(facts.kind(), ofTerrain, facts.parentKind(), on);
            Long otherBase = other == null ? null : asLong(other.get("minPopulation"));
            if (otherBase != null) {
                reference = otherBase;
            }
        }
        int percent = ((Number) row.get("startPercent")).intValue();
        Number from = (Number) row.get("fromEthnicPercent");
        Number every = (Number) row.get("everyEthnicPercent");
        Number reduce = (Number) row.get("reducePercent");
        if (from != null && every != null && reduce != null && facts.ethnicMinorityPercent() != null) {
            int steps = facts.ethnicMinorityPercent().subtract(BigDecimal.valueOf(from.longValue()))
                    .divide(BigDecimal.valueOf(every.longValue()), 0, RoundingMode.FLOOR).max(BigDecimal.ZERO).intValue();
            percent -= steps * reduce.intValue();
        }
        Number floor = (Number) row.get("floorPercent");
        percent = Math.max(percent, floor == null ? 0 : floor.intValue());
        return BigDecimal.valueOf(reference).multiply(BigDecimal.valueOf(percent))
                .divide(HUNDRED, 0, RoundingMode.CEILING).longValueExact();
    }

    Map<String, Object> standardRow(UnitKind kind, String terrain, UnitKind parentKind, LocalDate on) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("kind", kind.name());
        inputs.put("terrain", terrain);
        inputs.put("parentKind", parentKind == null ? "" : parentKind.name());
        inputs.put("on", on);
        return standards.firstRow(inputs);
    }
}
