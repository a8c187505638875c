package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
import vn.noivu.bpm.calendar.PeriodUnit;
import vn.noivu.bpm.documents.Decree30;

/**
 * Two rounds run through the REST API and produce their documents: the plan, the notice citing it, the council's
 * list of the eligible, the decision on the results (after one return), the council's notice to the winners. The
 * official submits each draft, the head or the council's chair signs it; only then is it numbered in its issuer's
 * register, consecutively per series, and the round's public paths serve it. Results are public only once the
 * decision is signed.
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

    @Autowired
    Deadlines deadlines;

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
        // The plan, then the notice citing it: each public once the head signed it, numbered in its series.
        String noticePath = "/api/recruitment/rounds/" + code + "/notice.pdf";
        assertThat(body(new HttpTestClient(port).get(noticePath), 404).path("error").asText())
                .isEqualTo("document_not_issued");
        sign(documentInstance(instance, "recruitment-plan"), "lanhdao");
        int plan = issuedNumber("recruitment-plan", code);
        assertThat(publicText(code, "plan.pdf")).contains("Số: %02d/KH-SNV".formatted(plan), "KẾ HOẠCH",
                "Tuyển dụng công chức Sở Nội vụ năm 2026", "Nhân viên văn thư", "Vấn đáp");
        sign(documentInstance(instance, "recruitment-notice"), "lanhdao");
        assertThat(publicText(code, "notice.pdf"))
                .contains("Số: %02d/TB-SNV".formatted(issuedNumber("recruitment-notice", code)), "THÔNG BÁO")
                .contains("Căn cứ Kế hoạch tuyển dụng số %02d/KH-SNV %s".formatted(plan, Decree30.dateText(today)));
        HttpTestClient citizen = new HttpTestClient(port);
        String first = Applicants.apply(citizen, jdbc, code, application("Nguyễn Thị Ánh Tuyết", "001200000301"));
        String second = Applicants.apply(citizen, jdbc, code, application("Đỗ Văn Ước", "001200000302"));
        Job timer = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
        managementService.executeJob(timer.getId());
        completeTask("hoidong", instance, "approveEligibleList", APPROVE);
        // The council's notice listing the eligible (its appendix), signed by its chair in the council's name.
        String eligibleList = documentInstance(instance, "recruitment-eligible-list");
        assertThat(body(as("chuyenvien").get("/engine-rest/task?processInstanceId=" + eligibleList
                + "&taskDefinitionKey=reviewDocumentDraft"), 200).size()).isOne();
        completeTask("chuyenvien", eligibleList, "reviewDocumentDraft", "{}");
        assertThat(complete("lanhdao", taskId("hoidong", eligibleList, "signDocument"), APPROVE).statusCode())
                .as("the council's chair signs, not the head").isEqualTo(403);
        completeTask("hoidong", eligibleList, "signDocument", APPROVE);
        int listNumber = issuedNumber("recruitment-eligible-list", code);
        assertThat(publicText(code, "eligible-list.pdf"))
                .contains("Số: %02d/TB-HĐTD".formatted(listNumber), "HỘI ĐỒNG TUYỂN DỤNG", "TM. HỘI ĐỒNG TUYỂN DỤNG",
                        "CHỦ TỊCH", "Phụ lục DANH SÁCH THÍ SINH ĐỦ ĐIỀU KIỆN DỰ TUYỂN", "(Kèm theo Thông báo số %02d/TB-HĐTD %s".formatted(listNumber,
                                Decree30.dateText(today)), "Nguyễn Thị Ánh Tuyết", "Đỗ Văn Ước",
                        "Danh sách có 2 thí sinh.")
                .as("names, numbers and positions only").doesNotContain("04/03/1996", "001200000301");
        assertThat(publicText(code, "eligible-list.pdf").replace(" ", "")).contains(first, second);
        // The appendix starts a page of its own, in the PDF and in the clerk's Word file.
        try (PDDocument pdf = Loader.loadPDF(new HttpTestClient(port).getResponseBytes("/api/recruitment/rounds/"
                + code + "/eligible-list.pdf").body())) {
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pdf.getNumberOfPages());
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(lastPage.getText(pdf)).contains("DANH SÁCH THÍ SINH ĐỦ ĐIỀU KIỆN DỰ TUYỂN")
                    .doesNotContain("Nơi nhận");
        }
        long listId = jdbc.queryForObject("SELECT id FROM outgoing_document WHERE type_code = ? AND subject = ?",
                Long.class, "recruitment-eligible-list", code);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(as("chuyenvien")
                .getResponseBytes("/api/documents/" + listId + ".docx").body()))) {
            assertThat(word.getParagraphs().stream().filter(XWPFParagraph::isPageBreak).count()).isOne();
            assertThat(new XWPFWordExtractor(word).getText()).contains("DANH SÁCH THÍ SINH ĐỦ ĐIỀU KIỆN",
                    "Nguyễn Thị Ánh Tuyết");
        }
        body(as("hoidong").postJson("/api/recruitment/rounds/" + code + "/scores", "{\"stage\": \"VONG_2\", \"scores\": ["
                + "{\"applicationNumber\": \"" + first + "\", \"score\": 82}, {\"applicationNumber\": \"" + second
                + "\", \"score\": 61}]}"), 200);
        completeTask("lanhdao", instance, "approveResults", APPROVE);
        assertThat(body(new HttpTestClient(port).get("/api/recruitment/rounds/" + code + "/results"), 401)
                .path("error").asText()).as("published only once the decision is signed")
                .isEqualTo("results_not_published");
        return instance;
    }

    /** The official submits the draft, the signer approves it, then the round's jobs (publication) run. */
    private void sign(String documentInstance, String signer) throws IOException {
        String round = processEngine.getRuntimeService().createProcessInstanceQuery()
                .subProcessInstanceId(documentInstance).singleResult().getId();
        completeTask("chuyenvien", documentInstance, "reviewDocumentDraft", "{}");
        completeTask(signer, documentInstance, "signDocument", APPROVE);
        PendingSteps.run(processEngine, round);
    }

    /**
     * The text of one of the round's public documents, spaces folded; its pages are kept as images in
     * target/screenshots/document-recruitment-&lt;file&gt;-page&lt;n&gt;.png (the first two).
     */
    private String publicText(String code, String file) throws IOException {
        HttpResponse<byte[]> pdf = new HttpTestClient(port).getResponseBytes("/api/recruitment/rounds/" + code + "/" + file);
        assertThat(pdf.statusCode()).as(file).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            new File("target/screenshots").mkdirs();
            for (int page = 0; page < Math.min(2, document.getNumberOfPages()); page++) {
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(page, 100), "png", new File(
                        "target/screenshots/document-recruitment-" + file.replace(".pdf", "") + "-page" + (page + 1)
                                + ".png"));
            }
            return new PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " ");
        }
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
        assertThat(body(new HttpTestClient(port).get("/api/recruitment/rounds/" + code + "/minutes.pdf"), 404)
                .path("error").asText()).as("not one of the round's public documents").isEqualTo("document_not_found");

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
        sign(document, "lanhdao");
        assertThat(body(new HttpTestClient(port).get("/api/recruitment/rounds/" + code + "/results"), 200)
                .path("status").asText()).isEqualTo("DA_CONG_BO_KET_QUA");

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
        sign(documentInstance(next, "recruitment-results-decision"), "lanhdao");
        assertThat(issuedNumber(nextCode)).isEqualTo(number + 1);
        assertThat(issuedNumber("recruitment-plan", nextCode)).isEqualTo(issuedNumber("recruitment-plan", code) + 1);
        assertThat(issuedNumber("recruitment-notice", nextCode)).isEqualTo(issuedNumber("recruitment-notice", code) + 1);
        JsonNode register = body(as("lanhdao").get("/api/documents?issuer=SNV&year=" + today.getYear()
                + "&type=recruitment-results-decision"), 200);
        assertThat(register.toString()).contains("%02d/QĐ-SNV".formatted(number), "%02d/QĐ-SNV".formatted(number + 1));
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(next).singleResult())
                .as("the winner's hiring still runs").isNotNull();
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // Each council's notice to its winners: after publication, with the dossier deadline (20 days from the
        // publication, Decree 170/2025 Art. 18(1)), next in the council's TB series after the eligible lists.
        sign(documentInstance(round, "recruitment-recognition-notice"), "hoidong");
        int recognition = issuedNumber("recruitment-recognition-notice", code);
        assertThat(recognition).isEqualTo(issuedNumber("recruitment-eligible-list", nextCode) + 1);
        String deadline = deadlines.deadline(today, 20, PeriodUnit.CALENDAR_DAYS)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(publicText(code, "recognition-notice.pdf"))
                .contains("Số: %02d/TB-HĐTD".formatted(recognition), "công nhận kết quả trúng tuyển",
                        "Căn cứ Quyết định số %02d/QĐ-SNV %s".formatted(number, Decree30.dateText(today)),
                        "Nguyễn Thị Ánh Tuyết", "Trong thời hạn 20 ngày kể từ ngày công bố kết quả trúng tuyển",
                        "đến hết ngày " + deadline)
                .doesNotContain("Đỗ Văn Ước", "04/03/1996");
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(round)
                .singleResult()).as("the round waits for its winner's hiring only").isNotNull();
    }
}
