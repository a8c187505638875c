package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ExamStage;
import vn.noivu.bpm.recruitment.domain.ApplicationRequest;
import vn.noivu.bpm.recruitment.domain.RoundRequest;
import vn.noivu.bpm.recruitment.process.ApplicationService;
import vn.noivu.bpm.recruitment.process.HiringProcess;
import vn.noivu.bpm.recruitment.process.RoundService;
import vn.noivu.bpm.recruitment.process.ScoreImport;

/**
 * Hirings started on the model before the decisions were documents (src/test/resources/upgrade/
 * hiring-dossier-typed-decision.bpmn.xml, the hiring-dossier of a5cc248) stay on it and finish: the head types the
 * decision's number and date in "issueDecision" and the cancellation's number in "cancelDecision" and "cancelResult",
 * and the delegates of this version record them; the candidate offered the place after that starts on this version.
 */
@PostgresIntegrationTest
class HiringEarlierModelTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RoundService roundService;
    @Autowired
    ApplicationService applicationService;
    @Autowired
    ScoreImport scoreImport;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private final LocalDate today = LocalDate.now(Deadlines.ZONE);
    private PendingSteps steps;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        steps = new PendingSteps(processEngine, scoreImport);
    }

    @AfterEach
    void tearDown() {
        BpmnAwareTests.reset();
    }

    private Deployment deploy(String name, InputStream model) {
        return processEngine.getRepositoryService().createDeployment().name(name)
                .addInputStream("hiring-dossier.bpmn", model).deploy();
    }

    private ProcessInstance hiring(String applicationNumber) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(HiringProcess.KEY)
                .processInstanceBusinessKey(applicationNumber).singleResult();
    }

    private String hiringColumn(String column, String applicationNumber) {
        return jdbc.queryForObject("SELECT h." + column + " FROM recruitment_hiring h JOIN recruitment_application a"
                + " ON a.id = h.application_id WHERE a.application_number = ?", String.class, applicationNumber);
    }

    @Test
    void hiringsOfTheEarlierModelFinishWithTheNumbersTheHeadTyped() throws Exception {
        String code = "HDC-" + UUID.randomUUID().toString().substring(0, 8);
        ProcessInstance round = processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(
                roundService.create(json.readValue("""
                {"code": "%s", "title": "Kỳ tuyển dụng thử", "agency": "Sở Nội vụ %s", "method": "THI_TUYEN",
                 "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "VT", "title": "Văn thư", "rank": "NHAN_VIEN", "quota": 2,
                   "minDegree": "TRUNG_CAP", "round2Format": "VAN_DAP"}]}
                """.formatted(code, code, today, today.plusDays(30)), RoundRequest.class), "chuyenvien")
                        .processInstanceId()).singleResult();
        steps.complete(task(round), withVariables("approved", true));
        PendingSteps.signPendingDocuments(processEngine, round.getId());
        List<String> numbers = new ArrayList<>();
        String prefix = "0017%05d".formatted((int) (System.nanoTime() % 100_000));
        for (int i = 0; i < 3; i++) {
            String citizenId = prefix + "00" + i;
            ApplicationService.Receipt receipt = applicationService.submit(code, json.readValue("""
                    {"fullName": "Thí sinh %s", "citizenId": "%s", "dateOfBirth": "1995-05-05", "gender": "NAM",
                     "email": "%s@noivu.local", "phone": "0912345678", "positionCode": "VT",
                     "degree": {"level": "TRUNG_CAP", "major": "Văn thư"}, "priorityCategories": []}
                    """.formatted(citizenId, citizenId, citizenId), ApplicationRequest.class));
            numbers.add(Applicants.receivedNumber(jdbc, code, receipt.email()));
        }
        steps.execute(job(round));
        steps.complete(task(round), withVariables("approved", true));
        PendingSteps.signPendingDocuments(processEngine, round.getId());
        List<ScoreImport.Line> lines = new ArrayList<>();
        int[] scores = {80, 70, 60};
        for (int i = 0; i < 3; i++) {
            lines.add(new ScoreImport.Line(numbers.get(i), null, null, BigDecimal.valueOf(scores[i]), null, null, false));
        }
        steps.importSheet(code, new ScoreImport.Sheet(ExamStage.VONG_2, lines));
        assertThat(round).isWaitingAt("approveResults");

        // The two winners' hirings start on the earlier model; then this version's model is the latest again.
        Deployment earlier = deploy("hiring-dossier-typed-decision (test)",
                Files.newInputStream(Path.of("src/test/resources/upgrade/hiring-dossier-typed-decision.bpmn.xml")));
        try {
            steps.complete(task(round), withVariables("approved", true));
            PendingSteps.signPendingDocuments(processEngine, round.getId());
        } finally {
            deploy("hiring-dossier (this version, after the test of the earlier one)",
                    Files.newInputStream(Path.of("bpmn/recruitment/hiring-dossier.bpmn")));
        }
        String earlierDefinition = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .deploymentId(earlier.getId()).singleResult().getId();
        ProcessInstance first = hiring(numbers.get(0));
        ProcessInstance second = hiring(numbers.get(1));
        assertThat(first.getProcessDefinitionId()).isEqualTo(earlierDefinition);
        assertThat(second.getProcessDefinitionId()).isEqualTo(earlierDefinition);

        // The first: the head types the decision; a criminal record then cancels it by a typed number.
        steps.complete(task(first), withVariables("docDiplomas", true, "dossierComplete", true, "fraudFound", false));
        assertThat(first).isWaitingAt("issueDecision");
        steps.complete(task(first), withVariables("decisionNumber", "15/QĐ-SNV", "decisionDate", today.toString()));
        assertThat(hiringColumn("decision_number", numbers.get(0))).isEqualTo("15/QĐ-SNV");
        assertThat(hiringColumn("status", numbers.get(0))).isEqualTo("DA_QUYET_DINH");
        steps.complete(task(first), withVariables("criminalRecordResult", "PHAI_HUY"));
        assertThat(first).isWaitingAt("cancelDecision");
        steps.complete(task(first), withVariables("cancellationNumber", "21/QĐ-SNV", "cancellationNote", "Phiếu số 9"));
        assertThat(first).isEnded();
        assertThat(hiringColumn("cancellation_reason", numbers.get(0)))
                .isEqualTo("Phiếu lý lịch tư pháp thuộc trường hợp không được tuyển dụng (quyết định số 21/QĐ-SNV): Phiếu số 9");
        ProcessInstance third = hiring(numbers.get(2));
        assertThat(third.getProcessDefinitionId()).as("the next-ranked starts on this version")
                .isNotEqualTo(earlierDefinition);

        // The second misses the dossier deadline: the head types the cancellation's number.
        steps.execute(job(second));
        assertThat(second).isWaitingAt("cancelResult");
        steps.complete(task(second), withVariables("cancellationNumber", "22/QĐ-SNV"));
        assertThat(second).isEnded();
        assertThat(hiringColumn("cancellation_reason", numbers.get(1)))
                .isEqualTo("Không hoàn thiện đủ hồ sơ trong thời hạn (quyết định số 22/QĐ-SNV)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outgoing_document WHERE subject IN (?, ?)", Integer.class,
                numbers.get(0), numbers.get(1))).as("nothing issued for them through the register").isZero();
    }
}
