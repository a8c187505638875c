package vn.noivu.bpm.recruitment;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import vn.noivu.bpm.recruitment.process.RecruitmentProcess;
import vn.noivu.bpm.recruitment.process.ScoreImport;

/**
 * The tests' job executor (it is off in the "it" profile): the steps of a round that run after an asyncBefore
 * (eligibility, ranking, publication) and any timer already due run now, with no user authenticated, as the
 * job executor would run them.
 */
final class PendingSteps {

    private final ProcessEngine engine;
    private final ScoreImport scoreImport;

    /** For tests that drive a round through the services: each step, then the jobs it leaves. */
    PendingSteps(ProcessEngine engine, ScoreImport scoreImport) {
        this.engine = engine;
        this.scoreImport = scoreImport;
    }

    /** Completes the task as the Tasklist does; the steps after an asyncBefore then run. */
    void complete(Task task, Map<String, Object> variables) {
        BpmnAwareTests.complete(task, variables);
        run(engine, task.getProcessInstanceId());
    }

    /**
     * A document of the round (document-issue, called by the round: the notice after the plan's approval, the
     * decision on the results after theirs): the official submits the draft, the head signs it as {@code lanhdao},
     * and the document is numbered.
     */
    void signDocument(String roundInstanceId, String documentType) {
        ProcessInstance document = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(roundInstanceId).variableValueEquals("documentType", documentType).singleResult();
        TaskService tasks = engine.getTaskService();
        tasks.complete(tasks.createTaskQuery().processInstanceId(document.getId()).taskDefinitionKey("reviewDocumentDraft")
                .singleResult().getId());
        approveDocument(document.getId());
    }

    /** The head signs the document-issue instance's draft; the caller goes on in the same transaction. */
    void approveDocument(String documentInstanceId) {
        TaskService tasks = engine.getTaskService();
        String caller = engine.getRuntimeService().createProcessInstanceQuery().subProcessInstanceId(documentInstanceId)
                .singleResult().getId();
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication("lanhdao", java.util.List.of("lanh-dao"));
        try {
            tasks.complete(tasks.createTaskQuery().processInstanceId(documentInstanceId).taskDefinitionKey("signDocument")
                    .singleResult().getId(), Map.of("approved", true));
        } finally {
            identity.clearAuthentication();
        }
        run(engine, caller);
    }

    /** A timer fires; the steps after it that run as jobs of their own run too. */
    void execute(Job job) {
        BpmnAwareTests.execute(job);
        run(engine, job.getProcessInstanceId());
    }

    /** The council's sheet, then what the round does with it (ranking runs as a job). */
    ScoreImport.Imported importSheet(String code, ScoreImport.Sheet sheet) {
        ScoreImport.Imported imported = scoreImport.importSheet(code, sheet);
        runForRound(engine, code);
        return imported;
    }

    /** Runs the instance's due jobs until none is left (a step may lead to the next asynchronous one). */
    static void run(ProcessEngine engine, String processInstanceId) {
        asSystem(engine, () -> runJobs(engine.getManagementService(), processInstanceId));
    }

    /** The same for the round's own instance, found by its code (the business key). */
    static void runForRound(ProcessEngine engine, String roundCode) {
        asSystem(engine, () -> {
            ProcessInstance round = engine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey(RecruitmentProcess.KEY).processInstanceBusinessKey(roundCode).singleResult();
            if (round != null) {
                runJobs(engine.getManagementService(), round.getId());
            }
        });
    }

    private static void asSystem(ProcessEngine engine, Runnable work) {
        IdentityService identity = engine.getIdentityService();
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            work.run();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private static void runJobs(ManagementService management, String processInstanceId) {
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
}
