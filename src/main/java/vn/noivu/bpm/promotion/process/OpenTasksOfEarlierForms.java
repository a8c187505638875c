package vn.noivu.bpm.promotion.process;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The council's vote and the head's tie are picked from lists the process prepares when it reaches them. A task
 * opened by the earlier version (typed citizen IDs) has no such lists, so its new form would show empty ones: at
 * start-up each such open task gets them, as if the process had prepared them. Idempotent.
 */
@Component
public class OpenTasksOfEarlierForms implements ApplicationRunner {

    private final ProcessEngine engine;
    private final PromotionAssessment assessment;
    private final RankedView ranked;

    public OpenTasksOfEarlierForms(ProcessEngine engine, PromotionAssessment assessment, RankedView ranked) {
        this.engine = engine;
        this.assessment = assessment;
        this.ranked = ranked;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        RuntimeService runtime = engine.getRuntimeService();
        for (Task task : engine.getTaskService().createTaskQuery().processDefinitionKey(PromotionProcess.KEY)
                .taskDefinitionKeyIn("recordAssessment", "decideTie").list()) {
            String instance = task.getProcessInstanceId();
            boolean vote = "recordAssessment".equals(task.getTaskDefinitionKey());
            String prepared = vote ? PromotionProcess.NOMINEE_OPTIONS : PromotionProcess.TIE_OPTIONS;
            if (runtime.getVariable(instance, prepared) != null) {
                continue;
            }
            String code = (String) runtime.getVariable(instance, PromotionProcess.ROUND_CODE);
            runtime.setVariables(instance, vote ? assessment.ballot(code)
                    : Map.of(PromotionProcess.TIE_OPTIONS, ranked.variables(code, "").get(PromotionProcess.TIE_OPTIONS)));
        }
    }
}
