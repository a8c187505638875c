package vn.noivu.bpm.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.commendation.domain.Initiative;
import vn.noivu.bpm.commendation.persistence.InitiativeRepository;
import vn.noivu.bpm.personnel.AwardRegister;
import vn.noivu.bpm.personnel.AwardVocabulary;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.personnel.Rating;

/**
 * The annual review at a unit on PostgreSQL, through the API and the tasks as the Tasklist completes them: a whole
 * year with the worked examples (C1, C2, C3, C12, C12b, the collective counted from the staff: C9), the council's
 * vote refused with more ballots than members then passed (C4b's 8/9), the minutes and decision signed and
 * numbered, the award register, a postponement cleared and reviewed again; a commune's decider (C12c); a year
 * started on 01/03/2025 under Decree 98/2023; bad input, duplicates and each role.
 */
@PostgresIntegrationTest
class CommendationYearApiTest {

    @LocalServerPort
    int port;
    @Autowired
    PersonnelRepository personnel;
    @Autowired
    InitiativeRepository initiatives;
    @Autowired
    AwardRegister awards;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    vn.noivu.bpm.documents.DocumentService documents;
    @Autowired
    org.camunda.bpm.engine.RepositoryService repositoryService;
    @Autowired
    vn.noivu.bpm.platform.rules.RuleTables ruleTables;

    /** The text of the latest issued document of this type about the year. */
    private String issuedText(String type, long yearId) throws IOException {
        byte[] pdf = documents.latestIssued(type, Long.toString(yearId)).orElseThrow().pdf();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " ");
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final LocalDate today = LocalDate.now(Deadlines.ZONE);
    private final int year = today.getYear();
    private final String prefix = "0023" + String.format("%06d", System.nanoTime() % 1_000_000);
    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private JsonNode body(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private void register(String unit, String suffix, String name, String gender, int ratedYear, Rating rating,
                          Person.Discipline discipline) {
        personnel.save(List.of(new Person(prefix + suffix, name, gender, LocalDate.of(1988, 3, 3), "Kinh", false,
                "CONG_CHUC", unit, "Phòng " + unit, "01.003", "Chuyên viên", LocalDate.of(2015, 1, 1), 0, null,
                rating == null ? Map.of() : Map.of(ratedYear, rating), discipline, null)));
    }

    private String yearBody(String unit, String kind, int emulationYear, String startedOn, int members) {
        return """
                {"unitCode": "%s", "unitName": "Phòng %s", "unitKind": "%s", "year": %d,
                 "council": {"members": %d, "names": ["Nguyễn Văn Chủ tịch", "Trần Thị Thư ký"]}%s}"""
                .formatted(unit, unit, kind, emulationYear, members, startedOn == null ? "" : ", \"startedOn\": \"" + startedOn + "\"");
    }

    private final List<String> instances = new java.util.ArrayList<>();

    /** The years' open tasks would crowd the task lists the browser tests click in. */
    @org.junit.jupiter.api.AfterEach
    void endTheYears() {
        instances.stream().filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
                .forEach(id -> runtimeService.deleteProcessInstance(id, "API test done"));
    }

    private long open(String body) throws IOException {
        JsonNode opened = body(as("chuyenvien").postJson("/api/commendation/years", body), 201);
        instances.add(opened.path("processInstanceId").asText());
        return opened.path("id").asLong();
    }

    private String instance(long id) throws IOException {
        return body(as("chuyenvien").get("/api/commendation/years/" + id), 200).path("processInstanceId").asText();
    }

    private void runJobs(String instance) {
        for (int i = 0; i < 10; i++) {
            List<Job> jobs = managementService.createJobQuery().processInstanceId(instance).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    private Task task(String instance, String key) {
        Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
        assertThat(task).as("task " + key).isNotNull();
        return task;
    }

    /** The document-issue instance called for this type: the official submits, the signer signs. */
    private void signDocument(String instance, String type, String signerGroup) {
        ProcessInstance document = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance)
                .variableValueEquals("documentType", type).singleResult();
        assertThat(document).as(type).isNotNull();
        taskService.complete(task(document.getId(), "reviewDocumentDraft").getId());
        Task sign = task(document.getId(), "signDocument");
        assertThat(taskService.getIdentityLinksForTask(sign.getId())).anyMatch(l -> signerGroup.equals(l.getGroupId()));
        taskService.complete(sign.getId(), Map.of("approved", true));
    }

    private long nominate(long id, String body) throws IOException {
        return body(as("chuyenvien").postJson("/api/commendation/years/" + id + "/nominations", body), 201).path("id").asLong();
    }

    private String person(String suffix, String title) {
        return "{\"citizenId\": \"" + prefix + suffix + "\", \"title\": \"" + title + "\"}";
    }

    private JsonNode nomination(JsonNode year, long nominationId) {
        for (JsonNode n : year.path("nominations")) {
            if (n.path("id").asLong() == nominationId) {
                return n;
            }
        }
        throw new AssertionError("no nomination " + nominationId);
    }

    @Test
    void aYearFromThePlanToTheDecisionTheAwardRegisterAndAPostponementCleared() throws IOException {
        String unit = "TY" + run;
        register(unit, "01", "Nguyễn Thị An", "NU", year, Rating.HOAN_THANH_XUAT_SAC, null);
        register(unit, "02", "Trần Văn Bình", "NAM", year, Rating.HOAN_THANH_TOT, null);
        register(unit, "03", "Lê Văn Cường", "NAM", year, Rating.HOAN_THANH, null);
        register(unit, "04", "Phạm Thị Dung", "NU", year, Rating.HOAN_THANH_XUAT_SAC, null);
        register(unit, "05", "Hoàng Thị Em", "NU", year, Rating.HOAN_THANH_TOT, null);
        initiatives.record(prefix + "01", "Số hóa sổ thi đua", year, Initiative.Scope.CO_SO, "3/QĐ-HĐSK",
                today.minusDays(10), "Hội đồng sáng kiến cơ sở", "chuyenvien");
        long id = open(yearBody(unit, "CO_QUAN_DON_VI", year, null, 9));
        String instance = instance(id);
        JsonNode opened = body(as("lanhdao").get("/api/commendation/years/" + id), 200);
        assertThat(opened.path("staff")).hasSize(5);
        assertThat(opened.path("ruleTableVersions").has("commendation-individual-titles")).isTrue();
        assertThat(runtimeService.getVariable(instance, "orgUnitCode")).isEqualTo(unit);

        // The plan is issued first; the officials then prepare the list.
        signDocument(instance, "commendation-year-plan", "lanh-dao");
        Task prepare = task(instance, "prepareNominations");
        assertThat(taskService.getVariable(prepare.getId(), "staffSummary").toString()).contains("Nguyễn Thị An",
                "Hoàn thành xuất sắc nhiệm vụ");
        body(as("chuyenvien").putJson("/api/commendation/years/" + id + "/staff/" + prefix + "05/maternity-leave",
                "{\"maternityLeave\": true}"), 200);
        body(as("chuyenvien").postJson("/api/commendation/years/" + id + "/staff/" + prefix + "04/proceedings",
                "{\"kind\": \"XEM_XET_KY_LUAT\", \"reason\": \"Đang xem xét kỷ luật theo đơn phản ánh\"}"), 200);
        long anLdtt = nominate(id, person("01", "LAO_DONG_TIEN_TIEN"));
        long anCstd = nominate(id, person("01", "CHIEN_SI_THI_DUA_CO_SO"));
        long binh = nominate(id, person("02", "LAO_DONG_TIEN_TIEN"));
        long cuong = nominate(id, person("03", "LAO_DONG_TIEN_TIEN"));
        long dung = nominate(id, person("04", "CHIEN_SI_THI_DUA_CO_SO"));
        long em = nominate(id, person("05", "LAO_DONG_TIEN_TIEN"));
        long unitTitle = nominate(id, "{\"collective\": true, \"title\": \"TAP_THE_LAO_DONG_TIEN_TIEN\"}");
        body(as("chuyenvien").postJson("/api/commendation/years/" + id + "/nominations",
                person("01", "LAO_DONG_TIEN_TIEN")), 409);

        taskService.complete(prepare.getId());
        runJobs(instance);
        JsonNode evaluated = body(as("thiduakt").get("/api/commendation/years/" + id), 200);
        assertThat(nomination(evaluated, anLdtt).path("status").asText()).isEqualTo("DU_DIEU_KIEN");
        assertThat(nomination(evaluated, binh).path("status").asText()).as("C1").isEqualTo("DU_DIEU_KIEN");
        assertThat(nomination(evaluated, binh).path("citation").asText()).contains("Điều 24");
        assertThat(nomination(evaluated, cuong).path("status").asText()).as("C2").isEqualTo("KHONG_DAT");
        assertThat(nomination(evaluated, anCstd).path("status").asText()).as("C3").isEqualTo("CHO_BO_PHIEU");
        assertThat(nomination(evaluated, anCstd).path("initiatives").asInt()).as("C3: her initiative").isOne();
        assertThat(nomination(evaluated, anCstd).path("voteThresholdPercent").asInt()).isEqualTo(80);
        assertThat(nomination(evaluated, dung).path("status").asText()).as("C12").isEqualTo("HOAN_XET");
        assertThat(nomination(evaluated, em).path("status").asText()).as("C12b").isEqualTo("DU_DIEU_KIEN");
        assertThat(nomination(evaluated, unitTitle).path("status").asText()).as("C9: 3 LĐTT of 5 > 50%")
                .isEqualTo("DU_DIEU_KIEN");
        assertThat(nomination(evaluated, binh).path("legalBasis").asText()).isEqualTo("ND-152-2025");

        // The council's form lists the nominee by name; more ballots than members is refused, nothing moves.
        Task vote = task(instance, "councilVote");
        assertThat(taskService.getVariable(vote.getId(), "voteSheet").toString()).contains("Nguyễn Thị An",
                "Chiến sĩ thi đua cơ sở").doesNotContain(prefix);
        JsonNode tooMany = body(as("thiduakt").postJson("/api/commendation/years/" + id + "/votes",
                "{\"votes\": [{\"nominationId\": " + anCstd + ", \"agree\": 8, \"against\": 2}]}"), 400);
        assertThat(tooMany.toString()).contains("votes[0].agree").contains("số thành viên Hội đồng (9)");
        assertThat(as("chuyenvien").postJson("/api/commendation/years/" + id + "/votes",
                "{\"votes\": [{\"nominationId\": " + anCstd + ", \"agree\": 8, \"against\": 1}]}").statusCode()).isEqualTo(403);
        JsonNode voted = body(as("thiduakt").postJson("/api/commendation/years/" + id + "/votes",
                "{\"votes\": [{\"nominationId\": " + anCstd + ", \"agree\": 8, \"against\": 1}]}"), 200);
        assertThat(nomination(voted, anCstd).path("votePassed").asBoolean()).as("8/9 ≥ 80%").isTrue();
        assertThat(nomination(voted, anCstd).path("statusNote").asText()).contains("8/9 (88,9%)");
        body(as("thiduakt").postJson("/api/commendation/years/" + id + "/votes",
                "{\"votes\": [{\"nominationId\": " + anCstd + ", \"agree\": 8, \"against\": 1}]}"), 409);

        signDocument(instance, "commendation-year-minutes", "hoi-dong-thi-dua");
        Task decide = task(instance, "decideTitles");
        assertThat(taskService.getVariable(decide.getId(), "deciderLabel")).isEqualTo("Thủ trưởng cơ quan, đơn vị");
        assertThat(taskService.getVariable(decide.getId(), "awardCount")).isEqualTo(5);
        taskService.complete(decide.getId(), Map.of("approved", true));
        signDocument(instance, "commendation-year-decision", "lanh-dao");
        runJobs(instance);

        JsonNode decided = body(as("chuyenvien").get("/api/commendation/years/" + id), 200);
        assertThat(decided.path("status").asText()).isEqualTo("THEO_DOI_HOAN_XET");
        assertThat(nomination(decided, anCstd).path("status").asText()).isEqualTo("DA_CONG_NHAN");
        String number = nomination(decided, anCstd).path("decisionNumber").asText();
        assertThat(number).contains("/QĐ-");
        assertThat(awards.ofPerson(prefix + "01")).extracting(a -> a.title().name(), a -> a.decision().number(),
                a -> a.source().name()).contains(org.assertj.core.groups.Tuple.tuple("CHIEN_SI_THI_DUA_CO_SO", number,
                "QUY_TRINH"), org.assertj.core.groups.Tuple.tuple("LAO_DONG_TIEN_TIEN", number, "QUY_TRINH"));
        assertThat(awards.ofCollective(unit)).extracting(a -> a.title().name()).containsExactly("TAP_THE_LAO_DONG_TIEN_TIEN");
        assertThat(awards.ofPerson(prefix + "03")).isEmpty();
        assertThat(nomination(decided, cuong).path("decided").asBoolean()).isTrue();

        // The minutes give each nominee's vote; the decision lists the titles.
        assertThat(issuedText("commendation-year-minutes", id)).contains("BIÊN BẢN", "HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG",
                "/BB-HĐTĐKT", "TM. HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG", "Nguyễn Thị An",
                "8/9 đồng ý, 1 không đồng ý", "Lê Văn Cường", "tạm hoãn xét");
        assertThat(issuedText("commendation-year-decision", id)).contains("QUYẾT ĐỊNH", "Nguyễn Thị An",
                "Chiến sĩ thi đua cơ sở", "Tập thể Phòng " + unit, "Điều 80").doesNotContain("Lê Văn Cường");
        assertThat(issuedText("commendation-year-plan", id)).contains("KẾ HOẠCH", "Lao động tiên tiến");

        // The certificate of a recognised title; none for one not recognised.
        HttpResponse<byte[]> certificate = as("lanhdao").getResponseBytes("/api/commendation/years/" + id
                + "/nominations/" + anCstd + "/certificate.pdf");
        assertThat(certificate.statusCode()).isEqualTo(200);
        assertThat(new String(certificate.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(as("lanhdao").get("/api/commendation/years/" + id + "/nominations/" + cuong + "/certificate.pdf")
                .statusCode()).isEqualTo(409);

        // The list to download masks citizen IDs.
        String csv = as("chuyenvien").get("/api/commendation/years/" + id + "/nominations.csv").body();
        assertThat(csv).contains("Nguyễn Thị An").doesNotContain(prefix + "01");
        assertThat(as("lanhdao").getResponseBytes("/api/commendation/years/" + id + "/nominations.xlsx").statusCode())
                .isEqualTo(200);

        // The postponement: the review ends without discipline, and she is reviewed, voted on and decided again.
        body(as("chuyenvien").postJson("/api/commendation/years/" + id + "/staff/" + prefix + "04/proceedings/clear",
                "{\"result\": \"KHONG_VI_PHAM\", \"note\": \"Kết luận 12/KL ngày 01/12\"}"), 200);
        Task follow = task(instance, "followPostponed");
        Object sheet = taskService.getVariable(follow.getId(), "postponedSheet");
        assertThat(sheet.toString()).contains("Phạm Thị Dung", "KHONG_VI_PHAM");
        Map<String, Object> variables = new HashMap<>();
        variables.put("postponedSheet", sheet);
        taskService.complete(follow.getId(), variables);
        runJobs(instance);
        body(as("thiduakt").postJson("/api/commendation/years/" + id + "/votes",
                "{\"votes\": [{\"nominationId\": " + dung + ", \"agree\": 9, \"against\": 0}]}"), 200);
        signDocument(instance, "commendation-year-minutes", "hoi-dong-thi-dua");
        taskService.complete(task(instance, "decideTitles").getId(), Map.of("approved", true));
        signDocument(instance, "commendation-year-decision", "lanh-dao");
        runJobs(instance);
        JsonNode closed = body(as("chuyenvien").get("/api/commendation/years/" + id), 200);
        assertThat(closed.path("status").asText()).isEqualTo("KET_THUC");
        assertThat(nomination(closed, dung).path("status").asText()).isEqualTo("DA_CONG_NHAN");
        assertThat(awards.ofPerson(prefix + "04")).extracting(a -> a.title()).containsExactly(
                AwardVocabulary.Title.CHIEN_SI_THI_DUA_CO_SO);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        // Finished, the year frees its unit and year: a new one may be opened (only one open at a time).
        open(yearBody(unit, "CO_QUAN_DON_VI", year, null, 9));
    }

    @Test
    void aYearStartedOnTheFirstOfMarch2025KeepsDecree98AndACommuneIsDecidedByItsChairman() throws IOException {
        String unit = "TZ" + run;
        register(unit, "11", "Vũ Thị Giang", "NU", 2025, Rating.HOAN_THANH_TOT, null);
        long id = open(yearBody(unit, "CO_QUAN_DON_VI", 2025, "2025-03-01", 7));
        String instance = instance(id);
        signDocument(instance, "commendation-year-plan", "lanh-dao");
        long giang = nominate(id, person("11", "LAO_DONG_TIEN_TIEN"));
        taskService.complete(task(instance, "prepareNominations").getId());
        runJobs(instance);
        signDocument(instance, "commendation-year-minutes", "hoi-dong-thi-dua");
        JsonNode verdict = nomination(body(as("chuyenvien").get("/api/commendation/years/" + id), 200), giang);
        assertThat(verdict.path("legalBasis").asText()).isEqualTo("ND-98-2023");
        assertThat(verdict.path("status").asText()).isEqualTo("DU_DIEU_KIEN");
        // Meanwhile an official types the same award into the register by hand: the decision still records the
        // year's other titles and the nomination says the register already had it, instead of an incident.
        body(as("chuyenvien").postJson("/api/awards", """
                {"citizenId": "%s", "title": "LAO_DONG_TIEN_TIEN", "year": 2025, "kind": "CONG_TRANG",
                 "decisionNumber": "9/QĐ-NHAP", "decisionDate": "2025-12-20", "decider": "Thủ trưởng đơn vị"}"""
                .formatted(prefix + "11")), 201);
        taskService.complete(task(instance, "decideTitles").getId(), Map.of("approved", true));
        signDocument(instance, "commendation-year-decision", "lanh-dao");
        runJobs(instance);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
        JsonNode recorded = nomination(body(as("chuyenvien").get("/api/commendation/years/" + id), 200), giang);
        assertThat(recorded.path("status").asText()).isEqualTo("DA_CONG_NHAN");
        assertThat(recorded.path("statusNote").asText()).contains("Sổ khen thưởng đã có");
        JsonNode held = body(as("chuyenvien").get("/api/personnel/" + prefix + "11/awards"), 200).path("awards");
        assertThat(held).hasSize(1);
        assertThat(held.get(0).path("decisionNumber").asText()).isEqualTo("9/QĐ-NHAP");

        String commune = "TX" + run;
        register(commune, "12", "Đỗ Văn Hùng", "NAM", year, Rating.HOAN_THANH_TOT, null);
        long communeYear = open(yearBody(commune, "XA", year, null, 5));
        String communeInstance = instance(communeYear);
        signDocument(communeInstance, "commendation-year-plan", "lanh-dao");
        nominate(communeYear, person("12", "LAO_DONG_TIEN_TIEN"));
        taskService.complete(task(communeInstance, "prepareNominations").getId());
        runJobs(communeInstance);
        signDocument(communeInstance, "commendation-year-minutes", "hoi-dong-thi-dua");
        Task decide = task(communeInstance, "decideTitles");
        assertThat(taskService.getVariable(decide.getId(), "tasklistRoundCode")).as("Mã kỳ under the task")
                .isEqualTo("TĐ" + year + "-" + commune);
        assertThat(taskService.getVariable(decide.getId(), "deciderLabel")).as("C12c")
                .isEqualTo("Chủ tịch Ủy ban nhân dân cấp xã");
        assertThat(taskService.getVariable(decide.getId(), "deciderBasis").toString()).contains("129/2025");
        // Returned: the officials prepare the list again.
        taskService.complete(decide.getId(), Map.of("approved", false, "comment", "Bổ sung tập thể"));
        assertThat(task(communeInstance, "prepareNominations")).isNotNull();
    }

    /**
     * C4 with a province's quota, as a designer would add the optional row (P4): half the unit's Lao động tiên tiến,
     * rounded down. Four LĐTT allow two CSTĐ cơ sở; three pass the vote (4/5 = 80% passes), the most-voted keeps a
     * place and the tie at the edge goes to the woman (P18). Only enterprises' years in this test get the row.
     */
    @Test
    void aProvincesLocalQuotaKeepsTheMostVotedAndTheTieRulePrefersTheWoman() throws Exception {
        String table;
        try (var in = getClass().getClassLoader().getResourceAsStream("bpmn/commendation/commendation-year-local-quota.dmn")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String amended = table.replace("    </decisionTable>", """
                      <rule id="testEnterpriseQuota">
                        <inputEntry id="testEnterpriseQuota_in0"><text>"DOANH_NGHIEP"</text></inputEntry>
                        <inputEntry id="testEnterpriseQuota_in1"><text></text></inputEntry>
                        <outputEntry id="testEnterpriseQuota_out0"><text>0.5</text></outputEntry>
                        <outputEntry id="testEnterpriseQuota_out1"><text>"FLOOR"</text></outputEntry>
                        <outputEntry id="testEnterpriseQuota_out2"><text>"Quy định thử của tỉnh: 50% số Lao động tiên tiến"</text></outputEntry>
                      </rule>
                    </decisionTable>""");
        assertThat(amended).isNotEqualTo(table);
        String unit = "TQ" + run;
        register(unit, "41", "Tạ Văn Minh", "NAM", year, Rating.HOAN_THANH_XUAT_SAC, null);
        register(unit, "42", "Lưu Thị Ngọc", "NU", year, Rating.HOAN_THANH_XUAT_SAC, null);
        register(unit, "43", "Kiều Văn Phúc", "NAM", year, Rating.HOAN_THANH_XUAT_SAC, null);
        register(unit, "44", "Châu Văn Quang", "NAM", year, Rating.HOAN_THANH_TOT, null);
        org.camunda.bpm.engine.repository.Deployment deployment = repositoryService.createDeployment()
                .name("test-local-quota").addString("commendation-year-local-quota.dmn", amended).deploy();
        try {
            ruleTables.refreshLatest();
            long id = open(yearBody(unit, "DOANH_NGHIEP", year, null, 5));
            String instance = instance(id);
            signDocument(instance, "commendation-year-plan", "lanh-dao");
            for (String suffix : List.of("41", "42", "43", "44")) {
                nominate(id, person(suffix, "LAO_DONG_TIEN_TIEN"));
            }
            long minh = nominate(id, person("41", "CHIEN_SI_THI_DUA_CO_SO"));
            long ngoc = nominate(id, person("42", "CHIEN_SI_THI_DUA_CO_SO"));
            long phuc = nominate(id, person("43", "CHIEN_SI_THI_DUA_CO_SO"));
            taskService.complete(task(instance, "prepareNominations").getId());
            runJobs(instance);
            JsonNode voted = body(as("thiduakt").postJson("/api/commendation/years/" + id + "/votes", """
                    {"votes": [{"nominationId": %d, "agree": 5, "against": 0}, {"nominationId": %d, "agree": 4},
                     {"nominationId": %d, "agree": 4, "against": 1}]}""".formatted(minh, ngoc, phuc)), 200);
            assertThat(nomination(voted, minh).path("status").asText()).isEqualTo("DU_DIEU_KIEN");
            assertThat(nomination(voted, ngoc).path("status").asText()).as("tie at the edge: the woman")
                    .isEqualTo("DU_DIEU_KIEN");
            assertThat(nomination(voted, ngoc).path("statusNote").asText()).contains("Chỉ tiêu 2", "ưu tiên nữ");
            assertThat(nomination(voted, phuc).path("status").asText()).isEqualTo("VUOT_CHI_TIEU");
            assertThat(nomination(voted, phuc).path("votePassed").asBoolean()).as("4/5 = 80% passed the vote").isTrue();
            signDocument(instance, "commendation-year-minutes", "hoi-dong-thi-dua");
            Task decide = task(instance, "decideTitles");
            assertThat(taskService.getVariable(decide.getId(), "deciderLabel"))
                    .isEqualTo("Giám đốc, Tổng giám đốc doanh nghiệp, hợp tác xã");
            assertThat(taskService.getVariable(decide.getId(), "awardCount")).as("4 LĐTT + 2 CSTĐ cơ sở").isEqualTo(6);
            runtimeService.deleteProcessInstance(instance, "quota test done");
        } finally {
            repositoryService.deleteDeployment(deployment.getId(), true);
            ruleTables.refreshLatest();
        }
    }

    @Test
    void twoOfficialsOpeningTheSameYearAtOnceGetOneYear() throws Exception {
        String unit = "TR" + run;
        String body = yearBody(unit, "CO_QUAN_DON_VI", year, null, 5);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> as("chuyenvien").postJson("/api/commendation/years", body).statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            runtimeService.createProcessInstanceQuery().processDefinitionKey("commendation-year")
                    .variableValueEquals("orgUnitCode", unit).list().forEach(p -> instances.add(p.getId()));
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void badInputDuplicatesAndRolesAreRefusedNamingTheField() throws IOException {
        String unit = "TW" + run;
        register(unit, "21", "Bùi Văn Khánh", "NAM", year, Rating.HOAN_THANH_TOT, null);
        register("OTHER" + run, "22", "Người đơn vị khác", "NAM", year, Rating.HOAN_THANH_TOT, null);
        String valid = yearBody(unit, "CO_QUAN_DON_VI", year, null, 5);
        for (String other : List.of("lanhdao", "thiduakt", "chutich", "bantdkt")) {
            assertThat(as(other).postJson("/api/commendation/years", valid).statusCode()).as(other).isEqualTo(403);
        }
        assertThat(new HttpTestClient(port).postJson("/api/commendation/years", valid).statusCode()).isEqualTo(401);
        assertThat(body(as("chuyenvien").postJson("/api/commendation/years", valid.replace("CO_QUAN_DON_VI", "HUYEN")),
                400).toString()).contains("unitKind");
        assertThat(body(as("chuyenvien").postJson("/api/commendation/years", valid.replace("\"year\": " + year,
                "\"year\": 1999")), 400).toString()).contains("year");
        assertThat(body(as("chuyenvien").postJson("/api/commendation/years", valid.replace("\"year\": " + year,
                "\"year\": \"abc\"")), 400).toString()).contains("year");
        assertThat(body(as("chuyenvien").postJson("/api/commendation/years", yearBody(unit, "XA", year,
                today.plusDays(3).toString(), 5)), 400).toString()).contains("startedOn");
        assertThat(body(as("chuyenvien").postJson("/api/commendation/years", yearBody(unit, "XA", year, null, 0)),
                400).toString()).contains("council.members");
        assertThat(body(as("chuyenvien").postJson("/api/commendation/years", yearBody(unit, "XA", year, null, 1)),
                400).toString()).as("two names for one member").contains("council.names");

        long id = open(valid);
        JsonNode duplicate = body(as("chuyenvien").postJson("/api/commendation/years", valid), 409);
        assertThat(duplicate.path("error").asText()).isEqualTo("year_open");
        for (String reader : List.of("chuyenvien", "lanhdao", "thiduakt")) {
            assertThat(as(reader).get("/api/commendation/years/" + id).statusCode()).as(reader).isEqualTo(200);
        }
        for (String stranger : List.of("chutich", "bantdkt", "hdtdtinh")) {
            assertThat(as(stranger).get("/api/commendation/years/" + id).statusCode()).as(stranger).isEqualTo(403);
            assertThat(as(stranger).get("/api/commendation/years/" + id + "/nominations.csv").statusCode()).isEqualTo(403);
        }
        body(as("chuyenvien").get("/api/commendation/years/999999999"), 404);
        body(as("chuyenvien").get("/api/commendation/years/abc"), 400);

        // Before the plan is signed the year is not at its list: nominations wait.
        assertThat(body(as("chuyenvien").postJson("/api/commendation/years/" + id + "/nominations",
                person("21", "LAO_DONG_TIEN_TIEN")), 409).path("error").asText()).isEqualTo("nominations_closed");
        signDocument(instance(id), "commendation-year-plan", "lanh-dao");
        String path = "/api/commendation/years/" + id + "/nominations";
        assertThat(body(as("chuyenvien").postJson(path, person("21", "ANH_HUNG")), 400).toString()).contains("title");
        assertThat(body(as("chuyenvien").postJson(path, person("21", "TAP_THE_LAO_DONG_TIEN_TIEN")), 400).toString())
                .contains("title");
        assertThat(body(as("chuyenvien").postJson(path, person("99", "LAO_DONG_TIEN_TIEN")), 404).toString())
                .as("not in the register").contains("citizenId");
        assertThat(body(as("chuyenvien").postJson(path, person("22", "LAO_DONG_TIEN_TIEN")), 400).toString())
                .as("in the register, of another unit").contains("citizenId").contains(unit);
        assertThat(body(as("chuyenvien").postJson(path, "{\"citizenId\": \"12\", \"title\": \"LAO_DONG_TIEN_TIEN\"}"),
                400).toString()).contains("citizenId");
        assertThat(body(as("chuyenvien").postJson(path, "{\"collective\": true, \"title\": \"TAP_THE_LAO_DONG_TIEN_TIEN\","
                + " \"members\": 3, \"advancedWorkers\": 4}"), 400).toString()).contains("advancedWorkers");
        assertThat(body(as("chuyenvien").postJson(path, "{\"collective\": true, \"title\": \"TAP_THE_LAO_DONG_TIEN_TIEN\","
                + " \"heaviestDiscipline\": \"NANG\"}"), 400).toString()).contains("heaviestDiscipline");
        assertThat(as("lanhdao").postJson(path, person("21", "LAO_DONG_TIEN_TIEN")).statusCode()).isEqualTo(403);
        nominate(id, person("21", "LAO_DONG_TIEN_TIEN"));
        assertThat(body(as("chuyenvien").postJson(path, person("21", "LAO_DONG_TIEN_TIEN")), 409).path("error").asText())
                .isEqualTo("nomination_exists");
        assertThat(body(as("chuyenvien").postJson("/api/commendation/years/" + id + "/staff/" + prefix
                + "21/proceedings", "{\"kind\": \"TAM_GIAM\", \"reason\": \"x\"}"), 400).toString()).contains("kind");
        assertThat(body(as("chuyenvien").postJson("/api/commendation/years/" + id + "/staff/" + prefix
                + "21/proceedings/clear", "{\"result\": \"KHONG_VI_PHAM\"}"), 409).path("error").asText())
                .isEqualTo("no_proceedings");
        assertThat(body(as("chuyenvien").putJson("/api/commendation/years/" + id + "/staff/" + prefix
                + "22/maternity-leave", "{\"maternityLeave\": true}"), 400).toString()).contains("citizenId");
        assertThat(body(as("thiduakt").postJson("/api/commendation/years/" + id + "/votes",
                "{\"votes\": [{\"nominationId\": 1, \"agree\": 1}]}"), 409).path("error").asText()).isEqualTo("no_vote_open");
        assertThat(body(as("thiduakt").postJson("/api/commendation/years/" + id + "/votes", "{\"votes\": []}"), 400)
                .toString()).contains("votes");
        String csv = as("thiduakt").get("/api/commendation/years/" + id + "/nominations.csv").body();
        assertThat(csv).contains("Bùi Văn Khánh").doesNotContain(prefix + "21");
    }
}
