package vn.noivu.bpm.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.personnel.Rating;

/**
 * The promotion API on PostgreSQL: plans and nominations with bad input, duplicates and each role; an exam round from
 * the plan to the appointments, its council's and appointment decisions signed and numbered in the round.
 */
@PostgresIntegrationTest
class PromotionApiTest {

    @LocalServerPort
    int port;
    @Autowired
    PersonnelRepository personnel;
    @Autowired
    TaskService taskService;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine processEngine;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private final LocalDate today = LocalDate.now(Deadlines.ZONE);
    private final String prefix = "0019" + String.format("%06d", System.nanoTime() % 1_000_000);

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private JsonNode body(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private String plan(String code, String staffType, int members) {
        return """
                {"code": "%s", "title": "Nâng ngạch chuyên viên chính", "authority": "Sở Nội vụ", "staffType": "%s",
                 "method": "XET", "targetTitle": "CHUYEN_VIEN_CHINH", "quota": 1, "roundDate": "%s",
                 "filingDeadline": "%s", "councilMembers": %d}""".formatted(code, staffType, today, today.plusDays(15), members);
    }

    private String plan(String code, String staffType, String method, String targetTitle, LocalDate roundDate) {
        return plan(code, staffType, 5).replace("\"XET\"", "\"" + method + "\"").replace("CHUYEN_VIEN_CHINH", targetTitle)
                .replace(today.toString(), roundDate.toString()).replace(today.plusDays(15).toString(), roundDate.plusDays(15).toString());
    }

    private JsonNode refusal(String body) throws IOException {
        JsonNode refusal = body(as("chuyenvien").postJson("/api/promotion/rounds", body), 400);
        assertThat(refusal.path("error").asText()).isEqualTo("validation_failed");
        return refusal.path("fields").get(0);
    }

    @Test
    void aPlanIsRefusedForAStaffTypeMethodTitleOrDateTheRulesDoNotAllow() throws IOException {
        String code = "NN-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode exam = refusal(plan(code, "CONG_CHUC", "THI", "CHUYEN_VIEN_CHINH", today));
        assertThat(exam.path("field").asText()).isEqualTo("method");
        assertThat(exam.path("rule").asText()).isEqualTo("allowedMethod");
        assertThat(exam.path("message").asText()).contains("không thi nâng ngạch", "80/2025/QH15", "Điều 71 khoản 2 điểm c");

        JsonNode civilServantToAPublicEmployeeTitle = refusal(plan(code, "CONG_CHUC", "XET", "VC_HANH_CHINH_HANG_II", today));
        assertThat(civilServantToAPublicEmployeeTitle.path("field").asText()).isEqualTo("targetTitle");
        assertThat(civilServantToAPublicEmployeeTitle.path("rule").asText()).isEqualTo("staffType");
        assertThat(civilServantToAPublicEmployeeTitle.path("message").asText()).contains("dành cho viên chức");
        assertThat(refusal(plan(code, "VIEN_CHUC", "THI", "CHUYEN_VIEN_CHINH", today)).path("field").asText())
                .isEqualTo("targetTitle");
        JsonNode beforeTheDecree = refusal(plan(code, "CONG_CHUC", "XET", "CHUYEN_VIEN_CHINH", LocalDate.of(2025, 6, 30)));
        assertThat(beforeTheDecree.path("field").asText()).isEqualTo("roundDate");
        assertThat(as("chuyenvien").get("/api/promotion/rounds/" + code).statusCode()).as("nothing kept").isEqualTo(404);

        assertThat(body(as("chuyenvien").postJson("/api/promotion/rounds",
                plan(code, "VIEN_CHUC", "THI", "VC_HANH_CHINH_HANG_II", today)), 201).path("status").asText())
                .as("public employees by exam").isEqualTo("CHO_DUYET_PHUONG_AN");
    }

    @Test
    void thePromotionCouncilPostsTheExamResultsAndTheRoundMovesOn() throws IOException {
        List<Person> people = List.of("31", "32", "33").stream().map(suffix -> new Person(prefix + suffix,
                "Viên chức " + suffix, "NU", LocalDate.of(1985, 5, 5), "Kinh", false, "VIEN_CHUC", "BV", "Bệnh viện",
                "V.HC.III", "Chuyên viên", today.minusYears(10), 0, null, Map.of(today.getYear() - 1,
                        Rating.HOAN_THANH_TOT, today.getYear() - 2, Rating.HOAN_THANH_XUAT_SAC, today.getYear() - 3,
                        Rating.HOAN_THANH_XUAT_SAC), suffix.equals("33") ? new Person.Discipline("Cảnh cáo",
                        today.plusMonths(6), false) : null, null)).toList();
        personnel.save(people);
        String code = "TH-" + UUID.randomUUID().toString().substring(0, 8);
        String instance = body(as("chuyenvien").postJson("/api/promotion/rounds",
                plan(code, "VIEN_CHUC", "THI", "VC_HANH_CHINH_HANG_II", today)), 201).path("processInstanceId").asText();
        String planTask = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        assertThat(as("lanhdao").postJson("/engine-rest/task/" + planTask + "/complete",
                "{\"variables\": {\"approved\": {\"value\": true, \"type\": \"Boolean\"}}}").statusCode()).isEqualTo(204);
        for (Person person : people) {
            body(as("chuyenvien").postJson("/api/promotion/rounds/" + code + "/nominations",
                    "{\"citizenId\": \"" + person.citizenId() + "\", \"certificatesMet\": true}"), 201);
        }
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .singleResult().getId());
        // The eligibility check is a job of the round: the status moves once it has run.
        assertThat(body(as("hoidongth").get("/api/promotion/rounds/" + code), 200).path("status").asText()).isEqualTo("NHAN_DE_CU");
        RoundJobs.runDue(managementService, instance);
        assertThat(body(as("hoidongth").get("/api/promotion/rounds/" + code), 200).path("status").asText()).isEqualTo("THI");

        // The exam council organises the exam once the decision forming it is signed: no scores before.
        String early = "{\"scores\": [{\"citizenId\": \"" + people.get(0).citizenId() + "\", \"score\": 82}]}";
        JsonNode notFormed = body(as("hoidongth").postJson("/api/promotion/rounds/" + code + "/scores", early), 409);
        assertThat(notFormed.path("error").asText()).isEqualTo("council_not_formed");
        assertThat(notFormed.path("message").asText()).contains("Hội đồng thi", "chưa được ký");
        String council = RoundDocuments.instance(processEngine, instance, "promotion-council-decision");
        assertThat(RoundDocuments.complete(port, "chuyenvien", RoundDocuments.task(processEngine, council,
                "reviewDocumentDraft"), "{}").statusCode()).isEqualTo(204);
        String signCouncil = RoundDocuments.task(processEngine, council, "signDocument");
        assertThat(RoundDocuments.complete(port, "chuyenvien", signCouncil, RoundDocuments.APPROVE).statusCode())
                .as("an official cannot sign").isEqualTo(403);
        assertThat(RoundDocuments.complete(port, "lanhdao", signCouncil, RoundDocuments.APPROVE).statusCode())
                .isEqualTo(204);
        List<Integer> councilNumber = RoundDocuments.numbers(jdbc, "promotion-council-decision", code);
        assertThat(councilNumber).hasSize(1);
        assertThat(processEngine.getRuntimeService().getVariable(instance, "councilDecisionNumber"))
                .isEqualTo("Số: %02d/QĐ-SNV".formatted(councilNumber.get(0)));

        String first = "{\"scores\": [{\"citizenId\": \"" + people.get(0).citizenId() + "\", \"score\": 82}]}";
        JsonNode partial = body(as("hoidongth").postJson("/api/promotion/rounds/" + code + "/scores", first), 200);
        assertThat(partial.path("awaiting").asInt()).isEqualTo(1);
        assertThat(partial.path("complete").asBoolean()).isFalse();
        String second = "{\"scores\": [{\"citizenId\": \"" + people.get(1).citizenId() + "\", \"score\": 71}]}";
        JsonNode complete = body(as("hoidongth").postJson("/api/promotion/rounds/" + code + "/scores", second), 200);
        assertThat(complete.path("complete").asBoolean()).as("the council's sheet completes the scores").isTrue();
        // The ranking runs as a job: the answer comes back before it, the status moves when it has run.
        assertThat(body(as("hoidongth").get("/api/promotion/rounds/" + code), 200).path("status").asText()).isEqualTo("THI");
        assertThat(RoundJobs.runDue(managementService, instance)).isEqualTo(1);

        assertThat(body(as("hoidongth").get("/api/promotion/rounds/" + code), 200).path("status").asText())
                .isEqualTo("CHO_DUYET_KET_QUA");
        assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
                .isEqualTo("approveResults");
        JsonNode nominees = body(as("chuyenvien").get("/api/promotion/rounds/" + code + "/results"), 200).path("nominees");
        assertThat(nominees.findValuesAsText("outcome"))
                .containsExactlyInAnyOrder("TRUNG_TUYEN", "KHONG_TRUNG_TUYEN", "KHONG_DU_DIEU_KIEN");
        assertThat(nominees.findValuesAsText("citizenId")).as("staff see whole citizen IDs").contains(people.get(2).citizenId());
        assertThat(nominees.findValuesAsText("reason")).anyMatch(r -> r.contains("kỷ luật"));
        assertThat(as("thietke").get("/api/promotion/rounds/" + code + "/results").statusCode())
                .as("a designer does not work promotion").isEqualTo(403);

        // Ten completions of the approval at once (the head twice over, and the administrator): one takes effect,
        // the others are told the task is already done, without a 500 or any SQL.
        String resultsTask = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        List<HttpResponse<String>> answers = java.util.stream.IntStream.range(0, 10).parallel()
                .mapToObj(i -> as(i % 3 == 0 ? "admin" : "lanhdao").postJson("/engine-rest/task/" + resultsTask + "/complete",
                        "{\"variables\": {\"approved\": {\"value\": true, \"type\": \"Boolean\"}}}")).toList();
        assertThat(answers).filteredOn(a -> a.statusCode() == 204).hasSize(1);
        assertThat(answers).filteredOn(a -> a.statusCode() != 204).allSatisfy(a -> {
            assertThat(a.statusCode()).as(a.body()).isIn(404, 409);
            assertThat(a.body()).doesNotContainIgnoringCase("sql").doesNotContain("promotion_nomination");
        });
        RoundJobs.runDue(managementService, instance);
        assertThat(body(as("hoidongth").get("/api/promotion/rounds/" + code), 200).path("status").asText())
                .isEqualTo("DA_CONG_BO_KET_QUA");
        // Published: names and outcomes for everybody, never a whole citizen ID or a discipline fact.
        for (HttpTestClient outsider : List.of(new HttpTestClient(port), as("thietke"))) {
            HttpResponse<String> published = outsider.get("/api/promotion/rounds/" + code + "/results");
            JsonNode publicNominees = body(published, 200).path("nominees");
            assertThat(publicNominees.findValuesAsText("fullName")).contains("Viên chức 31", "Viên chức 33");
            assertThat(publicNominees.findValuesAsText("citizenId")).contains("********" + people.get(0).citizenId().substring(8));
            for (Person person : people) {
                assertThat(published.body()).doesNotContain(person.citizenId());
            }
            assertThat(published.body()).doesNotContain("kỷ luật", "Cảnh cáo").doesNotContain("\"reason\"");
            String csv = outsider.get("/api/promotion/rounds/" + code + "/results.csv").body();
            assertThat(csv).contains("Viên chức 31").doesNotContain(people.get(0).citizenId()).doesNotContain("kỷ luật");
        }

        // The winner's appointment decision (public employees: title and salary), numbered after the council's.
        RoundDocuments.sign(port, processEngine, instance, "promotion-title-decision");
        assertThat(RoundDocuments.numbers(jdbc, "promotion-title-decision", code))
                .containsExactly(councilNumber.get(0) + 1);
        JsonNode appointed = body(as("chuyenvien").get("/api/promotion/rounds/" + code + "/results"), 200).path("nominees");
        assertThat(appointed.findValuesAsText("appointmentDecision")).filteredOn(d -> !"null".equals(d))
                .containsExactly(RoundDocuments.decision(councilNumber.get(0) + 1, today));
        assertThat(body(as("hoidongth").get("/api/promotion/rounds/" + code), 200).path("status").asText())
                .isEqualTo("HOAN_THANH");
    }

    @Test
    void anAwardEnteredInTheAwardRegisterPutsItsHolderFirst() throws IOException {
        // Equal but for sex: without an achievement the woman would come first (rule test p4AnAwardOfTheAwardRegister...).
        List<Person> people = List.of("41", "42").stream().map(suffix -> new Person(prefix + suffix,
                "Viên chức " + suffix, suffix.equals("41") ? "NAM" : "NU", LocalDate.of(1984, 5, 5), "Kinh", false,
                "VIEN_CHUC", "BV", "Bệnh viện", "V.HC.III", "Chuyên viên", today.minusYears(10), 0,
                LocalDate.of(2012, 1, 1), Map.of(today.getYear() - 1, Rating.HOAN_THANH_TOT, today.getYear() - 2,
                        Rating.HOAN_THANH_XUAT_SAC, today.getYear() - 3, Rating.HOAN_THANH_XUAT_SAC), null, null)).toList();
        personnel.save(people);
        Person man = people.get(0);
        // The province's Bằng khen, decided outside the system, is entered in the award register, not in the import.
        body(as("chuyenvien").postJson("/api/awards", """
                {"citizenId": "%s", "title": "BANG_KHEN_TINH", "year": %d, "kind": "CONG_TRANG",
                 "decisionNumber": "120/QĐ-UBND", "decisionDate": "%d-12-20", "decider": "Chủ tịch UBND tỉnh"}"""
                .formatted(man.citizenId(), today.getYear() - 1, today.getYear() - 1)), 201);

        String code = "TH-" + UUID.randomUUID().toString().substring(0, 8);
        String instance = body(as("chuyenvien").postJson("/api/promotion/rounds",
                plan(code, "VIEN_CHUC", "XET", "VC_HANH_CHINH_HANG_II", today)), 201).path("processInstanceId").asText();
        assertThat(RoundDocuments.complete(port, "lanhdao", taskService.createTaskQuery().processInstanceId(instance)
                .singleResult().getId(), RoundDocuments.APPROVE).statusCode()).isEqualTo(204);
        for (Person person : people) {
            body(as("chuyenvien").postJson("/api/promotion/rounds/" + code + "/nominations",
                    "{\"citizenId\": \"" + person.citizenId() + "\", \"certificatesMet\": true}"), 201);
        }
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .singleResult().getId());
        RoundJobs.runDue(managementService, instance);
        RoundDocuments.sign(port, processEngine, instance, "promotion-council-decision");
        String assessment = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("recordAssessment")
                .singleResult().getId();
        HttpResponse<String> assessed = RoundDocuments.complete(port, "hoidongth", assessment, """
                {"membersPresent": {"value": 5, "type": "Long"},
                 "assessmentMinutes": {"value": "Biên bản họp Hội đồng: 5/5 thành viên", "type": "String"}}""");
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(204);
        RoundJobs.runDue(managementService, instance);

        JsonNode nominees = body(as("chuyenvien").get("/api/promotion/rounds/" + code + "/results"), 200).path("nominees");
        Map<String, String> outcomes = new java.util.HashMap<>();
        nominees.forEach(n -> outcomes.put(n.path("citizenId").asText(), n.path("outcome").asText()));
        assertThat(outcomes).containsEntry(man.citizenId(), "TRUNG_TUYEN")
                .containsEntry(people.get(1).citizenId(), "KHONG_TRUNG_TUYEN");
    }

    @Test
    void plansAndNominationsAreCheckedAndEachPersonIsNominatedOnce() throws IOException {
        Person civilServant = new Person(prefix + "01", "Phan Văn Tâm", "NAM", LocalDate.of(1985, 2, 2), "Kinh", false,
                "CONG_CHUC", "SNV", "Sở Nội vụ", "01.003", "Chuyên viên", LocalDate.of(2016, 1, 1), 0, null,
                Map.of(today.getYear() - 1, Rating.HOAN_THANH_TOT), null, null);
        Person publicEmployee = new Person(prefix + "02", "Vũ Thị Hoa", "NU", LocalDate.of(1988, 3, 3), "Kinh", false,
                "VIEN_CHUC", "BV", null, "V.HC.III", null, LocalDate.of(2016, 1, 1), 0, null, Map.of(), null, null);
        personnel.save(List.of(civilServant, publicEmployee));
        String code = "NN-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(body(as("chuyenvien").postJson("/api/promotion/rounds", plan(code, "CONG_CHUC", 4)), 400)
                .path("fields").get(0).path("field").asText()).as("an even council").isEqualTo("councilMembers");
        assertThat(body(as("chuyenvien").postJson("/api/promotion/rounds", plan(code, "CONG_CHUC", 5)
                .replace("CHUYEN_VIEN_CHINH", "KHONG_CO")), 400).path("fields").get(0).path("field").asText())
                .isEqualTo("targetTitle");
        assertThat(body(as("chuyenvien").postJson("/api/promotion/rounds", plan(code, "CONG_NHAN", 5)), 400)
                .path("fields").get(0).path("field").asText()).isEqualTo("staffType");
        assertThat(as("lanhdao").postJson("/api/promotion/rounds", plan(code, "CONG_CHUC", 5)).statusCode()).isEqualTo(403);
        assertThat(as("chuyenvien").get("/api/promotion/rounds/" + code).statusCode()).as("nothing kept").isEqualTo(404);

        JsonNode created = body(as("chuyenvien").postJson("/api/promotion/rounds", plan(code, "CONG_CHUC", 5)), 201);
        assertThat(created.path("status").asText()).isEqualTo("CHO_DUYET_PHUONG_AN");
        assertThat(as("chuyenvien").postJson("/api/promotion/rounds", plan(code, "CONG_CHUC", 5)).statusCode()).isEqualTo(409);
        String nomination = "{\"citizenId\": \"" + civilServant.citizenId() + "\", \"certificatesMet\": true, \"vacancy\": true}";
        assertThat(body(as("chuyenvien").postJson("/api/promotion/rounds/" + code + "/nominations", nomination), 409)
                .path("error").asText()).as("the plan is not approved yet").isEqualTo("round_not_accepting_nominations");

        String taskId = taskService.createTaskQuery().processInstanceId(created.path("processInstanceId").asText())
                .singleResult().getId();
        assertThat(as("lanhdao").postJson("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\": {\"approved\": {\"value\": true, \"type\": \"Boolean\"}}}").statusCode()).isEqualTo(204);
        JsonNode round = body(as("hoidongth").get("/api/promotion/rounds/" + code), 200);
        assertThat(round.path("status").asText()).isEqualTo("NHAN_DE_CU");
        assertThat(round.path("legalBasis").asText()).isEqualTo("ND-170-2025");
        assertThat(round.path("ruleTableVersions").path("promotion-eligibility").asInt()).isPositive();

        assertThat(body(as("chuyenvien").postJson("/api/promotion/rounds/" + code + "/nominations",
                nomination.replace(", \"vacancy\": true", "")), 400).path("fields").get(0).path("field").asText())
                .as("civil servants: the vacancy must be stated").isEqualTo("vacancy");
        assertThat(body(as("chuyenvien").postJson("/api/promotion/rounds/" + code + "/nominations", nomination), 201)
                .path("fullName").asText()).isEqualTo("Phan Văn Tâm");
        assertThat(body(as("chuyenvien").postJson("/api/promotion/rounds/" + code + "/nominations", nomination), 409)
                .path("error").asText()).isEqualTo("already_nominated");
        assertThat(body(as("chuyenvien").postJson("/api/promotion/rounds/" + code + "/nominations",
                "{\"citizenId\": \"" + publicEmployee.citizenId() + "\", \"certificatesMet\": true}"), 400)
                .path("fields").get(0).path("rule").asText()).as("a public employee in a civil servants' round").isEqualTo("staffType");
        assertThat(body(as("chuyenvien").postJson("/api/promotion/rounds/" + code + "/nominations",
                "{\"citizenId\": \"" + prefix + "99\", \"certificatesMet\": true}"), 400)
                .path("fields").get(0).path("rule").asText()).as("not in the register").isEqualTo("registered");
        assertThat(body(as("chuyenvien").postJson("/api/promotion/rounds/" + code + "/nominations",
                "{\"citizenId\": \"123\"}"), 400).path("fields").findValuesAsText("field")).contains("citizenId");
        assertThat(as("lanhdao").postJson("/api/promotion/rounds/" + code + "/nominations", nomination).statusCode()).isEqualTo(403);
        assertThat(new HttpTestClient(port).postJson("/api/promotion/rounds/" + code + "/nominations", nomination)
                .statusCode()).isEqualTo(401);

        // Exam results go only to a round by exam, and only from the promotion council.
        String sheet = "{\"scores\": [{\"citizenId\": \"" + civilServant.citizenId() + "\", \"score\": 70}]}";
        assertThat(body(as("hoidongth").postJson("/api/promotion/rounds/" + code + "/scores", sheet), 409)
                .path("error").asText()).isEqualTo("round_not_examining");
        assertThat(as("hoidong").postJson("/api/promotion/rounds/" + code + "/scores", sheet).statusCode()).isEqualTo(403);
        assertThat(body(as("hoidongth").postJson("/api/promotion/rounds/" + code + "/scores", "{\"scores\": []}"), 400)
                .path("fields").get(0).path("field").asText()).isEqualTo("scores");

        // Results are public only once published.
        assertThat(new HttpTestClient(port).get("/api/promotion/rounds/" + code + "/results").statusCode()).isEqualTo(401);
        assertThat(body(as("chuyenvien").get("/api/promotion/rounds/" + code + "/results"), 200)
                .path("nominees").get(0).path("citizenId").asText()).isEqualTo(civilServant.citizenId());
        assertThat(as("chuyenvien").get("/api/promotion/rounds/" + code + "/results.csv").body())
                .startsWith("\uFEFF\"Số định danh\",\"Họ và tên\"").contains("Phan Văn Tâm");
        assertThat(vn.noivu.bpm.Spreadsheets.text(as("chuyenvien").getBytes("/api/promotion/rounds/" + code + "/results.xlsx"))
                .get(3)).contains(civilServant.citizenId(), "Phan Văn Tâm");
        assertThat(new HttpTestClient(port).get("/api/promotion/rounds/" + code + "/results.xlsx").statusCode()).isEqualTo(401);
    }

    @Test
    void aReturnedPlanIsChangedOnlyWhileReturnedAndByTheOfficial() throws IOException {
        String code = "NN-" + UUID.randomUUID().toString().substring(0, 8);
        String instance = body(as("chuyenvien").postJson("/api/promotion/rounds", plan(code, "CONG_CHUC", 5)), 201)
                .path("processInstanceId").asText();
        String changed = plan(code, "CONG_CHUC", 7).replace("\"quota\": 1", "\"quota\": 3");
        // Not returned yet: the head has the plan.
        JsonNode early = body(as("chuyenvien").putJson("/api/promotion/rounds/" + code, changed), 409);
        assertThat(early.path("error").asText()).isEqualTo("round_not_returned");
        assertThat(early.path("message").asText()).contains("chỉ sửa được phương án đã bị trả lại");

        String approval = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        assertThat(as("lanhdao").postJson("/engine-rest/task/" + approval + "/complete", """
                {"variables": {"approved": {"value": false, "type": "Boolean"},
                               "comment": {"value": "Tăng chỉ tiêu", "type": "String"}}}""").statusCode()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
                .isEqualTo("revisePlan");

        assertThat(as("lanhdao").putJson("/api/promotion/rounds/" + code, changed).statusCode()).as("not the official")
                .isEqualTo(403);
        assertThat(new HttpTestClient(port).putJson("/api/promotion/rounds/" + code, changed).statusCode()).isEqualTo(401);
        JsonNode badCouncil = body(as("chuyenvien").putJson("/api/promotion/rounds/" + code, plan(code, "CONG_CHUC", 2)), 400);
        assertThat(badCouncil.path("fields").get(0).path("field").asText()).isEqualTo("councilMembers");
        assertThat(body(as("chuyenvien").putJson("/api/promotion/rounds/" + code, plan("KHAC-1", "CONG_CHUC", 5)), 400)
                .path("fields").get(0).path("rule").asText()).isEqualTo("matchesPath");
        assertThat(body(as("chuyenvien").putJson("/api/promotion/rounds/" + code, changed.replace("\"quota\": 3",
                "\"quota\": 0")), 400).path("fields").get(0).path("field").asText()).isEqualTo("quota");
        assertThat(as("chuyenvien").putJson("/api/promotion/rounds/NN-khong-co", plan("NN-khong-co", "CONG_CHUC", 5))
                .statusCode()).isEqualTo(404);

        JsonNode revised = body(as("chuyenvien").putJson("/api/promotion/rounds/" + code, changed), 200);
        assertThat(revised.path("changes").asText()).contains("Chỉ tiêu: 1 → 3", "Số thành viên Hội đồng: 5 → 7");
        JsonNode round = body(as("chuyenvien").get("/api/promotion/rounds/" + code), 200);
        assertThat(round.path("quota").asInt()).isEqualTo(3);
        assertThat(round.path("councilMembers").asInt()).isEqualTo(7);
        // Saved again before the task is completed: compared with the plan the head returned, not with the first save.
        assertThat(body(as("chuyenvien").putJson("/api/promotion/rounds/" + code, plan(code, "CONG_CHUC", 5)
                .replace("\"quota\": 1", "\"quota\": 3")), 200).path("changes").asText()).isEqualTo("Chỉ tiêu: 1 → 3");
        String revise = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        assertThat(as("chuyenvien").postJson("/engine-rest/task/" + revise + "/complete", """
                {"variables": {"revisionNote": {"value": "Đã tăng chỉ tiêu", "type": "String"}}}""").statusCode()).isEqualTo(204);
        org.camunda.bpm.engine.task.Task again = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(again.getTaskDefinitionKey()).isEqualTo("approvePlan");
        assertThat((String) taskService.getVariable(again.getId(), "planChanges")).contains("Chỉ tiêu: 1 → 3");
        assertThat((String) taskService.getVariable(again.getId(), "planSummary"))
                .contains("công chức", "xét", "ngạch chuyên viên chính", "chỉ tiêu: 3")
                .doesNotContain("CONG_CHUC", "CHUYEN_VIEN_CHINH", today.toString());
    }
}
