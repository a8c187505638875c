package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.documents.Decree30;
import vn.noivu.bpm.recruitment.process.HiringProcess;

/**
 * Two winners' recruitment decisions through the REST API on PostgreSQL: each is drafted from the dossier, reviewed
 * by the official and signed by the head within the decision's legal deadline; a returned draft takes no number,
 * the two signed ones take consecutive numbers of the issuer's series, and the hiring records the issued number.
 */
@PostgresIntegrationTest
class HiringDecisionDocumentTest {

    private static final String APPROVE = "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}}";
    private static final String TYPE = "recruitment-hiring-decision";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private final LocalDate today = LocalDate.now(Deadlines.ZONE);
    private final String citizens = "0012%04d".formatted((int) (System.nanoTime() % 10_000));

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private JsonNode body(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private JsonNode task(String user, String processInstanceId, String taskKey) throws IOException {
        PendingSteps.run(processEngine, processInstanceId);
        JsonNode tasks = body(as(user).get("/engine-rest/task?processInstanceId=" + processInstanceId
                + "&taskDefinitionKey=" + taskKey), 200);
        assertThat(tasks.size()).as(taskKey + " for " + user).isEqualTo(1);
        return tasks.get(0);
    }

    private HttpResponse<String> complete(String user, String taskId, String variables) {
        return as(user).postJson("/engine-rest/task/" + taskId + "/complete", "{\"variables\": " + variables + "}");
    }

    private void completeTask(String user, String processInstanceId, String taskKey, String variables)
            throws IOException {
        assertThat(complete(user, task(user, processInstanceId, taskKey).path("id").asText(), variables).statusCode())
                .isEqualTo(204);
        PendingSteps.run(processEngine, processInstanceId);
    }

    private String hiring(String applicationNumber) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(HiringProcess.KEY)
                .processInstanceBusinessKey(applicationNumber).singleResult().getId();
    }

    private String documentIssue(String hiringInstance) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(hiringInstance)
                .processDefinitionKey("document-issue").variableValueEquals("documentType", TYPE).singleResult().getId();
    }

    private Integer issuedNumber(String applicationNumber) {
        return jdbc.query("SELECT doc_number FROM outgoing_document WHERE type_code = ? AND subject = ?",
                rs -> rs.next() ? rs.getInt(1) : null, TYPE, applicationNumber);
    }

    private String application(String name, String citizenId, String gender) {
        return """
                {"fullName": "%s", "citizenId": "%s", "dateOfBirth": "1996-03-04", "gender": "%s",
                 "email": "%s@noivu.local", "phone": "0912345678", "positionCode": "VT",
                 "degree": {"level": "TRUNG_CAP", "major": "Văn thư"}, "priorityCategories": []}
                """.formatted(name, citizenId, gender, citizenId);
    }

    @Test
    void twoWinnersDecisionsAreSignedInTurnTakeConsecutiveNumbersAndAReturnedDraftTakesNone() throws Exception {
        String code = "QDTD-" + UUID.randomUUID().toString().substring(0, 8);
        String round = body(as("chuyenvien").postJson("/api/recruitment/rounds", """
                {"code": "%s", "title": "Tuyển dụng công chức Sở Nội vụ năm 2026", "agency": "Sở Nội vụ H",
                 "method": "THI_TUYEN", "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "VT", "title": "Nhân viên văn thư", "rank": "NHAN_VIEN", "quota": 2,
                    "minDegree": "TRUNG_CAP", "round2Format": "VAN_DAP"}]}
                """.formatted(code, today, today.plusDays(30))), 201).path("processInstanceId").asText();
        completeTask("lanhdao", round, "approvePlan", APPROVE);
        PendingSteps.signPendingDocuments(processEngine, round);
        HttpTestClient citizen = new HttpTestClient(port);
        String first = Applicants.apply(citizen, jdbc, code, application("Nguyễn Thị Ánh Tuyết", citizens + "0001", "NU"));
        String second = Applicants.apply(citizen, jdbc, code, application("Đỗ Văn Ước", citizens + "0002", "NAM"));
        Job deadline = managementService.createJobQuery().processInstanceId(round).timers().singleResult();
        managementService.executeJob(deadline.getId());
        completeTask("hoidong", round, "approveEligibleList", APPROVE);
        PendingSteps.signPendingDocuments(processEngine, round);
        body(as("hoidong").postJson("/api/recruitment/rounds/" + code + "/scores", "{\"stage\": \"VONG_2\", \"scores\": ["
                + "{\"applicationNumber\": \"" + first + "\", \"score\": 82}, {\"applicationNumber\": \"" + second
                + "\", \"score\": 75}]}"), 200);
        completeTask("lanhdao", round, "approveResults", APPROVE);
        // The results (and the hirings) are public once their decision is signed.
        PendingSteps.signPendingDocuments(processEngine, round);

        String firstHiring = hiring(first);
        String secondHiring = hiring(second);
        String dossier = "{\"docDiplomas\": {\"value\": true, \"type\": \"Boolean\"}, \"dossierComplete\": {\"value\": true,"
                + " \"type\": \"Boolean\"}, \"fraudFound\": {\"value\": false, \"type\": \"Boolean\"}}";
        completeTask("chuyenvien", firstHiring, "recordDossier", dossier);
        completeTask("chuyenvien", secondHiring, "recordDossier", dossier);

        // The first decision: the official reviews the draft (with the date of birth: it is addressed to the person),
        // due by the decision's legal deadline like the head's signature.
        String document = documentIssue(firstHiring);
        Date decisionDue = (Date) processEngine.getRuntimeService().getVariable(firstHiring, HiringProcess.DECISION_DUE);
        JsonNode review = task("chuyenvien", document, "reviewDocumentDraft");
        assertThat(review.path("due").asText()).as("the legal deadline").isNotBlank();
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(review.path("id").asText()).singleResult()
                .getDueDate()).isEqualTo(decisionDue);
        HttpResponse<byte[]> draft = as("chuyenvien").getResponseBytes("/api/documents/drafts/" + TYPE
                + ".pdf?issuer=SNV&subject=" + first);
        assertThat(draft.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(draft.body())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", "")).contains(
                    "Vềviệctuyểndụngcôngchứcđốivớibà" + "NguyễnThịÁnhTuyết", "sinhngày04/03/1996",
                    "vịtríviệclàmNhânviênvănthư", "ngạchNhânviên", "Số:" + Decree30.BLANK.replaceAll("\\s", ""));
        }
        assertThat(as("hoidong").getResponseBytes("/api/documents/drafts/" + TYPE + ".pdf?issuer=SNV&subject=" + first)
                .statusCode()).as("staff only").isEqualTo(403);
        completeTask("chuyenvien", document, "reviewDocumentDraft", "{}");
        JsonNode sign = task("lanhdao", document, "signDocument");
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(sign.path("id").asText()).singleResult()
                .getDueDate()).isEqualTo(decisionDue);
        assertThat(complete("chuyenvien", sign.path("id").asText(), APPROVE).statusCode()).as("an official cannot sign")
                .isEqualTo(403);
        assertThat(complete("lanhdao", sign.path("id").asText(), "{\"approved\": {\"value\": false, \"type\": \"Boolean\"},"
                + " \"comment\": {\"value\": \"Ghi rõ vị trí việc làm\", \"type\": \"String\"}}").statusCode()).isEqualTo(204);
        PendingSteps.run(processEngine, document);
        assertThat(issuedNumber(first)).as("a returned draft takes no number").isNull();
        assertThat(jdbc.queryForObject("SELECT h.status FROM recruitment_hiring h JOIN recruitment_application a"
                + " ON a.id = h.application_id WHERE a.application_number = ?", String.class, first))
                .isEqualTo("HOAN_THIEN_HO_SO");

        // Resubmitted and signed; then the second winner's.
        completeTask("chuyenvien", document, "reviewDocumentDraft", "{}");
        completeTask("lanhdao", document, "signDocument", APPROVE);
        String secondDocument = documentIssue(secondHiring);
        completeTask("chuyenvien", secondDocument, "reviewDocumentDraft", "{}");
        completeTask("lanhdao", secondDocument, "signDocument", APPROVE);

        int number = issuedNumber(first);
        assertThat(issuedNumber(second)).as("the next number of the series").isEqualTo(number + 1);
        for (String[] person : new String[][] {{first, Integer.toString(number), "Nguyễn Thị Ánh Tuyết"},
                {second, Integer.toString(number + 1), "Đỗ Văn Ước"}}) {
            String decisionNumber = Decree30.number(Integer.parseInt(person[1])) + "/QĐ-SNV";
            assertThat(jdbc.queryForObject("SELECT h.decision_number FROM recruitment_hiring h JOIN recruitment_application a"
                    + " ON a.id = h.application_id WHERE a.application_number = ?", String.class, person[0]))
                    .as("recordDecision took the issued number").isEqualTo(decisionNumber);
            long id = jdbc.queryForObject("SELECT id FROM outgoing_document WHERE type_code = ? AND subject = ?",
                    Long.class, TYPE, person[0]);
            HttpResponse<byte[]> issued = as("lanhdao").getResponseBytes("/api/documents/" + id + ".pdf");
            assertThat(issued.statusCode()).isEqualTo(200);
            try (PDDocument pdf = Loader.loadPDF(issued.body())) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("[ \\t\\r\\n]+", " ");
                assertThat(text).contains("Số: " + decisionNumber, Decree30.dateLine("Hà Nội", today), person[2]);
            }
            assertThat(new HttpTestClient(port).get("/api/documents/" + id + ".pdf").statusCode())
                    .as("the register is not public").isEqualTo(401);
            String hiring = hiring(person[0]);
            assertThat(processEngine.getRuntimeService().getVariable(hiring, HiringProcess.DECISION_NUMBER))
                    .isEqualTo(decisionNumber);
            assertThat(task("chuyenvien", hiring, "recordCriminalRecord")).isNotNull();
        }
        assertThat(jdbc.queryForObject("SELECT created_by FROM outgoing_document WHERE type_code = ? AND subject = ?",
                String.class, TYPE, first)).isEqualTo("lanhdao");
        // The round's public results name the recruits and their outcome, never the date of birth.
        String publicResults = new HttpTestClient(port).get("/api/recruitment/rounds/" + code + "/results").body();
        assertThat(publicResults).contains("Nguyễn Thị Ánh Tuyết").doesNotContain("04/03/1996", "1996-03-04");
    }
}
