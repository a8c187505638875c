package vn.noivu.bpm.recruitment;

import java.util.List;
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

    /** Who signs for each signer group in the tests (the demo users). */
    private static final Map<String, String> SIGNERS = Map.of("lanh-dao", "lanhdao", "hoi-dong-tuyen-dung", "hoidong");

    /**
     * A document of the round (document-issue, called by the round: the plan and notice after the plan's approval,
     * the eligible list after the council's, the decision on the results after the head's approval, the winners'
     * notice after publication): the official submits the draft, the signer's group signs it (the head as
     * {@code lanhdao}, the council's chair as {@code hoidong}), and the document is numbered.
     */
    void signDocument(String roundInstanceId, String documentType) {
        ProcessInstance document = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(roundInstanceId).variableValueEquals("documentType", documentType).singleResult();
        sign(engine, document.getId());
        run(engine, roundInstanceId);
    }

    /** Every document the round waits for is signed, repeatedly, until none is left (the notice follows the plan). */
    static void signPendingDocuments(ProcessEngine engine, String roundInstanceId) {
        for (int round = 0; round < 5; round++) {
            List<ProcessInstance> documents = engine.getRuntimeService().createProcessInstanceQuery()
                    .superProcessInstanceId(roundInstanceId).processDefinitionKey("document-issue").list();
            if (documents.isEmpty()) {
                return;
            }
            documents.forEach(document -> sign(engine, document.getId()));
            run(engine, roundInstanceId);
        }
    }

    private static void sign(ProcessEngine engine, String documentInstanceId) {
        TaskService tasks = engine.getTaskService();
        tasks.complete(tasks.createTaskQuery().processInstanceId(documentInstanceId).taskDefinitionKey("reviewDocumentDraft")
                .singleResult().getId());
        Task sign = tasks.createTaskQuery().processInstanceId(documentInstanceId).taskDefinitionKey("signDocument")
                .singleResult();
        String group = tasks.getIdentityLinksForTask(sign.getId()).stream()
                .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(SIGNERS.get(group), List.of(group));
        try {
            tasks.complete(sign.getId(), Map.of("approved", true));
        } finally {
            identity.clearAuthentication();
        }
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
