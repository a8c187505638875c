package vn.noivu.bpm.restructuring.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.noivu.bpm.ModelTestMocks;
import vn.noivu.bpm.platform.approval.ApprovalDecisionListener;

/**
 * Every path of bpmn/restructuring/restructuring-scheme.bpmn on an in-memory engine, the delegates mocked: the
 * consultation passed in every commune (one instance of the sub-process per commune), a failed consultation
 * followed by the configured path (second round, revised scheme, stop), a council missing and a council against,
 * the Ministry returning the dossier, the effective-date timer and the register update, set-up and classification.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
        "bpmn/restructuring/restructuring-scheme.bpmn",
        "bpmn/platform/task-deadlines.dmn",
        "bpmn/documents/document-issue.bpmn",
        "forms/documents/documents-review-draft.form",
        "forms/documents/documents-sign.form",
        "bpmn/restructuring/restructuring-task-deadlines.dmn",
        "forms/restructuring/restructuring-report-consultation.form",
        "forms/restructuring/restructuring-revise-scheme.form",
        "forms/restructuring/restructuring-record-councils.form",
        "forms/restructuring/restructuring-prepare-dossier.form",
        "forms/restructuring/restructuring-appraise-dossier.form",
        "forms/restructuring/restructuring-supplement-dossier.form",
        "forms/restructuring/restructuring-record-government-submission.form",
        "forms/restructuring/restructuring-record-resolution.form",
        "forms/restructuring/restructuring-set-up-bodies.form",
        "forms/restructuring/restructuring-classify-units.form"})
class RestructuringSchemeModelTest {

    private static final String MODEL = "bpmn/restructuring/restructuring-scheme.bpmn";
    private static final Set<String> PASSED = new HashSet<>();

    ProcessEngine processEngine;

    private final Deque<String> consultationOutcomes = new ArrayDeque<>();
    /** Each evaluation of the councils: {complete, adopted}. */
    private final Deque<boolean[]> councilOutcomes = new ArrayDeque<>();
    private final List<String> calls = new java.util.ArrayList<>();
    private final List<String> statuses = new java.util.ArrayList<>();
    private final List<String> issued = new java.util.ArrayList<>();
    private final ModelTestMocks mocks = new ModelTestMocks(calls);

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("approvalDecision", new ApprovalDecisionListener());
        delegate("restructuringConsultationOpen", e -> e.setVariable("consultationCount", 2));
        delegate("restructuringConsultationPrepareCommune", e -> e.setVariableLocal("communeCode",
                "0000" + e.getVariable("loopCounter")));
        delegate("restructuringConsultationEvaluate", e -> e.setVariable("consultationOutcome", consultationOutcomes.pop()));
        delegate("restructuringCouncilEvaluate", e -> {
            boolean[] outcome = councilOutcomes.pop();
            e.setVariable("councilsComplete", outcome[0]);
            e.setVariable("councilsAdopted", outcome[1]);
        });
        delegate("restructuringResolutionApplyToRegister", e -> { });
        listener("restructuringConsultationTally", t -> calls.add("tally:" + t.getVariable("communeCode")));
        listener("restructuringCouncilOptions", t -> { });
        listener("restructuringCouncilRecord", t -> { });
        listener("restructuringSchemeDossierCheck", t -> { });
        listener("restructuringResolutionRecord", t -> {
            t.setVariable("effectiveFrom", new Date(System.currentTimeMillis() - 60_000));
            t.setVariable("classificationDue", new Date(System.currentTimeMillis() + 365L * 24 * 3600 * 1000));
        });
        mocks.documentIssue(issued, e -> (String) e.getVariable("documentType"), "TTr-SNV");
        Mocks.register("restructuringSchemeStatus", (ExecutionListener) e -> statuses.add(e.getCurrentActivityId()));
    }

    private void delegate(String bean, JavaDelegate body) {
        mocks.delegate(bean, body);
    }

    private void listener(String bean, TaskListener body) {
        Mocks.register(bean, body);
    }

    private static void recordPassed() {
        ModelTestMocks.recordPassed(PASSED);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @AfterAll
    static void everyElementOfTheModelWasPassed() {
        ModelTestMocks.assertEveryElementPassed(MODEL, "restructuring-scheme", PASSED);
    }

    private ProcessInstance scheme() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("schemeId", 1L);
        variables.put("roundCode", "DA-01");
        variables.put("roundTitle", "Đề án nhập xã");
        variables.put("orgUnitCode", "25");
        variables.put("consultationRound", 1);
        return runtimeService().startProcessInstanceByKey("restructuring-scheme", "DA-01", variables);
    }

    private List<Task> tasks(ProcessInstance instance, String key) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
    }

    private void complete(ProcessInstance instance, String key, Map<String, Object> variables) {
        List<Task> open = tasks(instance, key);
        assertThat(open).as(key).hasSize(1);
        taskService().complete(open.get(0).getId(), variables);
    }

    private void everyCommuneReports(ProcessInstance instance) {
        List<Task> communes = tasks(instance, "reportConsultation");
        assertThat(communes).as("one task per commune").hasSize(2);
        communes.forEach(t -> taskService().complete(t.getId(), Map.of("totalHouseholds", "100", "consulted", "80",
                "agree", "60", "disagree", "20", "otherOpinions", "0")));
    }

    /** document-issue, called for one of the scheme's documents: the official submits the draft, the head signs it. */
    private void sign(ProcessInstance instance, String documentType) {
        ProcessInstance document = runtimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId())
                .singleResult();
        assertThat(document).isWaitingAt("reviewDocumentDraft");
        taskService().complete(taskService().createTaskQuery().processInstanceId(document.getId()).singleResult().getId());
        taskService().complete(taskService().createTaskQuery().processInstanceId(document.getId()).singleResult().getId(),
                Map.of("approved", true));
        assertThat(document).isEnded();
        assertThat(issued).last().isEqualTo(documentType);
    }

    /** The Đề án and the Kế hoạch lấy ý kiến are issued before the communes receive the dossier. */
    private ProcessInstance schemeWithItsDocuments() {
        ProcessInstance instance = scheme();
        assertThat(instance).isWaitingAt("issueSchemeDocument");
        sign(instance, "restructuring-scheme-document");
        assertThat(instance).isWaitingAt("issueConsultationPlan");
        sign(instance, "restructuring-consultation-plan");
        return instance;
    }

    private void runJobs(ProcessInstance instance) {
        for (Job job = managementService().createJobQuery().processInstanceId(instance.getId()).singleResult(); job != null;
             job = managementService().createJobQuery().processInstanceId(instance.getId()).singleResult()) {
            managementService().executeJob(job.getId());
        }
    }

    @Test
    void consultationPassesEverywhereAndTheResolutionChangesTheRegister() {
        consultationOutcomes.add("DAT");
        councilOutcomes.add(new boolean[] {false, false});
        councilOutcomes.add(new boolean[] {true, true});
        ProcessInstance instance = schemeWithItsDocuments();
        assertThat(instance).isWaitingAt("reportConsultation");
        everyCommuneReports(instance);
        assertThat(instance).as("the results are in").isWaitingAt("issueConsultationReport");
        sign(instance, "restructuring-consultation-report");
        assertThat(calls).contains("tally:00000", "tally:00001");
        complete(instance, "recordCouncils", Map.of());
        assertThat(instance).as("a council still missing").isWaitingAt("recordCouncils");
        complete(instance, "recordCouncils", Map.of());
        complete(instance, "prepareDossier", Map.of());
        sign(instance, "restructuring-summary-report");
        sign(instance, "restructuring-submission");
        assertThat(issued).containsExactly("restructuring-scheme-document", "restructuring-consultation-plan",
                "restructuring-consultation-report", "restructuring-summary-report", "restructuring-submission");
        complete(instance, "appraiseDossier", Map.of("approved", false, "comment", "Bổ sung bản đồ"));
        complete(instance, "supplementDossier", Map.of("supplementNote", "Đã bổ sung"));
        complete(instance, "appraiseDossier", Map.of("approved", true));
        complete(instance, "recordGovernmentSubmission", Map.of());
        complete(instance, "recordResolution", Map.of());
        assertThat(instance).isWaitingAt("effectiveDateReached");
        runJobs(instance);
        assertThat(calls).contains("restructuringResolutionApplyToRegister");
        assertThat(tasks(instance, "classifyUnits").get(0).getDueDate()).isAfter(new Date());
        complete(instance, "setUpBodies", Map.of());
        complete(instance, "classifyUnits", Map.of());
        assertThat(instance).isEnded().hasPassed("schemeCompleted");
        assertThat(statuses).contains("prepareDossier", "appraiseDossier", "recordGovernmentSubmission",
                "recordResolution", "schemeCompleted");
        recordPassed();
    }

    @Test
    void aSecondRoundThenACouncilAgainstStops() {
        consultationOutcomes.add("LAY_Y_KIEN_LAN_HAI");
        consultationOutcomes.add("DAT");
        councilOutcomes.add(new boolean[] {true, false});
        ProcessInstance instance = schemeWithItsDocuments();
        everyCommuneReports(instance);
        assertThat(instance).as("the second round").isWaitingAt("reportConsultation");
        everyCommuneReports(instance);
        sign(instance, "restructuring-consultation-report");
        complete(instance, "recordCouncils", Map.of());
        assertThat(instance).isEnded().hasPassed("stoppedByCouncil");
        recordPassed();
    }

    @Test
    void aRevisedSchemeIsConsultedAgainAndAFailureStops() {
        consultationOutcomes.add("SUA_DE_AN");
        consultationOutcomes.add("DUNG");
        ProcessInstance instance = schemeWithItsDocuments();
        everyCommuneReports(instance);
        complete(instance, "reviseScheme", Map.of("revisionNote", "Đổi tên xã mới"));
        everyCommuneReports(instance);
        assertThat(instance).isEnded().hasPassed("stoppedByConsultation");
        recordPassed();
    }
}
