package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
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

/**
 * A round runs through the REST API to its notice and its decision on the results: the official submits each draft,
 * the head signs it (the decision after one return); only then is it numbered in the issuer's register, and the
 * round's public paths serve it.
 */
@PostgresIntegrationTest
class RecruitmentResultsDecisionTest {

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

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private JsonNode body(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private String taskId(String user, String processInstanceId, String taskKey) throws IOException {
        PendingSteps.run(processEngine, processInstanceId);
        JsonNode tasks = body(as(user).get("/engine-rest/task?processInstanceId=" + processInstanceId
                + "&taskDefinitionKey=" + taskKey), 200);
        assertThat(tasks.size()).as(taskKey + " for " + user).isEqualTo(1);
        return tasks.get(0).path("id").asText();
    }

    private HttpResponse<String> complete(String user, String taskId, String variables) {
        return as(user).postJson("/engine-rest/task/" + taskId + "/complete", "{\"variables\": " + variables + "}");
    }

    private void completeTask(String user, String processInstanceId, String taskKey, String variables) throws IOException {
        assertThat(complete(user, taskId(user, processInstanceId, taskKey), variables).statusCode()).isEqualTo(204);
        PendingSteps.run(processEngine, processInstanceId);
    }

    private static final String APPROVE = "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}}";

    /** A round with one position and two applicants, planned, scored and its results approved by the head. */
    private String roundWithApprovedResults(String code) throws IOException {
        JsonNode created = body(as("chuyenvien").postJson("/api/recruitment/rounds", """
                {"code": "%s", "title": "Tuyển dụng công chức Sở Nội vụ năm 2026", "agency": "Sở Nội vụ",
                 "method": "THI_TUYEN", "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "VT", "title": "Nhân viên văn thư", "rank": "NHAN_VIEN", "quota": 1,
                    "minDegree": "TRUNG_CAP", "round2Format": "VAN_DAP"}]}
                """.formatted(code, today, today.plusDays(30))), 201);
        String instance = created.path("processInstanceId").asText();
        completeTask("lanhdao", instance, "approvePlan", APPROVE);
        // The notice: public once the head signed it, numbered in its own series (TB).
        String noticePath = "/api/recruitment/rounds/" + code + "/notice.pdf";
        assertThat(body(new HttpTestClient(port).get(noticePath), 404).path("error").asText())
                .isEqualTo("document_not_issued");
        String notice = documentInstance(instance, "recruitment-notice");
        completeTask("chuyenvien", notice, "reviewDocumentDraft", "{}");
        completeTask("lanhdao", notice, "signDocument", APPROVE);
        HttpResponse<byte[]> noticePdf = new HttpTestClient(port).getResponseBytes(noticePath);
        assertThat(noticePdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(noticePdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " "))
                    .contains("Số: %02d/TB-SNV".formatted(issuedNumber("recruitment-notice", code)), "THÔNG BÁO");
        }
        HttpTestClient citizen = new HttpTestClient(port);
        String first = Applicants.apply(citizen, jdbc, code, application("Nguyễn Thị Ánh Tuyết", "001200000301"));
        String second = Applicants.apply(citizen, jdbc, code, application("Đỗ Văn Ước", "001200000302"));
        Job timer = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
        managementService.executeJob(timer.getId());
        completeTask("hoidong", instance, "approveEligibleList", APPROVE);
        body(as("hoidong").postJson("/api/recruitment/rounds/" + code + "/scores", "{\"stage\": \"VONG_2\", \"scores\": ["
                + "{\"applicationNumber\": \"" + first + "\", \"score\": 82}, {\"applicationNumber\": \"" + second
                + "\", \"score\": 61}]}"), 200);
        completeTask("lanhdao", instance, "approveResults", APPROVE);
        return instance;
    }

    private static String application(String name, String citizenId) {
        return """
                {"fullName": "%s", "citizenId": "%s", "dateOfBirth": "1996-03-04", "gender": "NU",
                 "email": "%s@noivu.local", "phone": "0912345678", "positionCode": "VT",
                 "degree": {"level": "DAI_HOC", "major": "Văn thư"}, "priorityCategories": []}
                """.formatted(name, citizenId, citizenId);
    }

    private String documentInstance(String roundInstance, String documentType) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(roundInstance)
                .processDefinitionKey("document-issue").variableValueEquals("documentType", documentType)
                .singleResult().getId();
    }

    private Integer issuedNumber(String documentType, String code) {
        return jdbc.query("SELECT doc_number FROM outgoing_document WHERE type_code = ? AND subject = ?",
                rs -> rs.next() ? rs.getInt(1) : null, documentType, code);
    }

    private Integer issuedNumber(String code) {
        return issuedNumber("recruitment-results-decision", code);
    }

    @Test
    void theNoticeAndTheDecisionAreNumberedOnlyWhenTheHeadSignsThemAndAreThenPublic() throws Exception {
        String code = "QD-" + UUID.randomUUID().toString().substring(0, 8);
        String round = roundWithApprovedResults(code);
        String publicPath = "/api/recruitment/rounds/" + code + "/results-decision.pdf";
        HttpResponse<String> notYet = new HttpTestClient(port).get(publicPath);
        JsonNode notIssued = body(notYet, 404);
        assertThat(notIssued.path("error").asText()).isEqualTo("document_not_issued");
        assertThat(notIssued.path("message").asText()).contains("chưa được ban hành");
        assertThat(notYet.headers().firstValue("WWW-Authenticate")).as("no Basic challenge on a public path").isEmpty();
        assertThat(new HttpTestClient(port).get("/api/recruitment/rounds/KHONG-CO/results-decision.pdf").statusCode())
                .isEqualTo(404);

        // The official reviews the draft (the council does not see the task); the draft the form links to opens.
        String document = documentInstance(round, "recruitment-results-decision");
        assertThat(body(as("hoidong").get("/engine-rest/task?processInstanceId=" + document), 200).size()).isZero();
        String review = taskId("chuyenvien", document, "reviewDocumentDraft");
        JsonNode variables = body(as("chuyenvien").get("/engine-rest/task/" + review + "/form-variables"), 200);
        assertThat(variables.path("documentName").path("value").asText())
                .isEqualTo("Quyết định phê duyệt (công nhận) kết quả tuyển dụng");
        assertThat(variables.path("documentTitle").path("value").asText()).startsWith("Về việc phê duyệt kết quả");
        assertThat(as("chuyenvien").getResponseBytes("/api/documents/drafts/" + variables.path("documentType")
                .path("value").asText() + ".pdf?issuer=" + variables.path("issuer").path("value").asText()
                + "&subject=" + variables.path("subject").path("value").asText()).statusCode()).isEqualTo(200);
        assertThat(complete("chuyenvien", review, "{}").statusCode()).isEqualTo(204);

        // Only the head signs; a return needs a comment and takes no number.
        String sign = taskId("lanhdao", document, "signDocument");
        assertThat(complete("chuyenvien", sign, APPROVE).statusCode()).as("an official cannot sign").isEqualTo(403);
        assertThat(complete("lanhdao", sign, "{\"approved\": {\"value\": false, \"type\": \"Boolean\"}}").statusCode())
                .isEqualTo(400);
        assertThat(complete("lanhdao", sign, "{\"approved\": {\"value\": false, \"type\": \"Boolean\"}, \"comment\":"
                + " {\"value\": \"Sửa căn cứ pháp lý\", \"type\": \"String\"}}").statusCode()).isEqualTo(204);
        assertThat(issuedNumber(code)).as("a returned draft takes no number").isNull();
        assertThat(new HttpTestClient(port).get(publicPath).statusCode()).isEqualTo(404);
        completeTask("chuyenvien", document, "reviewDocumentDraft", "{}");
        completeTask("lanhdao", document, "signDocument", APPROVE);

        Integer number = issuedNumber(code);
        assertThat(number).isNotNull();
        assertThat(jdbc.queryForObject("SELECT created_by FROM outgoing_document WHERE subject = ? AND type_code = ?",
                String.class, code, "recruitment-results-decision"))
                .isEqualTo("lanhdao");
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(round)
                .variableName("resultsDecisionNumber").singleResult().getValue())
                .isEqualTo("Số: %02d/QĐ-SNV".formatted(number));
        HttpResponse<byte[]> pdf = new HttpTestClient(port).getResponseBytes(publicPath);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("X-Content-SHA256"))
                .hasValue(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())));
        try (PDDocument decision = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(decision).replaceAll("[ \\t\\r\\n]+", " ");
            assertThat(text).contains("Số: %02d/QĐ-SNV".formatted(number), "Nguyễn Thị Ánh Tuyết", "Nhân viên văn thư")
                    .contains(Decree30.dateLine("Hà Nội", today))
                    .as("names and results only").doesNotContain("Đỗ Văn Ước", "04/03/1996", "001200000301");
        }

        // The next round's decision takes the next number of the same series.
        String nextCode = "QD-" + UUID.randomUUID().toString().substring(0, 8);
        String next = roundWithApprovedResults(nextCode);
        String nextDocument = documentInstance(next, "recruitment-results-decision");
        completeTask("chuyenvien", nextDocument, "reviewDocumentDraft", "{}");
        completeTask("lanhdao", nextDocument, "signDocument", APPROVE);
        assertThat(issuedNumber(nextCode)).isEqualTo(number + 1);
        assertThat(issuedNumber("recruitment-notice", nextCode)).isEqualTo(issuedNumber("recruitment-notice", code) + 1);
        JsonNode register = body(as("lanhdao").get("/api/documents?issuer=SNV&year=" + today.getYear()
                + "&type=recruitment-results-decision"), 200);
        assertThat(register.toString()).contains("%02d/QĐ-SNV".formatted(number), "%02d/QĐ-SNV".formatted(number + 1));
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(next).singleResult())
                .as("the winner's hiring still runs").isNotNull();
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
