package vn.noivu.bpm.restructuring.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
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
import vn.noivu.bpm.restructuring.domain.RestructuringRules;
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

    public record Created(long id, String code, String status, String statusLabel, boolean standardsMet,
                          String processInstanceId) {
    }

    private final SchemeRepository schemes;
    private final UnitRepository units;
    private final RestructuringCaseRules caseRules;
    private final RuntimeService runtime;
    private final SystemAction system;
    private final ObjectMapper json;
    private final SchemeArrangements arrangements;

    public SchemeService(SchemeRepository schemes, UnitRepository units, RestructuringCaseRules caseRules,
                         RuntimeService runtime, SystemAction system, ObjectMapper json, SchemeArrangements arrangements) {
        this.arrangements = arrangements;
        this.schemes = schemes;
        this.units = units;
        this.caseRules = caseRules;
        this.runtime = runtime;
        this.system = system;
        this.json = json;
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
        String regime;
        try {
            regime = rules.consultationRule(on).legalBasis();
        } catch (IllegalStateException noRule) {
            throw new InvalidInputException("schemeDate", "regime", "Bảng restructuring-consultation không có quy định lấy ý kiến "
                    + "áp dụng cho ngày " + DAY.format(on) + ".");
        }
        SchemeArrangements.Plan plan;
        try {
            plan = arrangements.plan(request, province, rules);
        } catch (IllegalStateException noRow) {
            throw new InvalidInputException("schemeDate", "regime", "Các bảng tiêu chuẩn không có dòng áp dụng cho đề án ngày "
                    + DAY.format(on) + ": " + noRow.getMessage() + ".");
        }
        List<String> notMet = plan.results().stream().filter(p -> p.check() != null && !p.check().met())
                .map(p -> p.result().name()).toList();
        boolean met = notMet.isEmpty();
        String explanation = request.explanation() == null || request.explanation().isBlank() ? null : request.explanation().trim();
        if (!met && explanation == null) {
            throw new InvalidInputException("explanation", "requiredWhenStandardNotMet", "Chưa đạt tiêu chuẩn: "
                    + String.join(", ", notMet) + ". Đề án phải giải trình lý do (trường explanation).");
        }
        if (schemes.codeExists(request.code())) {
            throw Refused.conflict("scheme_code_taken", "Mã đề án " + request.code() + " đã được dùng.");
        }
        long id = schemes.insertScheme(request.code(), request.title(), request.provinceCode(), on, plan.level(),
                regime, met, explanation, createdBy);
        for (SchemeArrangements.Planned p : plan.results()) {
            long resultId = schemes.insertResult(id, p.arrangementNo(), p.change(), p.result().code(), p.result().name(),
                    p.result().kind(), p.parentCode(), p.result().seat(), p.area(), p.population(), p.result().ethnicMinorityPercent(),
                    p.facts().mountainous(), p.facts().island(), p.facts().landBorder(), p.facts().coastalBaiNgang(),
                    p.check() == null || p.check().met(), write(p.check()));
            for (SchemeRequest.Part part : p.result().parts()) {
                schemes.insertPart(resultId, part.unitCode(), part.areaKm2(), part.population(), p.shares().get(part.unitCode()));
            }
        }
        schemes.insertConsultations(id, 1, communes(plan.level(), plan.concerned(), on));
        caseRules.pin(RestructuringCaseRules.schemeOwner(id));
        return start(id, request, plan.level(), met);
    }

    private Created start(long id, SchemeRequest request, String level, boolean met) {
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
