package vn.noivu.bpm.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.FromAddress;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.commendation.domain.Initiative;
import vn.noivu.bpm.commendation.persistence.InitiativeRepository;
import vn.noivu.bpm.personnel.Award;
import vn.noivu.bpm.personnel.AwardRegister;
import vn.noivu.bpm.personnel.AwardVocabulary;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.personnel.Rating;

/**
 * Proposals to the province on PostgreSQL, through the API and the engine's REST API as the Tasklist sends it: bad
 * input (after the cut-off, a duplicate, a nominee not in the register, an objection without a contact, a file of
 * the wrong type, more ballots than members), each role, the public posting without citizen IDs; and a whole merit
 * proposal from the posting to the award register, the provincial council failing a CSTĐ tỉnh nominee at 13/15 (C7)
 * while the Bằng khen (no vote) is awarded; and the simplified procedure, whose award is DOT_XUAT.
 */
@PostgresIntegrationTest
class CommendationProposalApiTest {

    @LocalServerPort
    int port;
    @Autowired
    PersonnelRepository personnel;
    @Autowired
    AwardRegister awards;
    @Autowired
    InitiativeRepository initiatives;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    private final ObjectMapper json = new ObjectMapper();
    private final LocalDate today = LocalDate.now(Deadlines.ZONE);
    private final int year = today.getYear();
    private final String prefix = "0027" + String.format("%06d", System.nanoTime() % 1_000_000);
    private final String unit = "STP" + prefix.substring(6);

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private JsonNode body(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private Person person(String suffix, String name, Rating thisYear, Rating lastYear) {
        return new Person(prefix + suffix, name, "NU", LocalDate.of(1985, 3, 4), "Kinh", false, "CONG_CHUC", unit,
                "Sở Tư pháp", "01.003", "Chuyên viên", today.minusYears(8), 0, LocalDate.of(2010, 1, 1),
                Map.of(year, thisYear, year - 1, lastYear, year - 2, Rating.HOAN_THANH_TOT), null, null);
    }

    private String proposal(String kind, int forYear, String... items) {
        return """
                {"unitCode": "%s", "unitName": "Sở Tư pháp", "year": %d, "kind": "%s", "items": [%s]}
                """.formatted(unit, forYear, kind, String.join(", ", items));
    }

    private static String individual(String citizenId, String title, String achievement) {
        return "{\"citizenId\": \"" + citizenId + "\", \"title\": \"" + title + "\", \"achievement\": \"" + achievement + "\"}";
    }

    private static String vars(Object... pairs) throws IOException {
        ObjectNode variables = new ObjectMapper().createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            ObjectNode value = variables.putObject((String) pairs[i]);
            if (pairs[i + 1] instanceof Boolean b) {
                value.put("value", b).put("type", "Boolean");
            } else {
                value.put("value", pairs[i + 1].toString()).put("type", "String");
            }
        }
        return "{\"variables\": " + variables + "}";
    }

    /** The open task of this step on the proposal or on a document it is issuing. */
    private Task task(String instance, String step) {
        List<String> instances = new ArrayList<>(List.of(instance));
        runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance).list().stream()
                .map(ProcessInstance::getId).forEach(instances::add);
        return instances.stream().flatMap(i -> taskService.createTaskQuery().processInstanceId(i)
                .taskDefinitionKey(step).list().stream()).findFirst().orElseThrow(() ->
                new AssertionError("no open task " + step + " on " + instance));
    }

    private HttpResponse<String> complete(String user, String instance, String step, String variables) {
        return as(user).postJson("/engine-rest/task/" + task(instance, step).getId() + "/complete", variables);
    }

    private void completed(String user, String instance, String step, String variables) {
        HttpResponse<String> response = complete(user, instance, step, variables);
        assertThat(response.statusCode()).as(step + ": " + response.body()).isEqualTo(204);
    }

    private void sign(String instance, String drafter, String signer) throws IOException {
        completed(drafter, instance, "reviewDocumentDraft", "{}");
        completed(signer, instance, "signDocument", vars("approved", true));
    }

    private JsonNode get(long id) throws IOException {
        return body(as("bantdkt").get("/api/commendation/proposals/" + id), 200);
    }

    /** The text of a PDF the API answers (as the unit official). */
    private String pdfText(String path) throws IOException {
        byte[] bytes = as("chuyenvien").getBytes(path);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndTheRule() throws IOException {
        Person known = person("01", "Hoàng Thị Thu", Rating.HOAN_THANH_XUAT_SAC, Rating.HOAN_THANH_XUAT_SAC);
        personnel.save(List.of(known));
        JsonNode unknown = body(as("chuyenvien").postJson("/api/commendation/proposals", proposal("CONG_TRANG", year,
                individual(prefix + "99", "BANG_KHEN_TINH", "Hoàn thành xuất sắc"))), 400);
        assertThat(unknown.path("fields").get(0).path("field").asText()).isEqualTo("items[0].citizenId");
        assertThat(unknown.path("fields").get(0).path("message").asText()).contains("danh sách cán bộ");

        JsonNode late = body(as("chuyenvien").postJson("/api/commendation/proposals", proposal("CONG_TRANG", year - 2,
                individual(known.citizenId(), "BANG_KHEN_TINH", "Hai năm xuất sắc"))), 409);
        assertThat(late.path("error").asText()).isEqualTo("proposal_after_cutoff");
        assertThat(late.path("message").asText()).contains("31/03/" + (year - 1), "Điều 84");

        JsonNode sudden = body(as("chuyenvien").postJson("/api/commendation/proposals", proposal("DOT_XUAT", year,
                individual(known.citizenId(), "CHIEN_SI_THI_DUA_TINH", "Cứu người"))), 400);
        assertThat(sudden.path("fields").get(0).path("field").asText()).isEqualTo("items[0].title");
        assertThat(body(as("chuyenvien").postJson("/api/commendation/proposals", proposal("CONG_TRANG", year,
                "{\"unitCode\": \"X1\", \"unitName\": \"Phòng X\", \"title\": \"CHIEN_SI_THI_DUA_TINH\", \"achievement\": \"a\"}")),
                400).path("fields").get(0).path("rule").asText()).isEqualTo("holder");
        assertThat(body(as("chuyenvien").postJson("/api/commendation/proposals", "{\"unitCode\": \"A\", \"unitName\": \"B\","
                + " \"year\": 2026, \"kind\": \"KHAC\", \"items\": []}"), 400).path("error").asText()).isEqualTo("validation_failed");

        long id = body(as("chuyenvien").postJson("/api/commendation/proposals", proposal("CONG_TRANG", year,
                individual(known.citizenId(), "BANG_KHEN_TINH", "Hai năm xuất sắc"))), 201).path("id").asLong();
        JsonNode twice = body(as("chuyenvien").postJson("/api/commendation/proposals", proposal("CONG_TRANG", year,
                individual(known.citizenId(), "BANG_KHEN_TINH", "Lần nữa"))), 409);
        assertThat(twice.path("error").asText()).isEqualTo("duplicate_proposal");
        assertThat(twice.path("message").asText()).contains("Hoàng Thị Thu", "hồ sơ số " + id);

        // Files: PDF or DOCX by their bytes; minutes carry the vote result.
        assertThat(as("chuyenvien").postMultipart("/api/commendation/proposals/" + id + "/attachments",
                Map.of("kind", "BAO_CAO_THANH_TICH"), Map.of("file", pdf())).statusCode()).isEqualTo(400);
        assertThat(as("chuyenvien").postMultipart("/api/commendation/proposals/" + id + "/attachments",
                Map.of("kind", "BAO_CAO_THANH_TICH"), Map.of("file", "MZ not a pdf".getBytes()), "bao-cao.pdf").statusCode())
                .isEqualTo(400);
        JsonNode minutes = body(as("chuyenvien").postMultipart("/api/commendation/proposals/" + id + "/attachments",
                Map.of("kind", "BIEN_BAN_HOP"), Map.of("file", pdf()), "bien-ban.pdf"), 400);
        assertThat(minutes.path("fields").get(0).path("field").asText()).isEqualTo("note");

        // Objections: only with a contact, only while posted, throttled like the public lookups.
        HttpResponse<String> noContact = new HttpTestClient(port).postJson("/api/commendation/public/postings/" + id
                + "/objections", "{\"name\": \"Nguyễn Văn Dân\", \"content\": \"Không đúng thành tích\"}");
        assertThat(body(noContact, 400).path("fields").get(0).path("field").asText()).isEqualTo("contact");
        assertThat(new HttpTestClient(port).postJson("/api/commendation/public/postings/999999999/objections",
                "{\"name\": \"A\", \"contact\": \"a@example.com\", \"content\": \"b\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void aBrokenStreakOrASuddenAwardDoesNotMakeAProvincialEmulationFighter() throws IOException {
        Person broken = person("51", "Quách Văn Đứt", Rating.HOAN_THANH_XUAT_SAC, Rating.HOAN_THANH_XUAT_SAC);
        Person sudden = person("52", "Tạ Thị Đột", Rating.HOAN_THANH_XUAT_SAC, Rating.HOAN_THANH_XUAT_SAC);
        personnel.save(List.of(broken, sudden));
        // C6: CSTĐ cơ sở in year-3, year-2 and year; year-1 missing: the streak restarts, 1 < 3.
        for (int y : new int[] {year - 3, year - 2, year}) {
            awards.record(new Award.Decision(y + "/QĐ-C6-" + prefix, today, "Giám đốc Sở"), List.of(new Award.Given(
                    Award.Holder.person(broken.citizenId()), AwardVocabulary.Title.CHIEN_SI_THI_DUA_CO_SO, y,
                    AwardVocabulary.Kind.CONG_TRANG)), AwardVocabulary.Source.NHAP_TAY, null, "test");
            // Decree 152/2025 Art. 4(3): a sudden award in the middle year does not count toward merit.
            awards.record(new Award.Decision(y + "/QĐ-DX-" + prefix, today, "Giám đốc Sở"), List.of(new Award.Given(
                    Award.Holder.person(sudden.citizenId()), AwardVocabulary.Title.CHIEN_SI_THI_DUA_CO_SO, y,
                    y == year - 2 ? AwardVocabulary.Kind.DOT_XUAT : AwardVocabulary.Kind.CONG_TRANG)),
                    AwardVocabulary.Source.NHAP_TAY, null, "test");
        }
        for (Person p : List.of(broken, sudden)) {
            initiatives.record(p.citizenId(), "Sáng kiến " + p.fullName(), year, Initiative.Scope.TINH, "1/QĐ-UBND",
                    today, "Chủ tịch UBND tỉnh", "test");
        }
        long id = body(as("chuyenvien").postJson("/api/commendation/proposals", proposal("CONG_TRANG", year,
                individual(broken.citizenId(), "CHIEN_SI_THI_DUA_TINH", "Sáng kiến cấp tỉnh"),
                individual(sudden.citizenId(), "CHIEN_SI_THI_DUA_TINH", "Sáng kiến cấp tỉnh"))), 201).path("id").asLong();
        JsonNode items = get(id).path("items");
        for (JsonNode item : items) {
            assertThat(item.path("outcome").asText()).as(item.path("fullName").asText()).isEqualTo("KHONG_DU_DIEU_KIEN");
            assertThat(item.path("reason").asText()).containsIgnoringCase("liên tục");
            assertThat(item.path("citation").asText()).isNotBlank();
        }
    }

    @Test
    void aCollectiveIsCheckedFromItsCountsC10() throws IOException {
        String counts = "\"collective\": {\"members\": 20, \"membersCompletingTasks\": 20, \"advancedWorkers\": %d,"
                + " \"baseEmulationFighters\": 1, \"heaviestDiscipline\": \"KHIEN_TRACH\"}";
        long id = body(as("chuyenvien").postJson("/api/commendation/proposals", proposal("CONG_TRANG", year,
                "{\"unitCode\": \"" + unit + "-A\", \"unitName\": \"Phòng A\", \"title\": \"TAP_THE_LAO_DONG_XUAT_SAC\","
                        + " \"achievement\": \"75% Lao động tiên tiến\", " + counts.formatted(15) + "}",
                "{\"unitCode\": \"" + unit + "-B\", \"unitName\": \"Phòng B\", \"title\": \"TAP_THE_LAO_DONG_XUAT_SAC\","
                        + " \"achievement\": \"65% Lao động tiên tiến\", " + counts.formatted(13) + "}")), 201)
                .path("id").asLong();
        JsonNode items = get(id).path("items");
        assertThat(items.get(0).path("outcome").asText()).as("C10: 15/20, khiển trách").isEqualTo("DU_DIEU_KIEN");
        assertThat(items.get(1).path("outcome").asText()).as("C10: 13/20").isEqualTo("KHONG_DU_DIEU_KIEN");
        assertThat(items.get(1).path("voteRequired").asBoolean()).isFalse();
        JsonNode tooMany = body(as("chuyenvien").postJson("/api/commendation/proposals", proposal("CONG_TRANG", year,
                "{\"unitCode\": \"" + unit + "-C\", \"unitName\": \"Phòng C\", \"title\": \"TAP_THE_LAO_DONG_XUAT_SAC\","
                        + " \"achievement\": \"x\", " + counts.formatted(21) + "}")), 400);
        assertThat(tooMany.path("fields").get(0).path("field").asText()).isEqualTo("items.collective");
    }

    @Test
    void eachRoleReachesWhatItWorksAndThePublicSeesNamesOnly() throws IOException {
        Person known = person("11", "Đinh Văn Bảo", Rating.HOAN_THANH_XUAT_SAC, Rating.HOAN_THANH_XUAT_SAC);
        personnel.save(List.of(known));
        String body = proposal("CONG_TRANG", year, individual(known.citizenId(), "BANG_KHEN_TINH",
                "=HYPERLINK(\\\"http://x\\\") Hai năm xuất sắc"));
        for (String user : List.of("bantdkt", "hdtdtinh", "chutich", "thiduakt")) {
            assertThat(as(user).postJson("/api/commendation/proposals", body).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(new HttpTestClient(port).postJson("/api/commendation/proposals", body).statusCode()).isEqualTo(401);
        long id = body(as("chuyenvien").postJson("/api/commendation/proposals", body), 201).path("id").asLong();
        for (String user : List.of("chuyenvien", "lanhdao", "thiduakt", "bantdkt", "hdtdtinh", "chutich")) {
            assertThat(as(user).get("/api/commendation/proposals/" + id).statusCode()).as(user).isEqualTo(200);
        }
        assertThat(new HttpTestClient(port).get("/api/commendation/proposals/" + id).statusCode()).isEqualTo(401);
        assertThat(as("hoidongth").get("/api/commendation/proposals/" + id).statusCode()).isEqualTo(403);

        JsonNode view = get(id);
        assertThat(view.path("statusLabel").asText()).contains("niêm yết");
        assertThat(view.path("items").get(0).path("citizenId").asText()).doesNotContain(known.citizenId()).endsWith(
                known.citizenId().substring(8));
        assertThat(view.path("postingUntil").asText()).isNotEmpty();
        assertThat(view.path("postingBasis").asText()).contains("Niêm yết đến hết ngày", "05 ngày làm việc", "Điều 84");

        HttpResponse<String> page = new HttpTestClient(port).get("/api/commendation/public/postings");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Đinh Văn Bảo", "Hai năm xuất sắc").doesNotContain(known.citizenId(),
                "1985-03-04", "dateOfBirth", "discipline");
        HttpResponse<String> oldPage = new HttpTestClient(port).get("/commendation/posting.html");
        assertThat(oldPage.statusCode()).as("the old static page leads to the public site's page").isEqualTo(301);
        assertThat(oldPage.headers().firstValue("Location").orElseThrow()).endsWith("/khen-thuong/niem-yet");
        assertThat(new HttpTestClient(port).get("/khen-thuong/niem-yet").body()).contains("Niêm yết công khai",
                "Đinh Văn Bảo").doesNotContain(known.citizenId(), "04/03/1985");

        byte[] csv = as("bantdkt").getBytes("/api/commendation/proposals/table.csv?unitCode=" + unit);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Đinh Văn Bảo", "\"'=HYPERLINK(")
                .doesNotContain(known.citizenId());
        assertThat(as("bantdkt").get("/api/commendation/proposals/table.xlsx?year=" + year).statusCode()).isEqualTo(200);
        assertThat(new HttpTestClient(port).get("/api/commendation/proposals/table.csv").statusCode()).isEqualTo(401);
    }

    @Test
    void aMeritProposalFromThePostingToTheAwardRegister() throws IOException {
        Person fighter = person("21", "Trần Văn Chiến", Rating.HOAN_THANH_XUAT_SAC, Rating.HOAN_THANH_XUAT_SAC);
        Person excellent = person("22", "Lê Thị Xuân", Rating.HOAN_THANH_XUAT_SAC, Rating.HOAN_THANH_XUAT_SAC);
        Person objected = person("23", "Phạm Văn Phản", Rating.HOAN_THANH_XUAT_SAC, Rating.HOAN_THANH_XUAT_SAC);
        personnel.save(List.of(fighter, excellent, objected));
        // C5: three merit CSTĐ cơ sở in a row and a province-wide initiative; P10: two excellent years, two initiatives.
        for (int y = year - 2; y <= year; y++) {
            awards.record(new Award.Decision(y + "/QĐ-STP-" + prefix, today, "Giám đốc Sở Tư pháp"), List.of(
                    new Award.Given(Award.Holder.person(fighter.citizenId()), AwardVocabulary.Title.CHIEN_SI_THI_DUA_CO_SO,
                            y, AwardVocabulary.Kind.CONG_TRANG)), AwardVocabulary.Source.NHAP_TAY, null, "test");
        }
        initiatives.record(fighter.citizenId(), "Số hóa hồ sơ hộ tịch", year, Initiative.Scope.TINH, "12/QĐ-UBND",
                today, "Chủ tịch UBND tỉnh", "test");
        initiatives.record(excellent.citizenId(), "Mẫu văn bản điện tử", year - 1, Initiative.Scope.CO_SO, "3/QĐ-STP",
                today, "Giám đốc Sở Tư pháp", "test");
        initiatives.record(excellent.citizenId(), "Tra cứu án lệ", year, Initiative.Scope.CO_SO, "4/QĐ-STP", today,
                "Giám đốc Sở Tư pháp", "test");

        JsonNode created = body(as("chuyenvien").postJson("/api/commendation/proposals", proposal("CONG_TRANG", year,
                individual(fighter.citizenId(), "CHIEN_SI_THI_DUA_TINH", "Ba năm Chiến sĩ thi đua cơ sở"),
                individual(excellent.citizenId(), "BANG_KHEN_TINH", "Hai năm hoàn thành xuất sắc"),
                individual(objected.citizenId(), "BANG_KHEN_TINH", "Thành tích bị phản ánh"))), 201);
        long id = created.path("id").asLong();
        String instance = created.path("processInstanceId").asText();
        JsonNode view = get(id);
        assertThat(view.path("items").get(0).path("outcome").asText()).as("C5").isEqualTo("DU_DIEU_KIEN");
        assertThat(view.path("items").get(0).path("voteRequired").asBoolean()).isTrue();
        assertThat(view.path("items").get(0).path("voteThreshold").asInt()).isEqualTo(90);
        assertThat(view.path("items").get(1).path("outcome").asText()).as("C11").isEqualTo("DU_DIEU_KIEN");
        assertThat(view.path("items").get(1).path("voteRequired").asBoolean()).isFalse();
        long objectedItem = view.path("items").get(2).path("id").asLong();

        FromAddress.Response filed = new FromAddress("127.0.9." + (1 + (int) (Math.random() * 200)), port).send("POST",
                "/api/commendation/public/postings/" + id + "/objections", Map.of("Content-Type", "application/json"),
                ("{\"name\": \"Nguyễn Văn Dân\", \"contact\": \"dan@example.com\", \"content\": \"Ông Phản bị kỷ luật năm nay\","
                        + " \"itemId\": " + objectedItem + "}").getBytes(StandardCharsets.UTF_8));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(as("chuyenvien").postMultipart("/api/commendation/proposals/" + id + "/attachments",
                Map.of("kind", "BAO_CAO_THANH_TICH"), Map.of("file", pdf()), "bao-cao.pdf").statusCode()).isEqualTo(201);

        // The posting ends (its timer), the unit council withdraws the nominee objected to.
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .singleResult().getId());
        assertThat(task(instance, "considerObjections")).isNotNull();
        assertThat(complete("chuyenvien", instance, "considerObjections", vars("objectionDecision", "x")).statusCode())
                .as("only the unit council").isBetween(400, 499);
        completed("thiduakt", instance, "considerObjections", vars("withdrawnItems", "[\"" + objectedItem + "\"]",
                "objectionDecision", "Rút ông Phản: phản ánh đúng; giữ những người còn lại"));
        // The tờ trình lists the nominees still proposed, by name, with their achievements.
        assertThat(pdfText("/api/documents/drafts/commendation-proposal-submission.pdf?subject=DN-" + id + "&issuer=DVDN"))
                .contains("TỜ TRÌNH", "Trần Văn Chiến", "Lê Thị Xuân", "Ba năm Chiến sĩ thi đua cơ sở")
                .doesNotContain("Phạm Văn Phản", fighter.citizenId());
        sign(instance, "chuyenvien", "lanhdao");

        // Incomplete: the minutes are missing; the unit supplements within 05 working days.
        assertThat(get(id).path("status").asText()).isEqualTo("KIEM_TRA_HO_SO");
        assertThat(taskService.getVariable(task(instance, "checkCompleteness").getId(), "tasklistRoundCode"))
                .as("Mã kỳ under the task").isEqualTo("DN-" + id);
        completed("bantdkt", instance, "checkCompleteness", vars("approved", false, "comment", "Thiếu biên bản họp"));
        JsonNode supplementing = get(id);
        assertThat(supplementing.path("statusLabel").asText()).contains("bổ sung");
        JsonNode step = supplementing.path("openSteps").get(0);
        assertThat(step.path("step").asText()).isEqualTo("supplementDossier");
        assertThat(step.path("basis").asText()).contains("05 ngày làm việc");
        assertThat(step.path("due").asText()).isNotEmpty();
        assertThat(as("chuyenvien").postMultipart("/api/commendation/proposals/" + id + "/attachments",
                Map.of("kind", "BIEN_BAN_HOP", "note", "9/9 thành viên đồng ý"), Map.of("file", pdf()), "bien-ban.pdf").statusCode())
                .isEqualTo(201);
        assertThat(as("chuyenvien").postMultipart("/api/commendation/proposals/" + id + "/attachments",
                Map.of("kind", "CHUNG_NHAN_SANG_KIEN"), Map.of("file", pdf()), "chung-nhan.pdf").statusCode()).isEqualTo(201);
        completed("chuyenvien", instance, "supplementDossier", vars("supplementNote", "Đã bổ sung biên bản"));
        completed("bantdkt", instance, "checkCompleteness", vars("approved", true));

        // Appraisal: 20 working days; both accepted.
        JsonNode appraisal = get(id).path("openSteps").get(0);
        assertThat(appraisal.path("step").asText()).isEqualTo("appraiseProposal");
        assertThat(appraisal.path("basis").asText()).contains("20 ngày làm việc");
        String rows = taskService.getVariable(task(instance, "appraiseProposal").getId(), "appraisalRows").toString();
        assertThat(rows).contains("Trần Văn Chiến", "Lê Thị Xuân").doesNotContain("Phạm Văn Phản", fighter.citizenId());
        assertThat(complete("bantdkt", instance, "appraiseProposal", vars("appraisalRows",
                rows.replace("\"CHAP_NHAN\"", "\"KHONG_CHAP_NHAN\""))).statusCode()).as("a rejection needs its reason")
                .isEqualTo(400);
        completed("bantdkt", instance, "appraiseProposal", vars("appraisalRows", rows));

        // The provincial council: more ballots than members is refused; 13/15 fails CSTĐ tỉnh (C7).
        String ballots = taskService.getVariable(task(instance, "provincialCouncilVote").getId(), "voteRows").toString();
        assertThat(ballots).contains("Trần Văn Chiến", "Ba năm Chiến sĩ thi đua cơ sở", "90%").doesNotContain("Lê Thị Xuân");
        HttpResponse<String> tooMany = complete("hdtdtinh", instance, "provincialCouncilVote", vars("councilMembers", "15",
                "voteRows", ballots.replace("\"agree\":\"\"", "\"agree\":\"16\""), "voteMinutes", "Biên bản"));
        assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(400);
        assertThat(tooMany.body()).contains("số thành viên");
        completed("hdtdtinh", instance, "provincialCouncilVote", vars("councilMembers", "15",
                "voteRows", ballots.replace("\"agree\":\"\"", "\"agree\":\"13\""), "voteMinutes", "Biên bản số 7"));
        JsonNode voted = get(id);
        assertThat(voted.path("items").get(0).path("status").asText()).isEqualTo("KHONG_DAT_PHIEU");
        assertThat(voted.path("items").get(0).path("statusReason").asText()).contains("13/15", "90%");

        // The Chairman approves the one left; the decision is signed and the award enters the register.
        String options = taskService.getVariable(task(instance, "chairmanDecision").getId(), "decisionOptions").toString();
        assertThat(options).contains("Lê Thị Xuân").doesNotContain("Trần Văn Chiến");
        long xuan = voted.path("items").get(1).path("id").asLong();
        assertThat(complete("bantdkt", instance, "chairmanDecision", vars("approved", true)).statusCode())
                .isNotEqualTo(204);
        HttpTestClient publicCaller = new HttpTestClient(port);
        assertThat(publicCaller.get("/api/commendation/public/decisions/" + id + ".pdf").statusCode())
                .as("no decision published before the Chairman signs").isEqualTo(404);
        completed("chutich", instance, "chairmanDecision", vars("approved", true, "approvedItems", "[\"" + xuan + "\"]"));
        sign(instance, "bantdkt", "chutich");
        JsonNode published = body(publicCaller.get("/api/commendation/public/decisions?year=" + year), 200);
        JsonNode ours = java.util.stream.StreamSupport.stream(published.spliterator(), false)
                .filter(d -> d.path("proposalId").asLong() == id).findFirst().orElseThrow();
        assertThat(ours.path("decisionNumber").asText()).contains("/QĐ-UBND");
        assertThat(ours.path("awarded")).hasSize(1);
        assertThat(ours.path("awarded").get(0).path("name").asText()).isEqualTo("Lê Thị Xuân");
        assertThat(published.toString()).doesNotContain(excellent.citizenId()).doesNotContain(fighter.citizenId());
        HttpResponse<String> signed = publicCaller.get(ours.path("pdf").asText());
        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(signed.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(publicCaller.get("/api/commendation/public/decisions?year=abc").statusCode()).isEqualTo(400);
        List<Award> held = awards.ofPerson(excellent.citizenId());
        assertThat(held).extracting(a -> a.title().name()).containsExactly("BANG_KHEN_TINH");
        assertThat(held.get(0).kind()).isEqualTo(AwardVocabulary.Kind.CONG_TRANG);
        assertThat(held.get(0).source()).isEqualTo(AwardVocabulary.Source.QUY_TRINH);
        assertThat(awards.ofPerson(fighter.citizenId())).extracting(a -> a.title().name())
                .doesNotContain("CHIEN_SI_THI_DUA_TINH");

        assertThat(pdfText("/api/documents/drafts/commendation-proposal-notice.pdf?subject=DN-" + id + "&issuer=SNV"))
                .contains("THÔNG BÁO", "Lê Thị Xuân", "Trần Văn Chiến", "13/15", "Phạm Văn Phản");
        sign(instance, "bantdkt", "bantdkt");
        JsonNode forwarding = get(id).path("openSteps").get(0);
        assertThat(forwarding.path("step").asText()).isEqualTo("forwardDecision");
        assertThat(forwarding.path("basis").asText()).contains("10 ngày làm việc");
        completed("bantdkt", instance, "forwardDecision", vars("forwardNote", "Đã gửi ngày hôm nay"));
        JsonNode done = get(id);
        assertThat(done.path("status").asText()).isEqualTo("HOAN_THANH");
        assertThat(done.path("decisionNumber").asText()).contains("/QĐ-UBND");
        assertThat(done.path("items").get(1).path("status").asText()).isEqualTo("KHEN_THUONG");
        JsonNode again = body(as("chuyenvien").postJson("/api/commendation/proposals", proposal("CONG_TRANG", year,
                individual(excellent.citizenId(), "BANG_KHEN_TINH", "Lần nữa"))), 409);
        assertThat(again.path("error").asText()).isIn("already_awarded", "duplicate_proposal");
    }

    @Test
    void theSimplifiedProcedureHasNoPostingAndItsAwardIsSudden() throws IOException {
        Person brave = person("31", "Vũ Văn Dũng", Rating.HOAN_THANH, Rating.HOAN_THANH);
        personnel.save(List.of(brave));
        JsonNode created = body(as("chuyenvien").postJson("/api/commendation/proposals", proposal("DOT_XUAT", year,
                individual(brave.citizenId(), "BANG_KHEN_TINH", "Cứu người bị nạn trong lũ"))), 201);
        long id = created.path("id").asLong();
        String instance = created.path("processInstanceId").asText();
        assertThat(created.path("status").asText()).isEqualTo("TRINH_KY");
        assertThat(new HttpTestClient(port).get("/api/commendation/public/postings").body()).doesNotContain("Vũ Văn Dũng");
        sign(instance, "chuyenvien", "lanhdao");
        completed("bantdkt", instance, "checkCompleteness", vars("approved", true));
        JsonNode appraisal = get(id).path("openSteps").get(0);
        assertThat(appraisal.path("step").asText()).isEqualTo("appraiseSimplified");
        assertThat(appraisal.path("basis").asText()).contains("Điều 85");
        String rows = taskService.getVariable(task(instance, "appraiseSimplified").getId(), "appraisalRows").toString();
        completed("bantdkt", instance, "appraiseSimplified", vars("appraisalRows", rows));
        long item = get(id).path("items").get(0).path("id").asLong();
        completed("chutich", instance, "chairmanDecision", vars("approved", true, "approvedItems", "[\"" + item + "\"]"));
        sign(instance, "bantdkt", "chutich");
        assertThat(awards.ofPerson(brave.citizenId())).singleElement().satisfies(a ->
                assertThat(a.kind()).isEqualTo(AwardVocabulary.Kind.DOT_XUAT));
        sign(instance, "bantdkt", "bantdkt");
        completed("bantdkt", instance, "forwardDecision", vars("forwardNote", "Đã gửi"));
        assertThat(get(id).path("status").asText()).isEqualTo("HOAN_THANH");
    }

    @Test
    void theChairmanReturnsAProposalWithReasons() throws IOException {
        Person person = person("41", "Mai Thị Hoa", Rating.HOAN_THANH_XUAT_SAC, Rating.HOAN_THANH_XUAT_SAC);
        personnel.save(List.of(person));
        JsonNode created = body(as("chuyenvien").postJson("/api/commendation/proposals", proposal("DOT_XUAT", year,
                individual(person.citizenId(), "BANG_KHEN_TINH", "Giải nhất hội thi"))), 201);
        long id = created.path("id").asLong();
        String instance = created.path("processInstanceId").asText();
        sign(instance, "chuyenvien", "lanhdao");
        completed("bantdkt", instance, "checkCompleteness", vars("approved", true));
        completed("bantdkt", instance, "appraiseSimplified", vars("appraisalRows",
                taskService.getVariable(task(instance, "appraiseSimplified").getId(), "appraisalRows").toString()));
        assertThat(complete("chutich", instance, "chairmanDecision", vars("approved", false)).statusCode()).isEqualTo(400);
        completed("chutich", instance, "chairmanDecision", vars("approved", false, "comment", "Thành tích chưa tiêu biểu"));
        sign(instance, "bantdkt", "bantdkt");
        completed("bantdkt", instance, "forwardDecision", vars("forwardNote", "Đã gửi"));
        JsonNode done = get(id);
        assertThat(done.path("status").asText()).isEqualTo("TRA_LAI");
        assertThat(done.path("items").get(0).path("statusReason").asText()).contains("chưa tiêu biểu");
        assertThat(awards.ofPerson(person.citizenId())).isEmpty();
    }
}
