package vn.noivu.bpm.restructuring.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.security.SystemAction;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.restructuring.domain.ConsultationTally;
import vn.noivu.bpm.restructuring.domain.RestructuringRules;
import vn.noivu.bpm.restructuring.persistence.SchemeRepository;

/**
 * A commune's consultation report: checked, measured against the case's pinned consultation rule over ALL
 * households (R8) and stored; from the Tasklist (the task's complete listener) or the API (which completes the task).
 */
@Service
public class ConsultationReports {

    public static final String TASK = "reportConsultation";
    public static final String[] FIELDS = {"totalHouseholds", "consulted", "agree", "disagree", "otherOpinions"};

    private final SchemeRepository schemes;
    private final RestructuringCaseRules caseRules;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final SystemAction system;

    public ConsultationReports(SchemeRepository schemes, RestructuringCaseRules caseRules, TaskService tasks,
                               RuntimeService runtime, SystemAction system) {
        this.schemes = schemes;
        this.caseRules = caseRules;
        this.tasks = tasks;
        this.runtime = runtime;
        this.system = system;
    }

    /** Stores a commune's figures of the scheme's current round; returns the result. */
    public RestructuringRules.ConsultationResult record(long schemeId, String communeCode, ConsultationTally tally, String by) {
        tally.problem().ifPresent(p -> {
            throw new InvalidInputException(p.field(), p.rule(), p.message());
        });
        SchemeRepository.SchemeRow scheme = schemes.lock(schemeId).orElseThrow(() -> notFound(schemeId));
        RestructuringRules rules = caseRules.rules(RestructuringCaseRules.schemeOwner(schemeId));
        RestructuringRules.ConsultationResult result = rules.consultation(scheme.schemeDate(), tally.totalHouseholds(),
                tally.consulted(), tally.agree());
        schemes.saveTally(schemeId, scheme.consultationRound(), communeCode, tally.totalHouseholds(), tally.consulted(),
                tally.agree(), tally.disagree(), tally.otherOpinions(), result.agreePercentOfTotal(), result.passed(),
                result.rule().wording() + " tổng số hộ (" + result.rule().legalBasis() + ")", result.nextStep(), by);
        if (!tally.villages().isEmpty()) {
            schemes.replaceVillages(schemeId, scheme.consultationRound(), communeCode, tally.villages().stream()
                    .map(v -> new SchemeRepository.VillageRow(communeCode, scheme.consultationRound(), v.village().trim(),
                            v.totalHouseholds(), v.consulted(), v.agree(), v.disagree(), v.otherOpinions())).toList());
        }
        return result;
    }

    /** The API: the commune's open task of the current round, checked and completed with the figures. */
    @Transactional
    public Map<String, Object> report(long schemeId, String communeCode, ConsultationTally tally, String by) {
        tally.problem().ifPresent(p -> {
            throw new InvalidInputException(p.field(), p.rule(), p.message());
        });
        SchemeRepository.SchemeRow scheme = schemes.scheme(schemeId).orElseThrow(() -> notFound(schemeId));
        Task task = openTask(scheme, communeCode);
        Date due = task.getDueDate();
        if (due != null && LocalDate.now(Deadlines.ZONE).isAfter(due.toInstant().atZone(Deadlines.ZONE).toLocalDate())) {
            throw Refused.conflict("consultation_period_over", "Đã quá thời hạn lấy ý kiến của xã " + communeCode + " (hạn "
                    + SchemeService.DAY.format(due.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate())
                    + "): tỉnh gia hạn công việc trong Tasklist trước khi nhận báo cáo.");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("totalHouseholds", tally.totalHouseholds());
        variables.put("consulted", tally.consulted());
        variables.put("agree", tally.agree());
        variables.put("disagree", tally.disagree());
        variables.put("otherOpinions", tally.otherOpinions());
        if (!tally.villages().isEmpty()) {
            schemes.replaceVillages(schemeId, scheme.consultationRound(), communeCode, tally.villages().stream()
                    .map(v -> new SchemeRepository.VillageRow(communeCode, scheme.consultationRound(), v.village().trim(),
                            v.totalHouseholds(), v.consulted(), v.agree(), v.disagree(), v.otherOpinions())).toList());
        }
        system.run(() -> {
            tasks.setAssignee(task.getId(), by);
            tasks.complete(task.getId(), variables);
            return null;
        });
        SchemeRepository.ConsultationRow row = schemes.consultations(schemeId, scheme.consultationRound()).stream()
                .filter(c -> c.communeCode().equals(communeCode)).findFirst().orElseThrow();
        Map<String, Object> answer = new HashMap<>();
        answer.put("communeCode", communeCode);
        answer.put("round", row.round());
        answer.put("agreePercentOfTotal", row.agreePercent());
        answer.put("passed", row.passed());
        answer.put("rule", row.ruleWording());
        return answer;
    }

    private Task openTask(SchemeRepository.SchemeRow scheme, String communeCode) {
        if (scheme.processInstanceId() == null) {
            throw Refused.conflict("consultation_not_open", "Đề án chưa bắt đầu lấy ý kiến.");
        }
        List<Task> open = system.run(() -> tasks.createTaskQuery().processInstanceId(scheme.processInstanceId())
                .taskDefinitionKey(TASK).list());
        for (Task task : open) {
            Object code = system.run(() -> runtime.getVariable(task.getExecutionId(), SchemeProcess.COMMUNE_CODE));
            if (communeCode.equals(code)) {
                return task;
            }
        }
        boolean known = schemes.consultations(scheme.id()).stream().anyMatch(c -> c.communeCode().equals(communeCode));
        if (!known) {
            throw Refused.notFound("commune_not_in_scheme", "Xã " + communeCode + " không thuộc phạm vi lấy ý kiến của đề án.");
        }
        throw Refused.conflict("consultation_not_open", "Xã " + communeCode
                + " không có việc lấy ý kiến đang mở (đã báo cáo, hoặc đề án đã qua bước lấy ý kiến).");
    }

    static Refused notFound(long schemeId) {
        return Refused.notFound("scheme_not_found", "Không có đề án " + schemeId + ".");
    }
}
