package vn.noivu.bpm.promotion.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.security.SystemAction;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.promotion.PromotionSettings;
import vn.noivu.bpm.promotion.persistence.PromotionRepository;
import vn.noivu.bpm.promotion.web.PromotionRoundRequest;

/**
 * {@code PUT /api/promotion/rounds/{code}}: a plan the head returned is changed while the round waits at revisePlan,
 * checked as at creation; the round, its process variables and what changed (for the head) in one transaction.
 */
@Service
public class PlanRevision {

    static final String REVISE_TASK = "revisePlan";

    private final PromotionRepository rounds;
    private final PromotionPlans plans;
    private final PromotionSettings settings;
    private final PromotionRules rules;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final SystemAction system;

    public PlanRevision(PromotionRepository rounds, PromotionPlans plans, PromotionSettings settings,
                        PromotionRules rules, RuntimeService runtimeService, TaskService taskService, SystemAction system) {
        this.rounds = rounds;
        this.plans = plans;
        this.settings = settings;
        this.rules = rules;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.system = system;
    }

    /** Answers what changed, in words (empty when nothing did). */
    @Transactional
    public String revise(String code, PromotionRoundRequest request) {
        if (!code.equals(request.code())) {
            throw new InvalidInputException("code", "matchesPath", "Mã kỳ xét trong nội dung (" + request.code()
                    + ") phải trùng mã trong địa chỉ (" + code + "); mã kỳ xét không đổi được.");
        }
        PromotionRepository.RoundRow before = rounds.roundForUpdate(code);
        boolean returned = before.processInstanceId() != null && system.run(() -> taskService.createTaskQuery()
                .processInstanceId(before.processInstanceId()).taskDefinitionKey(REVISE_TASK).count() > 0);
        if (!returned) {
            throw Refused.conflict("round_not_returned", "Kỳ xét " + code + " không ở bước chỉnh sửa phương án theo ý kiến "
                    + "lãnh đạo: chỉ sửa được phương án đã bị trả lại.");
        }
        String legalBasis = settings.legalBasis().get(request.staffType().name());
        plans.validate(request, legalBasis, rules.current());
        rounds.updatePlan(new PromotionRepository.RoundRow(before.id(), code, request.title(), request.authority(),
                request.staffType().name(), legalBasis, request.method().name(), request.targetTitle(), request.quota(),
                request.roundDate(), request.filingDeadline(), request.councilMembers(), null, before.status(),
                before.processInstanceId()));
        String changes = PlanInWords.changes(before, request);
        Map<String, Object> variables = PromotionPlans.variables(request);
        variables.put(PromotionProcess.PLAN_CHANGES, changes.isEmpty() ? "Không thay đổi." : changes);
        system.run(() -> {
            runtimeService.setVariables(before.processInstanceId(), variables);
            return null;
        });
        return changes;
    }
}
