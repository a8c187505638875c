package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.documents.Decree30;

/**
 * The drafts of a round's documents as the official reviews them before signing: the Thông báo tuyển dụng from its
 * plan, the decision on the results from its winners.
 */
@PostgresIntegrationTest
class RecruitmentNoticeDocumentTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();
    final LocalDate today = LocalDate.now(Deadlines.ZONE);
    final String code = "TB-" + UUID.randomUUID().toString().substring(0, 8);

    HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    String createRound() throws IOException {
        HttpResponse<String> created = as("chuyenvien").postJson("/api/recruitment/rounds", """
                {"code": "%s", "title": "Tuyển dụng công chức Sở Nội vụ năm 2026", "agency": "Sở Nội vụ",
                 "method": "THI_TUYEN", "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [
                   {"code": "PC", "title": "Chuyên viên pháp chế", "rank": "CHUYEN_VIEN", "quota": 2,
                    "minDegree": "DAI_HOC", "majors": ["Luật", "Luật kinh tế"], "round2Format": "VIET_PHONG_VAN"},
                   {"code": "VT", "title": "Nhân viên văn thư", "rank": "NHAN_VIEN", "quota": 1,
                    "minDegree": "TRUNG_CAP", "round2Format": "VAN_DAP"}]}
                """.formatted(code, today, today.plusDays(30)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).path("processInstanceId").asText();
    }

    @Test
    void theResultsDecisionListsTheWinnersByPosition() throws IOException {
        String instance = createRound();
        PendingSteps.run(processEngine, instance);
        JsonNode task = json.readTree(as("lanhdao").get("/engine-rest/task?processInstanceId=" + instance
                + "&taskDefinitionKey=approvePlan").body()).get(0);
        assertThat(as("lanhdao").postJson("/engine-rest/task/" + task.path("id").asText() + "/complete",
                "{\"variables\": {\"approved\": {\"value\": true, \"type\": \"Boolean\"}}}").statusCode())
                .isEqualTo(204);
        PendingSteps.run(processEngine, instance);
        apply("Vũ Thị Ánh Tuyết", "001200000101", "PC");
        apply("Đỗ Văn Ước", "001200000102", "PC");
        apply("Hoàng Thị Lý", "001200000103", "VT");
        // What ranking writes for the round: two winners, one not.
        jdbc.update("""
                INSERT INTO recruitment_result (application_id, total_score, rank_position, outcome, assigned_agency)
                SELECT a.id, CASE a.full_name WHEN 'Đỗ Văn Ước' THEN 71.5 ELSE 88.25 END,
                       CASE a.full_name WHEN 'Đỗ Văn Ước' THEN 2 ELSE 1 END,
                       CASE a.full_name WHEN 'Đỗ Văn Ước' THEN 'KHONG_TRUNG_TUYEN' ELSE 'TRUNG_TUYEN' END, 'SNV-HN'
                FROM recruitment_application a JOIN recruitment_round d ON d.id = a.round_id WHERE d.code = ?""", code);

        HttpResponse<byte[]> pdf = as("lanhdao").getResponseBytes(
                "/api/documents/drafts/recruitment-results-decision.pdf?issuer=SNV&subject=" + code);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " ");
            assertThat(text).contains("QUYẾT ĐỊNH", "Về việc phê duyệt kết quả tuyển dụng công chức Sở Nội vụ năm 2026",
                    "Số:" + Decree30.BLANK + "/QĐ-SNV", "GIÁM ĐỐC SỞ NỘI VỤ", "Nghị định số 170/2025/NĐ-CP",
                    "Điều 1. Phê duyệt kết quả", "gồm 2 người trúng tuyển",
                    "1 Vũ Thị Ánh Tuyết Chuyên viên pháp chế 88.25 SNV-HN",
                    "2 Hoàng Thị Lý Nhân viên văn thư 88.25 SNV-HN", "KT. GIÁM ĐỐC")
                    .doesNotContain("Đỗ Văn Ước", "01/01/1998", "001200000101");
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100), "png",
                    new File("target/screenshots/recruitment-results-decision-draft-page1.png"));
        }
    }

    void apply(String name, String citizenId, String position) {
        HttpResponse<String> applied = new HttpTestClient(port).postJson("/api/recruitment/rounds/" + code
                + "/applications", """
                {"fullName": "%s", "citizenId": "%s", "dateOfBirth": "1998-01-01", "gender": "NU",
                 "email": "%s@noivu.local", "phone": "0912345678", "positionCode": "%s",
                 "degree": {"level": "DAI_HOC", "major": "Luật"}, "priorityCategories": []}
                """.formatted(name, citizenId, citizenId, position));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(202);
    }

    @Test
    void theDraftNoticeStatesThePlanWithoutNumberOrDate() throws IOException {
        createRound();
        JsonNode types = json.readTree(as("lanhdao").get("/api/documents/types").body());
        assertThat(types.findValuesAsText("code")).contains("recruitment-notice");

        HttpResponse<byte[]> pdf = as("chuyenvien").getResponseBytes(
                "/api/documents/drafts/recruitment-notice.pdf?issuer=SNV&subject=" + code);
        assertThat(pdf.statusCode()).isEqualTo(200);
        DateTimeFormatter vietnamese = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " ");
            assertThat(text).contains("THÔNG BÁO", "Về việc tuyển dụng công chức Sở Nội vụ năm 2026",
                    "Số:" + Decree30.BLANK + "/TB-SNV", "Hà Nội, ngày" + Decree30.BLANK,
                    "Nghị định số 170/2025/NĐ-CP", "Sở Nội vụ thông báo tuyển dụng công chức như sau:",
                    "1. Chỉ tiêu tuyển dụng: 3 chỉ tiêu", "Chuyên viên pháp chế", "Luật, Luật kinh tế",
                    "Nhân viên văn thư", "Thi tuyển",
                    "từ ngày " + vietnamese.format(today) + " đến hết ngày " + vietnamese.format(today.plusDays(30)),
                    code, "KT. GIÁM ĐỐC", "Nơi nhận:", "- Lưu: VT, CCVC.")
                    .doesNotContain("115/2020/NĐ-CP");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            new File("target/screenshots").mkdirs();
            ImageIO.write(page, "png", new File("target/screenshots/recruitment-notice-draft-page1.png"));
        }
        HttpResponse<byte[]> docx = as("lanhdao").getResponseBytes(
                "/api/documents/drafts/recruitment-notice.docx?issuer=SNV&subject=" + code);
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(new XWPFWordExtractor(word).getText()).contains("THÔNG BÁO", "Chuyên viên pháp chế",
                    "Nhân viên văn thư");
        }
    }

    @Test
    void onlyStaffOpenDraftsAndBadRequestsAre4xx() throws IOException {
        String draft = "/api/documents/drafts/recruitment-notice.pdf?issuer=SNV&subject=";
        assertThat(as("hoidong").get(draft + "X").statusCode()).isEqualTo(403);
        assertThat(as("thietke").get("/api/documents/types").statusCode()).isEqualTo(403);
        assertThat(new HttpTestClient(port).get(draft + "X").statusCode()).isEqualTo(401);
        HttpTestClient clerk = as("chuyenvien");
        assertError(clerk.get(draft + "KHONG-CO-KY-NAY"), 404, "subject_not_found");
        assertError(clerk.get("/api/documents/drafts/no-such-type.pdf?issuer=SNV&subject=X"), 404,
                "document_type_not_found");
        assertError(clerk.get("/api/documents/drafts/recruitment-notice.pdf?issuer=SNV"), 400, "validation_failed");
        assertError(clerk.get(draft + "a%20b"), 400, "validation_failed");
        assertError(clerk.get("/api/documents/drafts/recruitment-notice.pdf?issuer=XYZ&subject=X"), 400,
                "validation_failed");
        assertError(clerk.get("/api/documents/drafts/recruitment-notice.pdf?subject=X"), 400, "validation_failed");
    }

    void assertError(HttpResponse<String> response, int status, String key) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("error").asText()).isEqualTo(key);
        assertThat(body.path("message").asText()).isNotBlank();
    }
}
