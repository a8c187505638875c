package vn.noivu.bpm.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;

/**
 * A designer deploys a document template through engine REST, documents are issued from it with their numbers, and
 * staff read the register and the files: each role, bad input, and a changed template that leaves earlier documents
 * as they were issued.
 */
@PostgresIntegrationTest
class DocumentApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DocumentService documents;

    final ObjectMapper json = new ObjectMapper();
    /** A type (and so a series and a template) of its own for each run: the test database keeps earlier runs. */
    final String run = UUID.randomUUID().toString().substring(0, 8);
    final DocumentType type = new DocumentType("test-decision-" + run, "Quyết định thử", "QĐT" + run.substring(0, 3)
            .toUpperCase());

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    HttpResponse<String> deployTemplate(String wording) throws IOException {
        String template = Files.readString(Path.of("src/test/resources/documents/sample-decision.template.html"))
                .replace("Quyết định này có hiệu lực kể từ ngày ký.", wording);
        return new HttpTestClient(port).as("thietke", "thietke").postMultipart("/engine-rest/deployment/create",
                Map.of("deployment-name", "documents-" + run, "deployment-source", "test"),
                Map.of(type.code() + ".template.html", template.getBytes(StandardCharsets.UTF_8)));
    }

    DocumentService.Issued issue(String name) {
        return documents.issue(DocumentRenderingTest.request(type, java.util.List.of(name)), null, "chuyenvien");
    }

    @Test
    void aDeployedTemplateIsUsedByTheNextDocumentAndEarlierOnesStayAsIssued() throws IOException {
        assertThat(deployTemplate("Quyết định này có hiệu lực kể từ ngày ký.").statusCode()).isEqualTo(200);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 2, 3, 9, 0, 0, 0, Deadlines.ZONE).toInstant()));
        DocumentService.Issued first = issue("Nguyễn Văn Ấn");
        assertThat(first.numberLine()).isEqualTo("Số: 01/" + type.abbreviation() + "-SNV");
        assertThat(first.dateLine()).as("D2").isEqualTo("Hà Nội, ngày 03 tháng 02 năm 2026");

        // Deployed now (the engine stamps a deployment with its clock), issued on the same day as the first.
        ClockUtil.reset();
        assertThat(deployTemplate("Quyết định này có hiệu lực từ ngày 01 tháng 3 năm 2026.").statusCode()).isEqualTo(200);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 2, 3, 15, 0, 0, 0, Deadlines.ZONE).toInstant()));
        DocumentService.Issued second = issue("Phạm Thị Hường");
        assertThat(second.numberLine()).isEqualTo("Số: 02/" + type.abbreviation() + "-SNV");

        HttpTestClient clerk = new HttpTestClient(port).as("chuyenvien", "chuyenvien");
        String firstText = pdfText(clerk.getBytes("/api/documents/" + first.id() + ".pdf"));
        String secondText = pdfText(clerk.getBytes("/api/documents/" + second.id() + ".pdf"));
        assertThat(firstText).contains("Số: 01/" + type.abbreviation() + "-SNV", "Hà Nội, ngày 03 tháng 02 năm 2026",
                "Nguyễn Văn Ấn", "có hiệu lực kể từ ngày ký").doesNotContain("từ ngày 01 tháng 3");
        assertThat(secondText).contains("Số: 02/", "Phạm Thị Hường", "có hiệu lực từ ngày 01 tháng 3 năm 2026");
        try (XWPFDocument word = new XWPFDocument(new java.io.ByteArrayInputStream(
                clerk.getBytes("/api/documents/" + second.id() + ".docx")))) {
            assertThat(new XWPFWordExtractor(word).getText()).contains("Số: 02/" + type.abbreviation() + "-SNV",
                    "Phạm Thị Hường");
        }
    }

    @Test
    void theRegisterListsIssuedDocumentsForStaffOnly() throws IOException {
        assertThat(deployTemplate("Quyết định này có hiệu lực kể từ ngày ký.").statusCode()).isEqualTo(200);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 5, 9, 0, 0, 0, Deadlines.ZONE).toInstant()));
        DocumentService.Issued issued = issue("Lê Thị Thu");
        String query = "/api/documents?issuer=SNV&year=2026&type=" + type.code();
        for (String staff : new String[] {"chuyenvien", "lanhdao", "admin"}) {
            HttpResponse<String> response = new HttpTestClient(port).as(staff, staff).get(query);
            assertThat(response.statusCode()).as(staff).isEqualTo(200);
            JsonNode rows = json.readTree(response.body());
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).path("document").path("numberLine").asText())
                    .isEqualTo("Số: 01/" + type.abbreviation() + "-SNV");
            assertThat(rows.get(0).path("document").path("issuedOn").asText()).isEqualTo("2026-12-05");
            assertThat(rows.get(0).path("document").path("sha256").asText()).isEqualTo(issued.sha256());
            assertThat(rows.get(0).path("pdf").asText()).isEqualTo("/api/documents/" + issued.id() + ".pdf");
        }
        for (String other : new String[] {"hoidong", "thietke"}) {
            assertThat(new HttpTestClient(port).as(other, other).get(query).statusCode()).as(other).isEqualTo(403);
            assertThat(new HttpTestClient(port).as(other, other).get("/api/documents/" + issued.id() + ".pdf")
                    .statusCode()).as(other).isEqualTo(403);
        }
        assertThat(new HttpTestClient(port).get(query).statusCode()).isEqualTo(401);
        HttpResponse<byte[]> pdf = new HttpTestClient(port).as("lanhdao", "lanhdao")
                .getResponseBytes("/api/documents/" + issued.id() + ".pdf");
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("X-Content-SHA256")).hasValue(issued.sha256());
        assertThat(DocumentService.sha256(pdf.body())).isEqualTo(issued.sha256());
    }

    /** Page 1 of a draft, the image the review and signing forms show: staff only, like the draft itself. */
    @Test
    void aDraftsFirstPageIsAnImageForStaffOnly() throws IOException {
        java.time.LocalDate today = java.time.LocalDate.now(Deadlines.ZONE);
        String code = "TB-ANH-" + run;
        HttpResponse<String> round = new HttpTestClient(port).as("chuyenvien", "chuyenvien").postJson(
                "/api/recruitment/rounds", """
                {"code": "%s", "title": "Tuyển dụng công chức Sở Nội vụ năm 2026", "agency": "Sở Nội vụ",
                 "method": "THI_TUYEN", "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "VT", "title": "Nhân viên văn thư", "rank": "NHAN_VIEN", "quota": 1,
                    "minDegree": "TRUNG_CAP", "round2Format": "VAN_DAP"}]}
                """.formatted(code, today, today.plusDays(30)));
        assertThat(round.statusCode()).as(round.body()).isEqualTo(201);
        String page = "/api/documents/drafts/recruitment-notice.png?issuer=SNV&subject=" + code;
        for (String staff : new String[] {"chuyenvien", "lanhdao"}) {
            HttpResponse<byte[]> png = new HttpTestClient(port).as(staff, staff).getResponseBytes(page);
            assertThat(png.statusCode()).as(staff).isEqualTo(200);
            assertThat(png.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
            assertThat(png.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
            assertThat(image.getWidth()).as("A4 at 96 dpi").isBetween(790, 800);
            assertThat(image.getHeight()).isBetween(1118, 1128);
        }
        for (String other : new String[] {"hoidong", "thietke"}) {
            assertThat(new HttpTestClient(port).as(other, other).get(page).statusCode()).as(other).isEqualTo(403);
        }
        assertThat(new HttpTestClient(port).get(page).statusCode()).isEqualTo(401);
        HttpTestClient clerk = new HttpTestClient(port).as("chuyenvien", "chuyenvien");
        assertThat(json.readTree(clerk.get("/api/documents/drafts/recruitment-notice.png?issuer=SNV&subject=KHONG-CO-"
                + run).body()).path("error").asText()).isEqualTo("subject_not_found");
        assertThat(json.readTree(clerk.get("/api/documents/drafts/recruitment-notice.png?issuer=SNV&subject=a%20b")
                .body()).path("fields").get(0).path("field").asText()).isEqualTo("subject");
        assertThat(json.readTree(clerk.get("/api/documents/drafts/recruitment-notice.png?subject=" + code).body())
                .path("fields").get(0).path("field").asText()).isEqualTo("issuer");
        // Its plan approval would crowd the task lists the browser tests click in.
        assertThat(new HttpTestClient(port).as("admin", "admin").delete("/engine-rest/process-instance/"
                + json.readTree(round.body()).path("processInstanceId").asText()).statusCode()).isEqualTo(204);
    }

    @Test
    void badInputIsAVietnamese4xxNamingTheField() throws IOException {
        HttpTestClient clerk = new HttpTestClient(port).as("chuyenvien", "chuyenvien");
        Map<String, String> fields = Map.of("/api/documents?year=20x6", "year", "/api/documents?year=1800", "year",
                "/api/documents?type=Bad%20Type", "type", "/api/documents?issuer=XYZ", "issuer",
                "/api/documents?limit=0", "limit", "/api/documents?limit=abc", "limit");
        for (Map.Entry<String, String> bad : fields.entrySet()) {
            HttpResponse<String> response = clerk.get(bad.getKey());
            assertThat(response.statusCode()).as(bad.getKey()).isEqualTo(400);
            JsonNode body = json.readTree(response.body());
            assertThat(body.path("error").asText()).isEqualTo("validation_failed");
            assertThat(body.path("fields").get(0).path("field").asText()).isEqualTo(bad.getValue());
            assertThat(body.path("message").asText()).contains("Tham số " + bad.getValue());
        }
        HttpResponse<String> missing = clerk.get("/api/documents/987654321987.pdf");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).path("error").asText()).isEqualTo("document_not_found");
        assertThat(clerk.get("/api/documents/abc.docx").statusCode()).isEqualTo(404);
        assertThat(clerk.get("/api/documents/99999999999999999999.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void aTemplateThatCouldRunCodeIsRefusedAtDeployment() throws IOException {
        HttpResponse<String> response = new HttpTestClient(port).as("thietke", "thietke").postMultipart(
                "/engine-rest/deployment/create", Map.of("deployment-name", "bad-template-" + run),
                Map.of(type.code() + ".template.html",
                        "<p onmouseover=\"fetch('/engine-rest/user')\">{{name}}</p>".getBytes(StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("message").asText())
                .contains(type.code() + ".template.html", "[template-attribute-not-allowed]");
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " ");
        }
    }
}
