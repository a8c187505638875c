package vn.noivu.bpm.recruitment.process;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.rules.RuleTables;
import vn.noivu.bpm.platform.security.SystemAction;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.recruitment.RecruitmentSettings;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Round2Format;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;
import vn.noivu.bpm.recruitment.domain.ExamStructure;
import vn.noivu.bpm.recruitment.domain.RoundRequest;
import vn.noivu.bpm.recruitment.domain.RoundRules;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;

/** Opens a recruitment round: checks the plan against the law, records it and starts its process, all or nothing. */
@Service
public class RoundService {

    public record Created(String code, RoundStatus status, String processInstanceId) {
    }

    private final RoundRepository rounds;
    private final ExamStructure examStructure;
    private final RecruitmentSettings settings;
    private final RuntimeService runtimeService;
    private final SystemAction system;

    private final RoundRules roundRules;
    private final TaskService taskService;

    /** The task at which a returned plan waits for the official. */
    static final String REVISE_TASK = "revisePlan";

    /** Local to the revise task: planSummary as the head returned it, kept from the first save on. */
    static final String PLAN_AS_RETURNED = "planAsReturned";

    public RoundService(RoundRepository rounds, ExamStructure examStructure, RecruitmentSettings settings,
                        RuntimeService runtimeService, SystemAction system, RoundRules roundRules,
                        TaskService taskService) {
        this.roundRules = roundRules;
        this.taskService = taskService;
        this.rounds = rounds;
        this.examStructure = examStructure;
        this.settings = settings;
        this.runtimeService = runtimeService;
        this.system = system;
    }

    @Transactional
    public Created create(RoundRequest request, String createdBy) {
        Map<String, RuleTables.Table> tables = roundRules.current();
        boolean hasRound1 = validate(request, tables.get(ExamStructure.DECISION_KEY));
        if (rounds.codeExists(request.code())) {
            throw Refused.conflict("round_code_taken",
                    "Mã kỳ tuyển dụng " + request.code() + " đã được dùng.");
        }
        String legalBasis = settings.legalBasis().get(request.staffTypeOrDefault().name());
        long roundId = rounds.insertRound(request, legalBasis, createdBy);
        roundRules.pin(roundId, tables);
        rounds.takeFraudBars(roundId, request.agency(), request.noticeDate());

        Map<String, Object> variables = planVariables(request, hasRound1);
        variables.put(RecruitmentProcess.ROUND_CODE, request.code());
        variables.put(RecruitmentProcess.PLAN_CHANGES, "Kế hoạch trình lần đầu.");
        // The official's right is the role, checked by the endpoint: the round starts as the system.
        ProcessInstance instance = system.run(() -> runtimeService.startProcessInstanceByKey(RecruitmentProcess.KEY,
                request.code(), variables));
        rounds.setProcessInstance(roundId, instance.getId());
        return new Created(request.code(), RoundStatus.CHO_DUYET_KE_HOACH, instance.getId());
    }

    /**
     * {@code PUT /api/recruitment/rounds/{code}}: the official changes a plan the head returned, while the round
     * waits at revisePlan; checked as at creation, against the rules pinned for the round. The head's next
     * approvePlan shows the plan and what changed (planChanges).
     */
    @Transactional
    public Created revise(String code, RoundRequest request) {
        if (!code.equals(request.code())) {
            throw new InvalidInputException("code", "matchesPath", "Mã kỳ tuyển dụng trong nội dung (" + request.code()
                    + ") phải trùng với mã trên địa chỉ (" + code + "); mã kỳ không sửa được.");
        }
        RoundRow round = rounds.findForUpdate(code).orElseThrow(() -> Refused.notFound("round_not_found",
                "Không có kỳ tuyển dụng " + code + "."));
        Task reviseTask = system.run(() -> taskService.createTaskQuery().processInstanceId(round.processInstanceId())
                .taskDefinitionKey(REVISE_TASK).singleResult());
        if (reviseTask == null) {
            throw Refused.conflict("round_plan_not_returned", "Chỉ sửa được kế hoạch của kỳ " + code
                    + " khi lãnh đạo đã trả lại kế hoạch để chỉnh sửa (bước \"Chỉnh sửa kế hoạch theo ý kiến lãnh đạo\").");
        }
        boolean hasRound1 = validate(request, roundRules.table(round.id(), ExamStructure.DECISION_KEY));
        rounds.replacePlan(round.id(), request, settings.legalBasis().get(request.staffTypeOrDefault().name()));
        rounds.releaseFraudBars(round.id());
        rounds.takeFraudBars(round.id(), request.agency(), request.noticeDate());
        Map<String, Object> variables = planVariables(request, hasRound1);
        // Changes against the plan the head returned, however often it is saved before the task is completed.
        String before = system.run(() -> {
            String returned = (String) taskService.getVariableLocal(reviseTask.getId(), PLAN_AS_RETURNED);
            if (returned == null) {
                returned = (String) runtimeService.getVariable(round.processInstanceId(), RecruitmentProcess.PLAN_SUMMARY);
                taskService.setVariableLocal(reviseTask.getId(), PLAN_AS_RETURNED, returned);
            }
            return returned;
        });
        variables.put(RecruitmentProcess.PLAN_CHANGES, PlanDisplay.changes(before, PlanDisplay.lines(request)));
        system.run(() -> {
            runtimeService.setVariables(round.processInstanceId(), variables);
            return null;
        });
        return new Created(code, RoundStatus.valueOf(round.status()), round.processInstanceId());
    }

    /** What the process keeps of a plan: title, the plan in words for the head, its deadline and exam shape. */
    private Map<String, Object> planVariables(RoundRequest request, boolean hasRound1) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(RecruitmentProcess.ROUND_TITLE, request.title());
        variables.put(RecruitmentProcess.PLAN_SUMMARY, RecruitmentProcess.summary(PlanDisplay.lines(request), ""));
        variables.put(RecruitmentProcess.PLAN_ROWS, FormVariables.json(PlanDisplay.rows(request)));
        variables.put(RecruitmentProcess.APPLICATION_DEADLINE_END, Deadlines.endOfDay(request.applicationDeadline()));
        variables.put(RecruitmentProcess.HAS_ROUND_1, hasRound1);
        variables.put(RecruitmentProcess.REVIEW_WINDOW, request.positions().stream().anyMatch(p ->
                p.round2Format() == Round2Format.VIET || p.round2Format() == Round2Format.VIET_PHONG_VAN));
        return variables;
    }

    /** The rules of the law a plan must meet; answers whether any position has a round 1. */
    private boolean validate(RoundRequest request, RuleTables.Table examStructureTable) {
        if (request.applicationDeadline().isBefore(request.noticeDate().plusDays(settings.minApplicationWindowDays()))) {
            throw new InvalidInputException("applicationDeadline", "minWindow",
                    "Hạn nhận Phiếu đăng ký phải sau ngày thông báo ít nhất " + settings.minApplicationWindowDays()
                            + " ngày (Điều 15 khoản 4 Nghị định 170/2025/NĐ-CP).");
        }
        Set<String> codes = new HashSet<>();
        boolean hasRound1 = false;
        for (int i = 0; i < request.positions().size(); i++) {
            RoundRequest.Position position = request.positions().get(i);
            String field = "positions[" + i + "]";
            if (!codes.add(position.code())) {
                throw new InvalidInputException(field + ".code", "unique", "Mã vị trí " + position.code() + " bị trùng.");
            }
            ExamStructure.Structure structure = examStructure.of(examStructureTable, request.method(), position.rank());
            if (!structure.allowedFormats().contains(position.round2Format())) {
                throw new InvalidInputException(field + ".round2Format", "allowedForRank",
                        "Hình thức thi " + position.round2Format() + " không áp dụng cho ngạch " + position.rank()
                                + "; được phép: " + structure.allowedFormats() + " (" + structure.citation() + ").");
            }
            hasRound1 |= structure.hasRound1();
            if (position.agencies() != null && !position.agencies().isEmpty()) {
                int sum = position.agencies().stream().mapToInt(RoundRequest.AgencyQuota::quota).sum();
                if (sum != position.quota()) {
                    throw new InvalidInputException(field + ".agencies", "sumEqualsQuota",
                            "Tổng chỉ tiêu của các cơ quan (" + sum + ") phải bằng chỉ tiêu của vị trí ("
                                    + position.quota() + ").");
                }
            }
        }
        return hasRound1;
    }
}
