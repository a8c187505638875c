package vn.noivu.bpm.restructuring.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.restructuring.domain.ChangeKind;
import vn.noivu.bpm.restructuring.domain.RestructuringRules;
import vn.noivu.bpm.restructuring.domain.SchemeStandards;
import vn.noivu.bpm.restructuring.domain.UnitFacts;
import vn.noivu.bpm.restructuring.domain.UnitKind;
import vn.noivu.bpm.restructuring.persistence.UnitRepository;
import vn.noivu.bpm.restructuring.web.SchemeRequest;

/**
 * A scheme's arrangements against the register on the scheme's date: the units concerned exist, are of the
 * province and of one level, have figures; the parts of a predecessor do not exceed it; each resulting unit's
 * figures are the sum of its parts and are checked against the standards of the scheme's regime.
 */
@Component
public class SchemeArrangements {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.0001");

    /** A resulting unit as it will be stored. {@code shares}: predecessor code → TOAN_BO or MOT_PHAN. */
    public record Planned(int arrangementNo, ChangeKind change, SchemeRequest.Result result, String parentCode,
                          BigDecimal area, long population, UnitFacts facts, SchemeStandards.ResultCheck check,
                          Map<String, String> shares) {
    }

    /** The plan of a whole scheme: its level (TINH or XA), the units concerned by code, the resulting units. */
    public record Plan(String level, Map<String, UnitRepository.UnitRow> concerned, List<Planned> results) {
    }

    /** What one arrangement's units are: rows and figures by code. */
    private record Units(Map<String, UnitRepository.UnitRow> rows, Map<String, UnitRepository.StatisticsRow> stats) {
    }

    private final UnitRepository units;

    public SchemeArrangements(UnitRepository units) {
        this.units = units;
    }

    public Plan plan(SchemeRequest request, UnitRepository.UnitRow province, RestructuringRules rules) {
        Set<String> seenUnits = new HashSet<>();
        Set<String> seenResults = new HashSet<>();
        Map<String, UnitRepository.UnitRow> concerned = new LinkedHashMap<>();
        List<Planned> planned = new ArrayList<>();
        String[] level = {null};
        for (int i = 0; i < request.arrangements().size(); i++) {
            SchemeRequest.Arrangement a = request.arrangements().get(i);
            String at = "arrangements[" + i + "]";
            if (!a.change().unitsAllowed(a.units().size())) {
                throw new InvalidInputException(at + ".units", "count", a.change().shape() + ".");
            }
            if (!a.change().resultsAllowed(a.results().size())) {
                throw new InvalidInputException(at + ".results", "count", a.change().shape() + ".");
            }
            Units found = units(request, province, a, at, seenUnits, level);
            concerned.putAll(found.rows());
            Map<String, BigDecimal> areaUsed = new HashMap<>();
            Map<String, Long> populationUsed = new HashMap<>();
            Map<String, Integer> usedBy = new HashMap<>();
            List<Planned> ofArrangement = new ArrayList<>();
            for (int k = 0; k < a.results().size(); k++) {
                String rf = at + ".results[" + k + "]";
                SchemeRequest.Result r = a.results().get(k);
                checkResult(a, r, rf, found, seenResults, level[0]);
                BigDecimal area = BigDecimal.ZERO;
                long population = 0;
                Set<String> partCodes = new HashSet<>();
                for (int m = 0; m < r.parts().size(); m++) {
                    SchemeRequest.Part p = r.parts().get(m);
                    checkPart(a, p, rf + ".parts[" + m + "]", found, partCodes, areaUsed, populationUsed);
                    usedBy.merge(p.unitCode(), 1, Integer::sum);
                    area = area.add(p.areaKm2());
                    population += p.population();
                }
                ofArrangement.add(result(request, province, rules, i, a, r, found, area, population));
            }
            for (int j = 0; j < a.units().size(); j++) {
                if (!areaUsed.containsKey(a.units().get(j))) {
                    throw new InvalidInputException(at + ".units[" + j + "]", "usedByResult", "Đơn vị " + a.units().get(j)
                            + " chưa được ghi vào phần nào của đơn vị hình thành.");
                }
            }
            ofArrangement.forEach(p -> p.shares().replaceAll((code, share) -> "?".equals(share)
                    ? (usedBy.get(code) == 1 ? "TOAN_BO" : "MOT_PHAN") : share));
            planned.addAll(ofArrangement);
        }
        return new Plan(level[0], concerned, planned);
    }

    private Units units(SchemeRequest request, UnitRepository.UnitRow province, SchemeRequest.Arrangement a, String at,
                        Set<String> seenUnits, String[] level) {
        LocalDate on = request.schemeDate();
        Map<String, UnitRepository.UnitRow> rows = new HashMap<>();
        Map<String, UnitRepository.StatisticsRow> stats = new HashMap<>();
        for (int j = 0; j < a.units().size(); j++) {
            String code = a.units().get(j);
            String field = at + ".units[" + j + "]";
            if (!seenUnits.add(code)) {
                throw new InvalidInputException(field, "once", "Đơn vị " + code + " đã có trong một phương án khác của đề án.");
            }
            UnitRepository.UnitRow unit = units.asOf(code, on).orElseThrow(() -> new InvalidInputException(field,
                    "inRegister", "Mã đơn vị " + code + " không có trong sổ đơn vị hành chính vào ngày " + SchemeService.DAY.format(on) + "."));
            if (unit.kind().level() == UnitKind.Level.HUYEN) {
                throw new InvalidInputException(field, "level", unit.name() + " là đơn vị cấp huyện; từ 01/07/2025 chỉ còn cấp tỉnh và cấp xã.");
            }
            if (unit.kind().level() == UnitKind.Level.XA && !request.provinceCode().equals(unit.parentCode())) {
                throw new InvalidInputException(field, "ofProvince", unit.name() + " (" + code + ") không thuộc " + province.name() + ".");
            }
            if (level[0] != null && !level[0].equals(unit.kind().level().name())) {
                throw new InvalidInputException(field, "sameLevel", "Một đề án sắp xếp đơn vị cùng một cấp (cấp tỉnh hoặc cấp xã).");
            }
            level[0] = unit.kind().level().name();
            stats.put(code, units.statistics(code, on).orElseThrow(() -> new InvalidInputException(field, "hasStatistics",
                    "Chưa có số liệu diện tích, dân số của " + unit.name() + " (" + code + ") đến ngày " + SchemeService.DAY.format(on)
                    + ": nhập tệp số liệu trước (POST /api/units/statistics/import).")));
            rows.put(code, unit);
        }
        return new Units(rows, stats);
    }

    private void checkResult(SchemeRequest.Arrangement a, SchemeRequest.Result r, String rf, Units found,
                             Set<String> seenResults, String level) {
        if (!seenResults.add(r.code())) {
            throw new InvalidInputException(rf + ".code", "once", "Mã " + r.code() + " đã dùng cho một đơn vị hình thành khác.");
        }
        if (!a.units().contains(r.code()) && units.exists(r.code())) {
            throw new InvalidInputException(rf + ".code", "newOrPredecessor", "Mã " + r.code()
                    + " đã có trong sổ: đơn vị hình thành dùng mã mới hoặc mã của một đơn vị trong phương án.");
        }
        if (a.change() == ChangeKind.RENAME && !a.units().get(0).equals(r.code())) {
            throw new InvalidInputException(rf + ".code", "sameCode", "Đổi tên giữ nguyên mã đơn vị " + a.units().get(0) + ".");
        }
        if (!r.kind().level().name().equals(level)) {
            throw new InvalidInputException(rf + ".kind", "sameLevel", r.kind().label() + " không cùng cấp với các đơn vị trong phương án.");
        }
        if (a.change() == ChangeKind.WARD_FROM_COMMUNE && (r.kind() != UnitKind.PHUONG
                || found.rows().get(a.units().get(0)).kind() != UnitKind.XA)) {
            throw new InvalidInputException(rf + ".kind", "wardFromCommune",
                    "Thành lập phường trên cơ sở một xã: đơn vị trước là xã, đơn vị hình thành là phường.");
        }
    }

    private static void checkPart(SchemeRequest.Arrangement a, SchemeRequest.Part p, String pf, Units found,
                                  Set<String> partCodes, Map<String, BigDecimal> areaUsed, Map<String, Long> populationUsed) {
        if (!a.units().contains(p.unitCode())) {
            throw new InvalidInputException(pf + ".unitCode", "ofArrangement", "Đơn vị " + p.unitCode()
                    + " không có trong danh sách đơn vị liên quan của phương án.");
        }
        if (!partCodes.add(p.unitCode())) {
            throw new InvalidInputException(pf + ".unitCode", "once", "Mỗi đơn vị trước sắp xếp chỉ ghi một phần cho một đơn vị hình thành.");
        }
        BigDecimal usedArea = areaUsed.merge(p.unitCode(), p.areaKm2(), BigDecimal::add);
        long usedPopulation = populationUsed.merge(p.unitCode(), p.population(), Long::sum);
        UnitRepository.StatisticsRow s = found.stats().get(p.unitCode());
        String name = found.rows().get(p.unitCode()).name();
        if (usedArea.compareTo(s.areaKm2().add(TOLERANCE)) > 0) {
            throw new InvalidInputException(pf + ".areaKm2", "withinPredecessor", "Các phần của " + name + " cộng lại "
                    + usedArea.stripTrailingZeros().toPlainString() + " km², vượt diện tích của đơn vị ("
                    + s.areaKm2().stripTrailingZeros().toPlainString() + " km², số liệu ngày " + SchemeService.DAY.format(s.dataDate()) + ").");
        }
        if (usedPopulation > s.population()) {
            throw new InvalidInputException(pf + ".population", "withinPredecessor", "Các phần của " + name
                    + " cộng lại " + usedPopulation + " người, vượt dân số của đơn vị (" + s.population() + " người).");
        }
    }

    private static Planned result(SchemeRequest request, UnitRepository.UnitRow province, RestructuringRules rules, int i,
                                  SchemeRequest.Arrangement a, SchemeRequest.Result r, Units found, BigDecimal area,
                                  long population) {
        boolean commune = r.kind().level() == UnitKind.Level.XA;
        UnitFacts facts = new UnitFacts(r.kind(), area, population, r.ethnicMinorityPercent(),
                flag(r.mountainous(), r.parts(), found, UnitRepository.StatisticsRow::mountainous),
                flag(r.island(), r.parts(), found, UnitRepository.StatisticsRow::island),
                flag(r.landBorder(), r.parts(), found, UnitRepository.StatisticsRow::landBorder),
                flag(r.coastalBaiNgang(), r.parts(), found, UnitRepository.StatisticsRow::coastalBaiNgang),
                commune ? province.kind() : null);
        int merged = a.change() == ChangeKind.MERGE ? a.units().size() : 1;
        SchemeStandards.ResultCheck check = a.change().checksStandards()
                ? SchemeStandards.check(rules, facts, merged, province.kind(), request.schemeDate()) : null;
        Map<String, String> shares = new LinkedHashMap<>();
        r.parts().forEach(p -> shares.put(p.unitCode(), Boolean.FALSE.equals(p.whole()) ? "MOT_PHAN" : "?"));
        return new Planned(i + 1, a.change(), r, commune ? request.provinceCode() : null, area, population, facts, check, shares);
    }

    private static boolean flag(Boolean given, List<SchemeRequest.Part> parts, Units found,
                                Predicate<UnitRepository.StatisticsRow> of) {
        return given != null ? given : parts.stream().map(p -> found.stats().get(p.unitCode())).anyMatch(of);
    }
}
