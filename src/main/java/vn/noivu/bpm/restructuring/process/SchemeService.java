package vn.noivu.bpm.restructuring.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.security.SystemAction;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.restructuring.domain.ChangeKind;
import vn.noivu.bpm.restructuring.domain.RestructuringRules;
import vn.noivu.bpm.restructuring.domain.SchemeStandards;
import vn.noivu.bpm.restructuring.domain.UnitFacts;
import vn.noivu.bpm.restructuring.domain.UnitKind;
import vn.noivu.bpm.restructuring.persistence.SchemeRepository;
import vn.noivu.bpm.restructuring.persistence.UnitRepository;
import vn.noivu.bpm.restructuring.web.SchemeRequest;

/**
 * A province's scheme: the units concerned must be in the register on the scheme's date, the parts of a predecessor
 * cannot exceed it, the standards check runs at once from the tables of the scheme's date (pinned to the case), and
 * a unit that does not meet a standard needs the explanation. The scheme, its rows and its process start together.
 */
@Service
public class SchemeService {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.0001");

    public record Created(long id, String code, String status, String statusLabel, boolean standardsMet,
                          String processInstanceId) {
    }

    private final SchemeRepository schemes;
    private final UnitRepository units;
    private final RestructuringCaseRules caseRules;
    private final RuntimeService runtime;
    private final SystemAction system;
    private final ObjectMapper json;

    public SchemeService(SchemeRepository schemes, UnitRepository units, RestructuringCaseRules caseRules,
                         RuntimeService runtime, SystemAction system, ObjectMapper json) {
        this.schemes = schemes;
        this.units = units;
        this.caseRules = caseRules;
        this.runtime = runtime;
        this.system = system;
        this.json = json;
    }

    private record Planned(int arrangementNo, ChangeKind change, SchemeRequest.Result result, UnitKind kind,
                           String parentCode, BigDecimal area, long population, UnitFacts facts,
                           SchemeStandards.ResultCheck check, Map<String, String> shares) {
    }

    @Transactional
    public Created create(SchemeRequest request, String createdBy) {
        LocalDate on = request.schemeDate();
        UnitRepository.UnitRow province = units.asOf(request.provinceCode(), on).orElseThrow(() -> new InvalidInputException(
                "provinceCode", "inRegister", "Mã tỉnh " + request.provinceCode() + " không có trong sổ đơn vị hành chính vào ngày "
                + DAY.format(on) + "."));
        if (province.kind().level() != UnitKind.Level.TINH) {
            throw new InvalidInputException("provinceCode", "provinceLevel", "Mã " + request.provinceCode() + " là "
                    + province.kind().label() + ", không phải đơn vị cấp tỉnh.");
        }
        RestructuringRules rules = caseRules.latest();
        Set<String> seenUnits = new HashSet<>();
        Set<String> seenResults = new HashSet<>();
        Map<String, UnitRepository.UnitRow> concerned = new LinkedHashMap<>();
        List<Planned> planned = new ArrayList<>();
        String level = null;
        for (int i = 0; i < request.arrangements().size(); i++) {
            SchemeRequest.Arrangement a = request.arrangements().get(i);
            String at = "arrangements[" + i + "]";
            if (!a.change().unitsAllowed(a.units().size())) {
                throw new InvalidInputException(at + ".units", "count", a.change().shape() + ".");
            }
            if (!a.change().resultsAllowed(a.results().size())) {
                throw new InvalidInputException(at + ".results", "count", a.change().shape() + ".");
            }
            Map<String, UnitRepository.StatisticsRow> stats = new HashMap<>();
            Map<String, UnitRepository.UnitRow> rows = new HashMap<>();
            for (int j = 0; j < a.units().size(); j++) {
                String code = a.units().get(j);
                String field = at + ".units[" + j + "]";
                if (!seenUnits.add(code)) {
                    throw new InvalidInputException(field, "once", "Đơn vị " + code + " đã có trong một phương án khác của đề án.");
                }
                UnitRepository.UnitRow unit = units.asOf(code, on).orElseThrow(() -> new InvalidInputException(field,
                        "inRegister", "Mã đơn vị " + code + " không có trong sổ đơn vị hành chính vào ngày " + DAY.format(on) + "."));
                if (unit.kind().level() == UnitKind.Level.HUYEN) {
                    throw new InvalidInputException(field, "level", unit.name() + " là đơn vị cấp huyện; từ 01/07/2025 chỉ còn cấp tỉnh và cấp xã.");
                }
                if (unit.kind().level() == UnitKind.Level.XA && !request.provinceCode().equals(unit.parentCode())) {
                    throw new InvalidInputException(field, "ofProvince", unit.name() + " (" + code + ") không thuộc tỉnh "
                            + province.name() + ".");
                }
                String unitLevel = unit.kind().level().name();
                if (level != null && !level.equals(unitLevel)) {
                    throw new InvalidInputException(field, "sameLevel", "Một đề án sắp xếp đơn vị cùng một cấp (cấp tỉnh hoặc cấp xã).");
                }
                level = unitLevel;
                UnitRepository.StatisticsRow s = units.statistics(code, on).orElseThrow(() -> new InvalidInputException(field,
                        "hasStatistics", "Chưa có số liệu diện tích, dân số của " + unit.name() + " (" + code
                        + ") đến ngày " + DAY.format(on) + ": nhập tệp số liệu trước (POST /api/units/statistics/import)."));
                stats.put(code, s);
                rows.put(code, unit);
                concerned.put(code, unit);
            }
            Map<String, BigDecimal> areaUsed = new HashMap<>();
            Map<String, Long> populationUsed = new HashMap<>();
            Map<String, Integer> usedBy = new HashMap<>();
            for (int k = 0; k < a.results().size(); k++) {
                SchemeRequest.Result r = a.results().get(k);
                String rf = at + ".results[" + k + "]";
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
                        || rows.get(a.units().get(0)).kind() != UnitKind.XA)) {
                    throw new InvalidInputException(rf + ".kind", "wardFromCommune", "Thành lập phường trên cơ sở một xã: đơn vị trước là xã, đơn vị hình thành là phường.");
                }
                BigDecimal area = BigDecimal.ZERO;
                long population = 0;
                Set<String> partCodes = new HashSet<>();
                for (int m = 0; m < r.parts().size(); m++) {
                    SchemeRequest.Part p = r.parts().get(m);
                    String pf = rf + ".parts[" + m + "]";
                    if (!a.units().contains(p.unitCode())) {
                        throw new InvalidInputException(pf + ".unitCode", "ofArrangement", "Đơn vị " + p.unitCode()
                                + " không có trong danh sách đơn vị liên quan của phương án.");
                    }
                    if (!partCodes.add(p.unitCode())) {
                        throw new InvalidInputException(pf + ".unitCode", "once", "Mỗi đơn vị trước sắp xếp chỉ ghi một phần cho một đơn vị hình thành.");
                    }
                    BigDecimal usedArea = areaUsed.merge(p.unitCode(), p.areaKm2(), BigDecimal::add);
                    long usedPopulation = populationUsed.merge(p.unitCode(), p.population(), Long::sum);
                    usedBy.merge(p.unitCode(), 1, Integer::sum);
                    UnitRepository.StatisticsRow s = stats.get(p.unitCode());
                    if (usedArea.compareTo(s.areaKm2().add(TOLERANCE)) > 0) {
                        throw new InvalidInputException(pf + ".areaKm2", "withinPredecessor", "Các phần của " + rows.get(p.unitCode()).name()
                                + " cộng lại " + usedArea.stripTrailingZeros().toPlainString() + " km², vượt diện tích của đơn vị ("
                                + s.areaKm2().stripTrailingZeros().toPlainString() + " km², số liệu ngày " + DAY.format(s.dataDate()) + ").");
                    }
                    if (usedPopulation > s.population()) {
                        throw new InvalidInputException(pf + ".population", "withinPredecessor", "Các phần của " + rows.get(p.unitCode()).name()
                                + " cộng lại " + usedPopulation + " người, vượt dân số của đơn vị (" + s.population() + " người).");
                    }
                    area = area.add(p.areaKm2());
                    population += p.population();
                }
                boolean mountainous = flag(r.mountainous(), r.parts(), stats, UnitRepository.StatisticsRow::mountainous);
                boolean island = flag(r.island(), r.parts(), stats, UnitRepository.StatisticsRow::island);
                boolean border = flag(r.landBorder(), r.parts(), stats, UnitRepository.StatisticsRow::landBorder);
                boolean coastal = flag(r.coastalBaiNgang(), r.parts(), stats, UnitRepository.StatisticsRow::coastalBaiNgang);
                String parent = r.kind().level() == UnitKind.Level.XA ? request.provinceCode() : null;
                UnitFacts facts = new UnitFacts(r.kind(), area, population, r.ethnicMinorityPercent(), mountainous, island,
                        border, coastal, r.kind().level() == UnitKind.Level.XA ? province.kind() : null);
                int merged = a.change() == ChangeKind.MERGE ? a.units().size() : 1;
                SchemeStandards.ResultCheck check = a.change().checksStandards()
                        ? SchemeStandards.check(rules, facts, merged, province.kind(), on) : null;
                Map<String, String> shares = new LinkedHashMap<>();
                r.parts().forEach(p -> shares.put(p.unitCode(), Boolean.FALSE.equals(p.whole()) ? "MOT_PHAN" : "?"));
                planned.add(new Planned(i + 1, a.change(), r, r.kind(), parent, area, population, facts, check, shares));
            }
            for (int j = 0; j < a.units().size(); j++) {
                if (!areaUsed.containsKey(a.units().get(j))) {
                    throw new InvalidInputException(at + ".units[" + j + "]", "usedByResult", "Đơn vị " + a.units().get(j)
                            + " chưa được ghi vào phần nào của đơn vị hình thành.");
                }
            }
            for (Planned p : planned) {
                if (p.arrangementNo() == i + 1) {
                    p.shares().replaceAll((code, share) -> "?".equals(share)
                            ? (usedBy.get(code) == 1 ? "TOAN_BO" : "MOT_PHAN") : share);
                }
            }
        }
        List<String> notMet = planned.stream().filter(p -> p.check() != null && !p.check().met())
                .map(p -> p.result().name()).toList();
        boolean met = notMet.isEmpty();
        if (!met && (request.explanation() == null || request.explanation().isBlank())) {
            throw new InvalidInputException("explanation", "requiredWhenStandardNotMet", "Chưa đạt tiêu chuẩn: "
                    + String.join(", ", notMet) + ". Đề án phải giải trình lý do (trường explanation).");
        }
        if (schemes.codeExists(request.code())) {
            throw Refused.conflict("scheme_code_taken", "Mã đề án " + request.code() + " đã được dùng.");
        }
        String regime = rules.consultationRule(on).legalBasis();
        long id = schemes.insertScheme(request.code(), request.title(), request.provinceCode(), on, level, regime, met,
                request.explanation() == null || request.explanation().isBlank() ? null : request.explanation().trim(), createdBy);
        for (Planned p : planned) {
            long resultId = schemes.insertResult(id, p.arrangementNo(), p.change(), p.result().code(), p.result().name(),
                    p.kind(), p.parentCode(), p.result().seat(), p.area(), p.population(), p.result().ethnicMinorityPercent(),
                    p.facts().mountainous(), p.facts().island(), p.facts().landBorder(), p.facts().coastalBaiNgang(),
                    p.check() == null || p.check().met(), write(p.check()));
            for (SchemeRequest.Part part : p.result().parts()) {
                schemes.insertPart(resultId, part.unitCode(), part.areaKm2(), part.population(), p.shares().get(part.unitCode()));
            }
        }
        schemes.insertConsultations(id, 1, communes(level, concerned, on));
        caseRules.pin(RestructuringCaseRules.schemeOwner(id));
        Map<String, Object> variables = new HashMap<>();
        variables.put(SchemeProcess.SCHEME_ID, id);
        variables.put(SchemeProcess.ROUND_CODE, request.code());
        variables.put(SchemeProcess.ROUND_TITLE, request.title());
        variables.put(SchemeProcess.ORG_UNIT, request.provinceCode());
        variables.put(SchemeProcess.CHANGE_LEVEL, level);
        variables.put(SchemeProcess.CONSULTATION_ROUND, 1);
        ProcessInstance instance = system.run(() -> runtime.startProcessInstanceByKey(SchemeProcess.KEY, request.code(), variables));
        schemes.setProcessInstance(id, instance.getId());
        SchemeRepository.SchemeRow row = schemes.scheme(id).orElseThrow();
        return new Created(id, request.code(), row.status().name(), row.status().label(), met, instance.getId());
    }

    /** The communes consulted: the communes concerned, or every commune of the provinces concerned. */
    private List<String[]> communes(String level, Map<String, UnitRepository.UnitRow> concerned, LocalDate on) {
        Map<String, String> communes = new TreeMap<>();
        for (UnitRepository.UnitRow unit : concerned.values()) {
            if (UnitKind.Level.XA.name().equals(level)) {
                communes.put(unit.code(), unit.name());
                continue;
            }
            for (long offset = 0; ; offset += 500) {
                UnitRepository.Page page = units.list(unit.code(), null, on, 500, offset);
                page.items().stream().filter(c -> c.kind().level() == UnitKind.Level.XA)
                        .forEach(c -> communes.put(c.code(), c.name()));
                if (offset + 500 >= page.total()) {
                    break;
                }
            }
        }
        if (communes.isEmpty()) {
            throw Refused.conflict("no_communes", "Sổ đơn vị hành chính chưa có đơn vị cấp xã nào của các tỉnh trong đề án "
                    + "vào ngày " + DAY.format(on) + " để lấy ý kiến hộ gia đình.");
        }
        return communes.entrySet().stream().map(e -> new String[] {e.getKey(), e.getValue()}).toList();
    }

    private static boolean flag(Boolean given, List<SchemeRequest.Part> parts, Map<String, UnitRepository.StatisticsRow> stats,
                                java.util.function.Predicate<UnitRepository.StatisticsRow> of) {
        if (given != null) {
            return given;
        }
        return parts.stream().map(p -> stats.get(p.unitCode())).anyMatch(of);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<SchemeRepository.SchemeRow> find(long id) {
        return schemes.scheme(id);
    }
}
