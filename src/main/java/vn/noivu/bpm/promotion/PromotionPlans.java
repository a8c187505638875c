package vn.noivu.bpm.promotion;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.exam.Council;
import vn.noivu.bpm.platform.rules.RulePins;
import vn.noivu.bpm.platform.rules.RuleTables;
import vn.noivu.bpm.platform.security.SystemAction;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.KeyedStatusException;
import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;

/**
 * A promotion round's plan: the staff type, method and target title the rule tables allow on its date, the
 * council's size; the round, its pinned rule tables and its process start together.
 */
@Service
public class PromotionPlans {

    private final PromotionRepository rounds;
    private final PromotionSettings settings;
    private final RulePins pins;
    private final RuleTables ruleTables;
    private final RuntimeService runtimeService;
    private final SystemAction system;

    public PromotionPlans(PromotionRepository rounds, PromotionSettings settings, RulePins pins, RuleTables ruleTables,
                          RuntimeService runtimeService, SystemAction system) {
        this.rounds = rounds;
        this.settings = settings;
        this.pins = pins;
        this.ruleTables = ruleTables;
        this.runtimeService = runtimeService;
        this.system = system;
    }

    public record Created(String code, RoundStatus status, String processInstanceId) {
    }

    @Transactional
    public Created create(PromotionRoundRequest request, String createdBy) {
        if (!request.filingDeadline().isAfter(request.roundDate())) {
            throw new InvalidInputException("filingDeadline", "afterRoundDate", "Hạn nộp hồ sơ phải sau ngày của kỳ xét.");
        }
        if (rounds.codeExists(request.code())) {
            throw new KeyedStatusException(HttpStatus.CONFLICT, "round_code_taken", "Mã kỳ xét " + request.code() + " đã được dùng.");
        }
        String legalBasis = settings.legalBasis().get(request.staffType().name());
        Map<String, RuleTables.Table> tables = pins.current(PromotionService.KEYS);
        checkMethod(tables.get(PromotionService.METHODS_KEY), request);
        Council council = Council.fromRuleResult(ruleTables.dmnEngine().evaluateDecisionTable(
                tables.get(PromotionService.COUNCIL_KEY).decision(), Map.of("legalBasis", legalBasis,
                        "effectiveOn", request.roundDate())).getSingleResult().getEntryMap());
        if (!council.validSize(request.councilMembers())) {
            throw new InvalidInputException("councilMembers", "councilSize", "Hội đồng " + request.councilMembers()
                    + " thành viên không đúng quy định: " + council.citation() + ".");
        }
        checkTargetTitle(tables.get(PromotionService.STANDARDS_KEY), request);
        long roundId = rounds.insertRound(request, legalBasis, createdBy);
        pins.pin(PromotionService.owner(roundId), tables);
        Map<String, Object> variables = new HashMap<>();
        variables.put(PromotionProcess.ROUND_CODE, request.code());
        variables.put(PromotionProcess.ROUND_TITLE, request.title());
        variables.put(PromotionProcess.METHOD, request.method().name());
        variables.put(PromotionProcess.PLAN_SUMMARY, "Đối tượng: " + request.staffType() + "; hình thức: " + request.method()
                + "; ngạch, hạng dự xét: " + request.targetTitle() + "; chỉ tiêu: " + request.quota()
                + "; hạn nộp hồ sơ: " + request.filingDeadline() + "; Hội đồng " + request.councilMembers() + " thành viên.");
        variables.put(PromotionProcess.FILING_DEADLINE_END, Deadlines.endOfDay(request.filingDeadline()));
        ProcessInstance instance = system.run(() -> runtimeService.startProcessInstanceByKey(PromotionProcess.KEY,
                request.code(), variables));
        rounds.setProcessInstance(roundId, instance.getId());
        return new Created(request.code(), RoundStatus.CHO_DUYET_PHUONG_AN, instance.getId());
    }

    /** Which staff type may be promoted by which method on the round's date: the table promotion-methods. */
    private void checkMethod(RuleTables.Table methods, PromotionRoundRequest request) {
        Map<String, Object> row = ruleTables.dmnEngine().evaluateDecisionTable(methods.decision(), Map.of(
                "staffType", request.staffType().name(), "method", request.method().name(),
                "effectiveOn", request.roundDate())).getFirstResult().getEntryMap();
        if (!Boolean.TRUE.equals(row.get("allowed"))) {
            throw new InvalidInputException((String) row.get("field"), "allowedMethod", row.get("reason") + " ("
                    + row.get("citation") + ").");
        }
    }

    /** The target rank or title must have its standards and belong to the round's staff type. */
    private void checkTargetTitle(RuleTables.Table standards, PromotionRoundRequest request) {
        var standard = ruleTables.dmnEngine().evaluateDecisionTable(standards.decision(),
                Map.of("targetTitle", request.targetTitle())).getSingleResult();
        if (standard == null) {
            throw new InvalidInputException("targetTitle", "known", "Chưa có tiêu chuẩn của ngạch, hạng " + request.targetTitle()
                    + " trong bảng promotion-title-standards.");
        }
        Object staffType = standard.getEntry("staffType");
        if (staffType != null && !request.staffType().name().equals(staffType)) {
            throw new InvalidInputException("targetTitle", "staffType", "Ngạch, hạng " + request.targetTitle() + " dành cho "
                    + PromotionVocabulary.StaffType.valueOf((String) staffType).label() + ", kỳ xét dành cho "
                    + request.staffType().label() + " (" + standard.getEntry("citation") + ").");
        }
    }
}
