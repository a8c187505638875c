package vn.noivu.bpm.promotion.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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

    /** Local to the revise task: the plan as the head returned it (JSON), so every save is compared with it. */
    static final String PLAN_AS_RETURNED = "planAsReturned";

    private final PromotionRepository rounds;
    private final PromotionPlans plans;
    private final PromotionSettings settings;
    private final PromotionRules rules;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final SystemAction system;
    private final ObjectMapper json;

    public PlanRevision(PromotionRepository rounds, PromotionPlans plans, PromotionSettings settings,
                        PromotionRules rules, RuntimeService runtimeService, TaskService taskService, SystemAction system,
                        ObjectMapper json) {
        this.json = json;
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
        PromotionRepository.RoundRow current = rounds.roundForUpdate(code);
        Task reviseTask = current.processInstanceId() == null ? null : system.run(() -> taskService.createTaskQuery()
                .processInstanceId(current.processInstanceId()).taskDefinitionKey(REVISE_TASK).singleResult());
        if (reviseTask == null) {
            throw Refused.conflict("round_not_returned", "Kỳ xét " + code + " không ở bước chỉnh sửa phương án theo ý kiến "
                    + "lãnh đạo: chỉ sửa được phương án đã bị trả lại.");
        }
        String legalBasis = settings.legalBasis().get(request.staffType().name());
        plans.validate(request, legalBasis, rules.current());
        PromotionRepository.RoundRow before = asReturned(reviseTask, current);
        rounds.updatePlan(new PromotionRepository.RoundRow(current.id(), code, request.title(), request.authority(),
                request.staffType().name(), legalBasis, request.method().name(), request.targetTitle(), request.quota(),
                request.roundDate(), request.filingDeadline(), request.councilMembers(), null, current.status(),
                current.processInstanceId()));
        String changes = PlanInWords.changes(before, request);
        Map<String, Object> variables = PromotionPlans.variables(request);
        variables.put(PromotionProcess.PLAN_CHANGES, changes.isEmpty() ? "Không thay đổi." : changes);
        system.run(() -> {
            runtimeService.setVariables(current.processInstanceId(), variables);
            return null;
        });
        return changes;
    }

    /** The plan as the head returned it, kept local to the revise task from its first save on. */
    private PromotionRepository.RoundRow asReturned(Task reviseTask, PromotionRepository.RoundRow current) {
        return system.run(() -> {
            String kept = (String) taskService.getVariableLocal(reviseTask.getId(), PLAN_AS_RETURNED);
            try {
                if (kept != null) {
                    return json.readValue(kept, PromotionRepository.RoundRow.class);
                }
                taskService.setVariableLocal(reviseTask.getId(), PLAN_AS_RETURNED, json.writeValueAsString(current));
                return current;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("planAsReturned of task " + reviseTask.getId() + " is not a plan", e);
            }
        });
    }
}
