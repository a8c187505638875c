package vn.noivu.bpm.restructuring.domain;

import static vn.noivu.bpm.restructuring.domain.RuleRows.HUNDRED;
import static vn.noivu.bpm.restructuring.domain.RuleRows.asDecimal;
import static vn.noivu.bpm.restructuring.domain.RuleRows.asInteger;
import static vn.noivu.bpm.restructuring.domain.RuleRows.asLong;
import static vn.noivu.bpm.restructuring.domain.RuleRows.percent;
import static vn.noivu.bpm.restructuring.domain.RuleRows.plain;
import static vn.noivu.bpm.restructuring.domain.RuleRows.require;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The orientation standards of Resolution 76/2025 for units formed in the 2025 restructuring. */
final class OrientationTable {

    private OrientationTable() {
    }

    /**
     * Resolution 76/2025 Art. 4-5 for a unit formed in the 2025 restructuring (R13-R15, R10b): from
     * {@code mergedUnits} units, in an island district or not, in a province of {@code provinceKind}.
     */
    static RestructuringRules.OrientationCheck check(RuleTable orientation, StandardsTable standards, UnitFacts facts,
                                                     int mergedUnits, boolean islandDistrict, UnitKind provinceKind,
                                                     boolean mountainOrBorderProvince, LocalDate on) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("kind", facts.kind().name());
        inputs.put("mergedUnits", mergedUnits);
        inputs.put("mountainous", facts.mountainous());
        inputs.put("islandDistrict", islandDistrict);
        inputs.put("provinceKind", provinceKind == null ? "" : provinceKind.name());
        inputs.put("mountainOrBorderProvince", mountainOrBorderProvince);
        inputs.put("on", on);
        Map<String, Object> row = require(orientation.firstRow(inputs), RestructuringRules.ORIENTATION_KEY);
        List<String> citations = new ArrayList<>(List.of((String) row.get("citation")));
        if (!Boolean.TRUE.equals(row.get("checked"))) {
            return new RestructuringRules.OrientationCheck(false, null, null, null, null, null, null, List.of(), null, List.copyOf(citations));
        }
        Integer areaShare = asInteger(row.get("areaPercentOfStandard"));
        Integer populationShare = asInteger(row.get("populationPercentOfStandard"));
        BigDecimal minArea = asDecimal(row.get("minAreaKm2"));
        Long minPopulation = asLong(row.get("minPopulation"));
        BigDecimal referenceArea = minArea;
        BigDecimal referencePopulation = minPopulation == null ? null : BigDecimal.valueOf(minPopulation);
        if (areaShare != null || populationShare != null) {
            Map<String, Object> standardRow = require(standards.standardRow(facts.kind(), facts.terrain(), null, on), RestructuringRules.STANDARDS_KEY);
            citations.add((String) standardRow.get("citation"));
            referenceArea = asDecimal(standardRow.get("minAreaKm2"));
            Long base = asLong(standardRow.get("minPopulation"));
            referencePopulation = base == null ? null : BigDecimal.valueOf(base);
            minArea = areaShare == null || referenceArea == null ? null
                    : referenceArea.multiply(BigDecimal.valueOf(areaShare)).divide(HUNDRED);
            minPopulation = populationShare == null || referencePopulation == null ? null
                    : referencePopulation.multiply(BigDecimal.valueOf(populationShare)).divide(HUNDRED, 0, RoundingMode.CEILING)
                    .longValueExact();
        }
        BigDecimal areaPercent = referenceArea == null ? null : percent(facts.areaKm2(), referenceArea);
        BigDecimal populationPercent = referencePopulation == null ? null
                : percent(BigDecimal.valueOf(facts.population()), referencePopulation);
        List<String> unmet = new ArrayList<>();
        if (minArea != null && facts.areaKm2().compareTo(minArea) < 0) {
            unmet.add("Diện tích tự nhiên " + plain(facts.areaKm2()) + " km² bằng " + plain(areaPercent)
                    + "% tiêu chuẩn, chưa đạt " + plain(minArea) + " km²" + (areaShare == null ? "." : " (" + areaShare + "%)."));
        }
        if (minPopulation != null && facts.population() < minPopulation) {
            unmet.add("Quy mô dân số " + facts.population() + " người bằng " + plain(populationPercent)
                    + "% tiêu chuẩn, chưa đạt " + minPopulation + " người"
                    + (populationShare == null ? "." : " (" + populationShare + "%)."));
        }
        return new RestructuringRules.OrientationCheck(true, minArea, minPopulation, areaShare == null ? (minArea == null ? null : 100) : areaShare,
                populationShare == null ? (minPopulation == null ? null : 100) : populationShare, areaPercent,
                populationPercent, List.copyOf(unmet), (String) row.get("ifNotMet"), List.copyOf(citations));
    }
}
