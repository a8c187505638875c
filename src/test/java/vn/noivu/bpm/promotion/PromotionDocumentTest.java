package vn.noivu.bpm.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.documents.Decree30;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.personnel.Rating;

/**
 * A promotion round's decisions, for rounds run through the API: the drafts as the official reviews them before
 * signing (the council's decision from the plan, the appointment decision from the winners appointed now), then
 * issued through document-issue in the round, with consecutive numbers of the register's QĐ series: the council's,
 * the appointment decision, and a decision of its own for a winner whose appointment was deferred.
 */
@PostgresIntegrationTest
class PromotionDocumentTest {

    @LocalServerPort
    int port;
    @Autowired
    PersonnelRepository personnel;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine processEngine;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private final LocalDate today = LocalDate.now(Deadlines.ZONE);
    private final String prefix = "0029" + String.format("%06d", System.nanoTime() % 1_000_000);

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private JsonNode body(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private Person person(String suffix, String name, String gender, String staffType, String rankCode, String rank,
                          Rating lastYear) {
        return new Person(prefix + suffix, name, gender, LocalDate.of(1984, 7, 19), "Kinh", false, staffType, "SNV-P"
                + suffix, "Phòng Pháp chế " + suffix, rankCode, rank, today.minusYears(10), 0, null,
                Map.of(today.getYear() - 1, lastYear, today.getYear() - 2, Rating.HOAN_THANH_XUAT_SAC,
                        today.getYear() - 3, Rating.HOAN_THANH_XUAT_SAC), null, null);
    }

    private String createRound(String code, String staffType, String method, String targetTitle, int quota)
            throws IOException {
        String instance = body(as("chuyenvien").postJson("/api/promotion/rounds", """
                {"code": "%s", "title": "Nâng ngạch, thăng hạng năm %d", "authority": "Sở Nội vụ",
                 "staffType": "%s", "method": "%s", "targetTitle": "%s", "quota": %d, "roundDate": "%s",
                 "filingDeadline": "%s", "councilMembers": 5}""".formatted(code, today.getYear(), staffType, method,
                targetTitle, quota, today, today.plusDays(15))), 201).path("processInstanceId").asText();
        return instance;
    }

    private void approvePlanAndNominate(String code, String instance, List<Person> people) throws IOException {
        complete(instance, "approvePlan", "lanhdao", "\"approved\": {\"value\": true, \"type\": \"Boolean\"}");
        for (Person person : people) {
            body(as("chuyenvien").postJson("/api/promotion/rounds/" + code + "/nominations", "{\"citizenId\": \""
                    + person.citizenId() + "\", \"certificatesMet\": true, \"vacancy\": true}"), 201);
        }
        // Within the filing window the council's decision is signed: numbered then, and the council may work.
        assertThat(RoundDocuments.numbers(jdbc, "promotion-council-decision", code)).isEmpty();
        RoundDocuments.sign(port, processEngine, instance, "promotion-council-decision");
        assertThat(RoundDocuments.numbers(jdbc, "promotion-council-decision", code)).hasSize(1);
        // The filing deadline passes; the eligibility check runs.
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .singleResult().getId());
        RoundJobs.runDue(managementService, instance);
    }

    private void complete(String instance, String taskKey, String user, String variables) {
        String task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
                .singleResult().getId();
        HttpResponse<String> done = as(user).postJson("/engine-rest/task/" + task + "/complete",
                "{\"variables\": {" + variables + "}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        RoundJobs.runDue(managementService, instance);
    }

    private String draft(String type, String code, String screenshot) throws IOException {
        HttpResponse<byte[]> pdf = as("lanhdao").getResponseBytes("/api/documents/drafts/" + type
                + ".pdf?issuer=SNV&subject=" + code);
        assertThat(pdf.statusCode()).as(new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            Map<String, String> fonts = fontsOfLines(document);
            assertThat(fonts.get("Căn cứ")).as("legal bases in italics").containsIgnoringCase("Italic");
            assertThat(fonts.get("Điều 1.")).as("the article's number in bold").containsIgnoringCase("Bold")
                    .doesNotContainIgnoringCase("Italic");
            new File("target/screenshots").mkdirs();
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100), "png",
                    new File("target/screenshots/" + screenshot));
            // A line may break after the "/" of a number such as 170/2025/NĐ-CP: joined again here.
            return new PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " ").replace("/ ", "/")
                    .replace(" /", "/");
        }
    }

    /** The font of the first letter of the lines starting with these words. */
    private static Map<String, String> fontsOfLines(PDDocument document) throws IOException {
        Map<String, String> fonts = new HashMap<>();
        new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (String start : List.of("Căn cứ", "Điều 1.")) {
                    if (text.startsWith(start) && !fonts.containsKey(start)) {
                        fonts.put(start, positions.get(0).getFont().getName());
                    }
                }
            }
        }.getText(document);
        return fonts;
    }

    /** Decree 30's layout around every decision: heading, number and date left to fill, signer, recipients. */
    private static void assertLayout(String text) {
        assertThat(text).contains("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "SỞ NỘI VỤ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:" + Decree30.BLANK + "/QĐ-SNV",
                "Hà Nội, ngày" + Decree30.BLANK, "QUYẾT ĐỊNH", "GIÁM ĐỐC SỞ NỘI VỤ", "QUYẾT ĐỊNH:", "Điều 1.",
                "Điều 2.", "Điều 3.", "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, CCVC.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
    }

    private void assertRefused(String path, int status, String key) throws IOException {
        JsonNode refusal = body(as("chuyenvien").get(path), status);
        assertThat(refusal.path("error").asText()).isEqualTo(key);
        assertThat(refusal.path("message").asText()).isNotBlank();
    }

    @Test
    void civilServantsGetTheCouncilDecisionAndThenTheDecisionOnTheirNewRank() throws IOException {
        Person hang = person("01", "Nguyễn Thị Thu Hằng", "NU", "CONG_CHUC", "01.003", "Chuyên viên",
                Rating.HOAN_THANH_TOT);
        Person manh = person("02", "Trần Đức Mạnh", "NAM", "CONG_CHUC", "01.003", "Chuyên viên",
                Rating.HOAN_THANH_XUAT_SAC);
        Person uoc = person("03", "Lê Văn Ước", "NAM", "CONG_CHUC", "01.003", "Chuyên viên",
                Rating.HOAN_THANH);
        personnel.save(List.of(hang, manh, uoc));
        String code = "NN-" + UUID.randomUUID().toString().substring(0, 8);
        String instance = createRound(code, "CONG_CHUC", "XET", "CHUYEN_VIEN_CHINH", 2);
        String rankDecision = "/api/documents/drafts/promotion-rank-decision.pdf?issuer=SNV&subject=" + code;

        // The council is formed from the plan: its size, and the quorum and vote of the round's pinned council table.
        String council = draft("promotion-council-decision", code, "document-promotion-council-decision.png");
        assertLayout(council);
        assertThat(council).contains("Về việc thành lập Hội đồng đánh giá thay đổi vị trí việc làm lên ngạch chuyên"
                        + " viên chính", "Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;",
                "Căn cứ Nghị định số 170/2025/NĐ-CP ngày 30 tháng 6 năm 2025",
                "Căn cứ quy định tại Nghị định 170/2025/NĐ-CP, Điều 23-24;",
                "Điều 1. Thành lập Hội đồng đánh giá thay đổi vị trí việc làm lên ngạch chuyên viên chính của Sở Nội"
                        + " vụ, gồm 5 thành viên", "1 ………………………… Chủ tịch Hội đồng", "4 ………………………… Ủy viên",
                "5 ………………………… Ủy viên kiêm Thư ký", "ít nhất 2/3 số thành viên tham dự",
                "(Nghị định 170/2025/NĐ-CP, Điều 24 khoản 2 điểm a)", "- Các cơ quan, đơn vị có người được đề nghị;")
                .doesNotContain("Phó Chủ tịch", "115/2020");
        assertRefused(rankDecision, 409, "no_appointees");

        approvePlanAndNominate(code, instance, List.of(hang, manh, uoc));
        complete(instance, "recordAssessment", "hoidongth", """
                "membersPresent": {"value": 5, "type": "Long"},
                "assessmentMinutes": {"value": "Biên bản họp Hội đồng số 01", "type": "String"},
                "assessmentVotes": {"value": "%s; 5; 0; x\\n%s; 4; 1; x", "type": "String"}"""
                .formatted(hang.citizenId(), manh.citizenId()));
        assertRefused(rankDecision, 409, "no_appointees");

        complete(instance, "approveResults", "lanhdao", "\"approved\": {\"value\": true, \"type\": \"Boolean\"}");
        // Nobody types a number: the round waits for its decision in document-issue.
        assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isZero();
        RoundDocuments.instance(processEngine, instance, "promotion-rank-decision");
        // Before the decision, one winner comes under disciplinary review: deferred, not appointed.
        personnel.save(List.of(new Person(manh.citizenId(), manh.fullName(), manh.gender(), manh.dateOfBirth(),
                manh.ethnicity(), false, manh.staffType(), manh.unitCode(), manh.unitName(), manh.rankCode(),
                manh.rankName(), manh.rankSince(), 0, null, manh.ratings(),
                new Person.Discipline("Đang xem xét kỷ luật", today.plusMonths(3), false), null)));

        String decision = draft("promotion-rank-decision", code, "document-promotion-rank-decision.png");
        assertLayout(decision);
        assertThat(decision).contains("Về việc thay đổi vị trí việc làm và bổ nhiệm vào ngạch chuyên viên chính",
                "Căn cứ Nghị định số 170/2025/NĐ-CP ngày 30 tháng 6 năm 2025",
                "Căn cứ quy định tại Nghị định 170/2025/NĐ-CP, Điều 23-24;",
                "Điều 1. Thay đổi vị trí việc làm và bổ nhiệm vào ngạch chuyên viên chính đối với 1 công chức",
                "điểm b khoản 2 Điều 24 Nghị định số 170/2025/NĐ-CP",
                "1 Nguyễn Thị Thu Hằng Phòng Pháp chế 01 Chuyên viên",
                "xếp lương theo ngạch mới")
                .doesNotContain("Trần Đức Mạnh", "Lê Văn Ước", hang.citizenId(), hang.citizenId().substring(8),
                        "19/07/1984", "1984");
        HttpResponse<byte[]> docx = as("chuyenvien").getResponseBytes(rankDecision.replace(".pdf", ".docx"));
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(new XWPFWordExtractor(word).getText()).contains("Nguyễn Thị Thu Hằng",
                    "ngạch chuyên viên chính").doesNotContain("Trần Đức Mạnh");
        }

        JsonNode wrongType = body(as("chuyenvien").get("/api/documents/drafts/promotion-title-decision.pdf?issuer=SNV"
                + "&subject=" + code), 409);
        assertThat(wrongType.path("error").asText()).isEqualTo("wrong_staff_type");
        assertThat(wrongType.path("message").asText()).contains("công chức", "Quyết định thay đổi vị trí việc làm");

        // Signed: the next number of the QĐ series after the council's, and the appointee has it on record.
        RoundDocuments.sign(port, processEngine, instance, "promotion-rank-decision");
        int councilNumber = RoundDocuments.numbers(jdbc, "promotion-council-decision", code).get(0);
        assertThat(RoundDocuments.numbers(jdbc, "promotion-rank-decision", code)).containsExactly(councilNumber + 1);
        Map<String, JsonNode> nominees = nominees(code);
        assertThat(nominees.get(hang.citizenId()).path("appointmentStatus").asText()).isEqualTo("DA_BO_NHIEM");
        assertThat(nominees.get(hang.citizenId()).path("appointmentDecision").asText())
                .isEqualTo(RoundDocuments.decision(councilNumber + 1, today));
        long issuedId = nominees.get(hang.citizenId()).path("appointmentDocumentId").asLong();
        assertThat(nominees.get(manh.citizenId()).path("appointmentStatus").asText()).isEqualTo("HOAN_BO_NHIEM");
        assertThat(nominees.get(manh.citizenId()).path("appointmentDecision").isNull()).isTrue();
        HttpResponse<byte[]> issued = as("lanhdao").getResponseBytes("/api/documents/" + issuedId + ".pdf");
        assertThat(issued.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(issued.body())) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100), "png",
                    new File("target/screenshots/document-promotion-rank-decision-issued.png"));
            assertThat(new PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " "))
                    .contains("Số: %02d/QĐ-SNV".formatted(councilNumber + 1), Decree30.dateLine("Hà Nội", today),
                            "Nguyễn Thị Thu Hằng").doesNotContain("Trần Đức Mạnh");
        }
        assertThat(body(as("chuyenvien").get("/api/promotion/rounds/" + code), 200).path("status").asText())
                .isEqualTo("BO_NHIEM");

        // The review clears the deferred winner: a decision of its own names him alone, with the next number.
        personnel.save(List.of(manh));
        complete(instance, "reviewDeferred", "chuyenvien",
                "\"deferredNote\": {\"value\": \"Không xử lý kỷ luật\", \"type\": \"String\"}");
        assertThat(draft("promotion-rank-decision", code, "document-promotion-rank-decision-deferred.png"))
                .contains("1 Trần Đức Mạnh").doesNotContain("Nguyễn Thị Thu Hằng");
        RoundDocuments.sign(port, processEngine, instance, "promotion-rank-decision");
        assertThat(RoundDocuments.numbers(jdbc, "promotion-rank-decision", code))
                .containsExactly(councilNumber + 1, councilNumber + 2);
        assertThat(nominees(code).get(manh.citizenId()).path("appointmentDecision").asText())
                .isEqualTo(RoundDocuments.decision(councilNumber + 2, today));
        assertThat(body(as("chuyenvien").get("/api/promotion/rounds/" + code), 200).path("status").asText())
                .isEqualTo("HOAN_THANH");
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count())
                .as("the round ended").isZero();
    }

    /** The staff's view of the round's nominees, by citizen ID. */
    private Map<String, JsonNode> nominees(String code) throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        body(as("chuyenvien").get("/api/promotion/rounds/" + code + "/results"), 200).path("nominees")
                .forEach(n -> byId.put(n.path("citizenId").asText(), n));
        return byId;
    }

    @Test
    void publicEmployeesGetTheDecisionOnTheirTitleAndSalary() throws IOException {
        Person lan = person("11", "Phạm Thị Lan", "NU", "VIEN_CHUC", "V.HC.III", "Chuyên viên (hạng III)",
                Rating.HOAN_THANH_TOT);
        Person khoa = person("12", "Đặng Minh Khoa", "NAM", "VIEN_CHUC", "V.HC.III", "Chuyên viên (hạng III)",
                Rating.HOAN_THANH_TOT);
        personnel.save(List.of(lan, khoa));
        String code = "TH-" + UUID.randomUUID().toString().substring(0, 8);
        String instance = createRound(code, "VIEN_CHUC", "THI", "VC_HANH_CHINH_HANG_II", 2);
        approvePlanAndNominate(code, instance, List.of(lan, khoa));
        body(as("hoidongth").postJson("/api/promotion/rounds/" + code + "/scores", """
                {"scores": [{"citizenId": "%s", "score": 82}, {"citizenId": "%s", "score": 76.5}]}"""
                .formatted(lan.citizenId(), khoa.citizenId())), 200);
        RoundJobs.runDue(managementService, instance);
        assertRefused("/api/documents/drafts/promotion-title-decision.pdf?issuer=SNV&subject=" + code, 409,
                "no_appointees");
        complete(instance, "approveResults", "lanhdao", "\"approved\": {\"value\": true, \"type\": \"Boolean\"}");

        String decision = draft("promotion-title-decision", code, "document-promotion-title-decision.png");
        assertLayout(decision);
        assertThat(decision).contains("Về việc bổ nhiệm chức danh nghề nghiệp viên chức hành chính hạng II và xếp"
                        + " lương", "Căn cứ Luật Viên chức ngày 15 tháng 11 năm 2010",
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25 tháng 9 năm 2020",
                "Căn cứ quy định tại Nghị định 115/2020/NĐ-CP (sửa đổi bởi Nghị định 85/2023/NĐ-CP), Điều 31-39;",
                "Căn cứ quy định tại Thông tư 05/2024/TT-BNV, Điều 3 khoản 1 điểm d;",
                "Điều 1. Bổ nhiệm chức danh nghề nghiệp viên chức hành chính hạng II đối với 2 viên chức",
                "khoản 1 Điều 42 Nghị định số 115/2020/NĐ-CP",
                "1 Phạm Thị Lan Phòng Pháp chế 11 Chuyên viên (hạng III)",
                "2 Đặng Minh Khoa Phòng Pháp chế 12 Chuyên viên (hạng III)",
                "được xếp lương theo chức danh nghề nghiệp viên chức hành chính hạng II")
                .doesNotContain(lan.citizenId(), "1984", "170/2025");

        String council = draft("promotion-council-decision", code, "document-promotion-council-decision-vien-chuc.png");
        assertThat(council).contains("Về việc thành lập Hội đồng thi thăng hạng chức danh nghề nghiệp viên chức hành"
                + " chính hạng II", "2 ………………………… Phó Chủ tịch Hội đồng", "(Nghị định 115/2020/NĐ-CP, Điều 38)");

        assertRefused("/api/documents/drafts/promotion-rank-decision.pdf?issuer=SNV&subject=" + code, 409,
                "wrong_staff_type");

        // Signed: both appointed under the decision numbered after the council's.
        RoundDocuments.sign(port, processEngine, instance, "promotion-title-decision");
        int councilNumber = RoundDocuments.numbers(jdbc, "promotion-council-decision", code).get(0);
        assertThat(RoundDocuments.numbers(jdbc, "promotion-title-decision", code)).containsExactly(councilNumber + 1);
        assertThat(nominees(code).values()).extracting(n -> n.path("appointmentDecision").asText())
                .containsOnly(RoundDocuments.decision(councilNumber + 1, today));
        assertThat(body(as("chuyenvien").get("/api/promotion/rounds/" + code), 200).path("status").asText())
                .isEqualTo("HOAN_THANH");
    }

    @Test
    void onlyOfficialsAndTheHeadOpenTheDraftsAndAnUnknownRoundIs404() throws IOException {
        String draft = "/api/documents/drafts/promotion-council-decision.pdf?issuer=SNV&subject=";
        assertThat(body(as("lanhdao").get("/api/documents/types"), 200).findValuesAsText("code"))
                .contains("promotion-rank-decision", "promotion-title-decision", "promotion-council-decision");
        assertThat(as("hoidongth").get(draft + "NN-1").statusCode()).isEqualTo(403);
        assertThat(as("thietke").get(draft + "NN-1").statusCode()).isEqualTo(403);
        assertThat(new HttpTestClient(port).get(draft + "NN-1").statusCode()).isEqualTo(401);
        assertRefused(draft + "KHONG-CO-KY-NAY", 404, "subject_not_found");
        assertRefused("/api/documents/drafts/promotion-rank-decision.pdf?issuer=SNV&subject=KHONG-CO", 404,
                "subject_not_found");
    }
}
