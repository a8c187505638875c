package vn.noivu.bpm.promotion.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.exam.Council;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.rules.RuleTables;
import vn.noivu.bpm.platform.security.SystemAction;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.promotion.PromotionSettings;
import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;
import vn.noivu.bpm.promotion.PromotionVocabulary.StaffType;
import vn.noivu.bpm.promotion.persistence.PromotionRepository;
import vn.noivu.bpm.promotion.web.PromotionRoundRequest;
import vn.noivu.bpm.promotion.web.RoundCreated;

/**
 * A promotion round's plan: the staff type, method and target title the rule tables allow on its date, the
 * council's size; the round, its pinned rule tables and its process start together.
 */
@Service
public class PromotionPlans {

    private final PromotionRepository rounds;
    private final PromotionSettings settings;
    private final PromotionRules rules;
    private final RuntimeService runtimeService;
    private final SystemAction system;

    public PromotionPlans(PromotionRepository rounds, PromotionSettings settings, PromotionRules rules,
                          RuntimeService runtimeService, SystemAction system) {
        this.rounds = rounds;
        this.settings = settings;
        this.rules = rules;
        this.runtimeService = runtimeService;
        this.system = system;
    }

    @Transactional
    public RoundCreated create(PromotionRoundRequest request, String createdBy) {
        String legalBasis = settings.legalBasis().get(request.staffType().name());
        Map<String, RuleTables.Table> tables = rules.current();
        validate(request, legalBasis, tables);
        if (rounds.codeExists(request.code())) {
            throw Refused.conflict("round_code_taken", "Mã kỳ xét " + request.code() + " đã được dùng.");
        }
        long roundId = rounds.insertRound(new PromotionRepository.RoundRow(0, request.code(), request.title(),
                request.authority(), request.staffType().name(), legalBasis, request.method().name(),
                request.targetTitle(), request.quota(), request.roundDate(), request.filingDeadline(),
                request.councilMembers(), null, RoundStatus.CHO_DUYET_PHUONG_AN, null), createdBy);
        rules.pin(roundId, tables);
        ProcessInstance instance = system.run(() -> runtimeService.startProcessInstanceByKey(PromotionProcess.KEY,
                request.code(), variables(request)));
        rounds.setProcessInstance(roundId, instance.getId());
        return new RoundCreated(request.code(), RoundStatus.CHO_DUYET_PHUONG_AN, instance.getId());
    }

    /** The rules a plan must meet on its date, at creation and when a returned plan is changed. */
    void validate(PromotionRoundRequest request, String legalBasis, Map<String, RuleTables.Table> tables) {
        if (!request.filingDeadline().isAfter(request.roundDate())) {
            throw new InvalidInputException("filingDeadline", "afterRoundDate", "Hạn nộp hồ sơ phải sau ngày của kỳ xét.");
        }
        checkMethod(tables.get(PromotionRules.METHODS_KEY), request);
        checkCouncil(tables.get(PromotionRules.COUNCIL_KEY), request, legalBasis);
        checkTargetTitle(tables.get(PromotionRules.STANDARDS_KEY), request);
    }

    /** The process variables of a plan; the plan in words for the head's approval. */
    static Map<String, Object> variables(PromotionRoundRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PromotionProcess.ROUND_CODE, request.code());
        variables.put(PromotionProcess.ROUND_TITLE, request.title());
        variables.put(PromotionProcess.METHOD, request.method().name());
        variables.put(PromotionProcess.PLAN_SUMMARY, PlanInWords.summary(request));
        variables.put(PromotionProcess.FILING_DEADLINE_END, Deadlines.endOfDay(request.filingDeadline()));
        return variables;
    }

    /** Which staff type may be promoted by which method on the round's date: the table promotion-methods. */
    private void checkMethod(RuleTables.Table methods, PromotionRoundRequest request) {
        Map<String, Object> row = rules.of(methods.decision()).firstRow(Map.of("staffType", request.staffType().name(),
                "method", request.method().name(), "effectiveOn", request.roundDate()));
        if (!Boolean.TRUE.equals(row.get("allowed"))) {
            throw new InvalidInputException((String) row.get("field"), "allowedMethod", row.get("reason") + " ("
                    + row.get("citation") + ").");
        }
    }

    /** The council's size under the legal basis: the table promotion-council. */
    private void checkCouncil(RuleTables.Table councils, PromotionRoundRequest request, String legalBasis) {
        Council council = Council.fromRuleResult(rules.of(councils.decision()).firstRow(Map.of("legalBasis", legalBasis,
                "effectiveOn", request.roundDate())));
        if (!council.validSize(request.councilMembers())) {
            throw new InvalidInputException("councilMembers", "councilSize", "Hội đồng " + request.councilMembers()
                    + " thành viên không đúng quy định: " + council.citation() + ".");
        }
    }

    /** The target rank or title must have its standards and belong to the round's staff type. */
    private void checkTargetTitle(RuleTables.Table standards, PromotionRoundRequest request) {
        Map<String, Object> standard = rules.of(standards.decision()).firstRow(Map.of("targetTitle", request.targetTitle()));
        if (standard == null) {
            throw new InvalidInputException("targetTitle", "known", "Chưa có tiêu chuẩn của ngạch, hạng " + request.targetTitle()
                    + " trong bảng promotion-title-standards.");
        }
        Object staffType = standard.get("staffType");
        if (staffType != null && !request.staffType().name().equals(staffType)) {
            throw new InvalidInputException("targetTitle", "staffType", "Ngạch, hạng " + request.targetTitle() + " dành cho "
                    + StaffType.valueOf((String) staffType).label() + ", kỳ xét dành cho "
                    + request.staffType().label() + " (" + standard.get("citation") + ").");
        }
    }
}
