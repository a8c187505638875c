package vn.noivu.bpm.recruitment;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.noivu.bpm.recruitment.process.RecruitmentProcess;

/**
 * The tests' job executor (it is off in the "it" profile): the steps of a round that run after an asyncBefore
 * (eligibility, ranking, publication) and any timer already due, run now, as the executor would run them.
 */
final class PendingSteps {

    private PendingSteps() {
    }

    /** Runs the instance's due jobs until none is left (a step may lead to the next asynchronous one). */
    static void run(ManagementService management, String processInstanceId) {
        for (int i = 0; i < 20; i++) {
            Job job = management.createJobQuery().processInstanceId(processInstanceId).executable().listPage(0, 1)
                    .stream().findFirst().orElse(null);
            if (job == null) {
                return;
            }
            management.executeJob(job.getId());
        }
        throw new IllegalStateException("Jobs of " + processInstanceId + " keep coming");
    }

    /** The same for the round's own instance, found by its code (the business key). */
    static void runForRound(ProcessEngine engine, String roundCode) {
        ProcessInstance round = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(RecruitmentProcess.KEY).processInstanceBusinessKey(roundCode).singleResult();
        if (round != null) {
            run(engine.getManagementService(), round.getId());
        }
    }
}
