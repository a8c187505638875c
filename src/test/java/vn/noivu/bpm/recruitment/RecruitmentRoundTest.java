package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.Spreadsheets;
import vn.noivu.bpm.calendar.Deadlines;

/**
 * A whole round through the public contract on PostgreSQL: plan, approval, applications, eligibility, both exam
 * rounds, review window, ranking with the written-score tie-break, approval and published results.
 */
@PostgresIntegrationTest
class RecruitmentRoundTest {

    @LocalServerPort
    int port;

    @Autowired
    ManagementService managementService;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine processEngine;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private final LocalDate today = LocalDate.now(Deadlines.ZONE);

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private String roundJson(String code, LocalDate deadline, String nhanVienFormat) {
        return """
                {"code": "%s", "title": "Tuyển dụng công chức Sở Nội vụ năm 2026", "agency": "Sở Nội vụ",
                 "method": "THI_TUYEN", "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [
                   {"code": "PC", "title": "Chuyên viên pháp chế", "rank": "CHUYEN_VIEN", "quota": 1,
                    "minDegree": "DAI_HOC", "majors": ["Luật"], "round2Format": "VIET_PHONG_VAN"},
                   {"code": "VT", "title": "Nhân viên văn thư", "rank": "NHAN_VIEN", "quota": 1,
                    "minDegree": "TRUNG_CAP", "round2Format": "%s"}]}
                """.formatted(code, today, deadline, nhanVienFormat);
    }

    private String application(String name, String citizenId, String birth, String position, String major) {
        return """
                {"fullName": "%s", "citizenId": "%s", "dateOfBirth": "%s", "gender": "NU", "email": "%s@noivu.local",
                 "phone": "0912345678", "positionCode": "%s", "degree": {"level": "DAI_HOC", "major": "%s"},
                 "priorityCategories": []}
                """.formatted(name, citizenId, birth, citizenId, position, major);
    }

    private JsonNode body(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private void completeTask(String user, String processInstanceId, String taskKey, String variables) throws IOException {
        PendingSteps.run(processEngine, processInstanceId);
        JsonNode tasks = body(as(user).get("/engine-rest/task?processInstanceId=" + processInstanceId
                + "&taskDefinitionKey=" + taskKey), 200);
        assertThat(tasks.size()).as(taskKey + " for " + user).isEqualTo(1);
        assertThat(tasks.get(0).path("due").asText()).as("every task has its due date").isNotEmpty();
        assertThat(as(user).postJson("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete",
                "{\"variables\": " + variables + "}").statusCode()).isEqualTo(204);
        PendingSteps.run(processEngine, processInstanceId);
    }

    private void fireTimer(String processInstanceId) {
        Job timer = managementService.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
        managementService.executeJob(timer.getId());
        PendingSteps.run(processEngine, processInstanceId);
    }

    /** The round's status as users see it once the job executor has run the steps after an asyncBefore. */
    private String status(String code) throws IOException {
        PendingSteps.runForRound(processEngine, code);
        return body(as("chuyenvien").get("/api/recruitment/rounds/" + code), 200).path("status").asText();
    }

    @Test
    void aPlanThatBreaksTheLawIsRefusedNamingTheFieldAndNothingIsKept() throws IOException {
        String code = "TD-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode shortWindow = body(as("chuyenvien").postJson("/api/recruitment/rounds",
                roundJson(code, today.plusDays(29), "VAN_DAP")), 400);
        assertThat(shortWindow.path("fields").get(0).path("field").asText()).isEqualTo("applicationDeadline");
        JsonNode wrongFormat = body(as("chuyenvien").postJson("/api/recruitment/rounds",
                roundJson(code, today.plusDays(30), "VIET")), 400);
        assertThat(wrongFormat.path("fields").get(0).path("field").asText()).isEqualTo("positions[1].round2Format");
        JsonNode missing = body(as("chuyenvien").postJson("/api/recruitment/rounds",
                roundJson(code, today.plusDays(30), "VAN_DAP").replace("\"title\": \"Tuyển dụng công chức Sở Nội vụ năm 2026\",", "")), 400);
        assertThat(missing.path("fields").get(0).path("field").asText()).isEqualTo("title");
        JsonNode unknownRank = body(as("chuyenvien").postJson("/api/recruitment/rounds",
                roundJson(code, today.plusDays(30), "VAN_DAP").replace("\"NHAN_VIEN\"", "\"THU_KY\"")), 400);
        assertThat(unknownRank.path("fields").get(0).path("field").asText()).isEqualTo("positions[1].rank");
        assertThat(unknownRank.path("fields").get(0).path("rule").asText()).isEqualTo("oneOf");
        assertThat(unknownRank.path("message").asText()).contains("NHAN_VIEN, CAN_SU, CHUYEN_VIEN, CHUYEN_VIEN_CHINH");
        assertThat(as("chuyenvien").get("/api/recruitment/rounds/" + code).statusCode()).isEqualTo(404);

        assertThat(new HttpTestClient(port).postJson("/api/recruitment/rounds", roundJson(code, today.plusDays(30), "VAN_DAP"))
                .statusCode()).isEqualTo(401);
        assertThat(as("lanhdao").postJson("/api/recruitment/rounds", roundJson(code, today.plusDays(30), "VAN_DAP"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aWholeRoundFromThePlanToThePublishedResults() throws IOException {
        String code = "TD-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = body(as("chuyenvien").postJson("/api/recruitment/rounds",
                roundJson(code, today.plusDays(30), "VAN_DAP")), 201);
        assertThat(created.path("status").asText()).isEqualTo("CHO_DUYET_KE_HOACH");
        String instance = created.path("processInstanceId").asText();
        assertThat(as("chuyenvien").postJson("/api/recruitment/rounds", roundJson(code, today.plusDays(30), "VAN_DAP"))
                .statusCode()).as("same code again").isEqualTo(409);

        // Applications wait for the plan's approval.
        assertThat(new HttpTestClient(port).postJson("/api/recruitment/rounds/" + code + "/applications",
                application("Lê Thị Mai", "001200000001", "1998-05-01", "PC", "Luật")).statusCode()).isEqualTo(409);
        completeTask("lanhdao", instance, "approvePlan", "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}}");
        assertThat(status(code)).isEqualTo("DANG_NHAN_HO_SO");

        HttpTestClient citizen = new HttpTestClient(port);
        HttpResponse<String> maiReceipt = citizen.postJson("/api/recruitment/rounds/" + code + "/applications",
                application("Lê Thị Mai", "001200000001", "1998-05-01", "PC", "Luật"));
        assertThat(maiReceipt.statusCode()).isEqualTo(202);
        String mai = Applicants.receivedNumber(jdbc, code, "001200000001@noivu.local");
        String lan = Applicants.apply(citizen, jdbc, code, application("Trần Thị Lan", "001200000002", "1997-01-20", "PC", "luật"));
        String young = Applicants.apply(citizen, jdbc, code, application("Phạm Minh", "001200000003", today.plusDays(30).minusYears(17).toString(), "PC", "Luật"));
        String hoa = Applicants.apply(citizen, jdbc, code, application("Ngô Thị Hoa", "001200000004", "1995-09-09", "VT", "Văn thư"));
        // Numbers nobody can walk through: the round's code and eight random digits, not a running count.
        assertThat(List.of(mai, lan, young, hoa)).allMatch(n -> n.matches(java.util.regex.Pattern.quote(code) + "-\\d{8}"))
                .doesNotHaveDuplicates();
        List<Long> digits = java.util.stream.Stream.of(mai, lan, young, hoa).map(n -> Long.parseLong(n.substring(code.length() + 1)))
                .toList();
        assertThat(java.util.stream.IntStream.range(1, digits.size()).filter(i -> digits.get(i) - digits.get(i - 1) == 1).count())
                .as("consecutive applications do not get consecutive numbers").isZero();
        // A citizen ID that already applied gets the very answer a new application gets (whoever sends it learns
        // nothing); the email goes to the address of the application on file, and nothing new is recorded.
        String again = application("Người khác", "001200000001", "1990-01-01", "VT", "Luật")
                .replace("001200000001@noivu.local", "nguoi.la@noivu.local");
        HttpResponse<String> repeated = citizen.postJson("/api/recruitment/rounds/" + code + "/applications", again);
        assertThat(repeated.statusCode()).isEqualTo(202);
        assertThat(repeated.body()).isEqualTo(maiReceipt.body().replace("001200000001@noivu.local", "nguoi.la@noivu.local"));
        assertThat(jdbc.queryForList("SELECT recipient FROM notification WHERE kind = 'APPLICANT_ALREADY_APPLIED'"
                + " AND subject_ref = ?", String.class, mai)).containsExactly("001200000001@noivu.local");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM recruitment_application a JOIN recruitment_round r"
                + " ON r.id = a.round_id WHERE r.code = ? AND a.citizen_id = '001200000001'", Integer.class, code))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM notification WHERE recipient = 'nguoi.la@noivu.local'"
                + " AND subject_ref LIKE ?", Integer.class, code + "-%")).as("nothing to the stranger").isZero();
        assertThat(body(citizen.postJson("/api/recruitment/rounds/" + code + "/applications",
                application("Sai Số", "12345", "1998-05-01", "PC", "Luật")), 400).path("fields").get(0).path("field")
                .asText()).isEqualTo("citizenId");
        assertThat(body(citizen.postJson("/api/recruitment/rounds/" + code + "/applications",
                application("Sai Vị Trí", "001200000009", "1998-05-01", "KHONG", "Luật")), 400).path("fields").get(0)
                .path("field").asText()).isEqualTo("positionCode");
        assertThat(body(citizen.get("/api/recruitment/applications/" + mai + "?citizenId=001200000001"), 200)
                .path("status").asText()).isEqualTo("DA_NOP");
        assertThat(citizen.get("/api/recruitment/applications/" + mai + "?citizenId=001200000002").statusCode()).isEqualTo(404);

        // The deadline passes: every application is checked, the council approves the list.
        fireTimer(instance);
        assertThat(status(code)).isEqualTo("XET_DIEU_KIEN");
        completeTask("hoidong", instance, "approveEligibleList", "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}}");
        assertThat(status(code)).isEqualTo("THI_VONG_1");
        JsonNode youngDossier = body(citizen.get("/api/recruitment/applications/" + young + "?citizenId=001200000003"), 200);
        assertThat(youngDossier.path("status").asText()).isEqualTo("KHONG_DU_DIEU_KIEN");
        assertThat(youngDossier.path("ineligibilityReason").asText()).startsWith("Chưa đủ 18 tuổi");

        // Round 2 scores before round 1 are refused; round 1 for the chuyên viên position only.
        assertThat(body(as("hoidong").postJson("/api/recruitment/rounds/" + code + "/scores",
                "{\"stage\": \"VONG_2\", \"scores\": [{\"applicationNumber\": \"" + hoa + "\", \"score\": 70}]}"), 400)
                .path("fields").get(0).path("field").asText()).isEqualTo("stage");
        assertThat(body(as("hoidong").postJson("/api/recruitment/rounds/" + code + "/scores",
                "{\"stage\": \"VONG_1\", \"scores\": [{\"applicationNumber\": \"" + mai
                        + "\", \"correctAnswers\": 61, \"totalQuestions\": 60}]}"), 400).path("fields").get(0)
                .path("field").asText()).isEqualTo("scores[0].correctAnswers");
        JsonNode round1 = body(as("hoidong").postJson("/api/recruitment/rounds/" + code + "/scores",
                "{\"stage\": \"VONG_1\", \"scores\": [{\"applicationNumber\": \"" + mai + "\", \"correctAnswers\": 40, "
                        + "\"totalQuestions\": 60}, {\"applicationNumber\": \"" + lan + "\", \"correctAnswers\": 30, "
                        + "\"totalQuestions\": 60}]}"), 200);
        assertThat(round1.path("stageComplete").asBoolean()).isTrue();
        assertThat(status(code)).isEqualTo("THI_VONG_2");

        // Mai and Lan tie at 68.00; Mai's written score is higher (Decree 170/2025 Art. 10(2)(b)).
        // The council sends the complete sheet twenty times at once: one takes effect, the others are told the
        // stage is complete (409), none fails with a 500.
        String sheet = "{\"stage\": \"VONG_2\", \"scores\": [{\"applicationNumber\": \"" + mai + "\", \"written\": 74, "
                + "\"interview\": 54}, {\"applicationNumber\": \"" + lan + "\", \"written\": 68, \"interview\": 68},"
                + " {\"applicationNumber\": \"" + hoa + "\", \"score\": 70}]}";
        List<HttpResponse<String>> uploads = java.util.stream.IntStream.range(0, 20).parallel()
                .mapToObj(i -> as("hoidong").postJson("/api/recruitment/rounds/" + code + "/scores", sheet)).toList();
        assertThat(uploads).filteredOn(u -> u.statusCode() == 200).hasSize(1);
        assertThat(uploads).filteredOn(u -> u.statusCode() != 200).allSatisfy(u -> {
            assertThat(u.statusCode()).as(u.body()).isEqualTo(409);
            assertThat(u.body()).contains("stage_complete").doesNotContainIgnoringCase("sql");
        });
        JsonNode round2 = json.readTree(uploads.stream().filter(u -> u.statusCode() == 200).findFirst().orElseThrow().body());
        assertThat(round2.path("stageComplete").asBoolean()).isTrue();
        assertThat(status(code)).isEqualTo("PHUC_KHAO");
        assertThat(new HttpTestClient(port).get("/api/recruitment/rounds/" + code + "/results").statusCode())
                .as("not public before publication").isEqualTo(401);

        // Review requests (phúc khảo): paper written exams only, the applicant's own citizen ID, once.
        String reviews = "/api/recruitment/applications/%s/review-requests";
        assertThat(body(citizen.postJson(reviews.formatted(lan), "{\"citizenId\": \"12345\"}"), 400)
                .path("fields").get(0).path("field").asText()).isEqualTo("citizenId");
        assertThat(citizen.postJson(reviews.formatted(lan), "{\"citizenId\": \"001200000001\"}").statusCode())
                .as("someone else's citizen ID").isEqualTo(404);
        assertThat(body(citizen.postJson(reviews.formatted(hoa), "{\"citizenId\": \"001200000004\"}"), 409)
                .path("error").asText()).as("an oral exam").isEqualTo("review_not_available");
        JsonNode filed = body(citizen.postJson(reviews.formatted(lan),
                "{\"citizenId\": \"001200000002\", \"reason\": \"Đề nghị chấm lại\"}"), 201);
        assertThat(filed.path("status").asText()).isEqualTo("DA_NOP_DON_PHUC_KHAO");
        assertThat(body(citizen.postJson(reviews.formatted(lan), "{\"citizenId\": \"001200000002\"}"), 409)
                .path("error").asText()).isEqualTo("review_already_requested");
        assertThat(body(as("hoidong").postJson("/api/recruitment/rounds/" + code + "/scores", "{\"stage\": \"PHUC_KHAO\", "
                + "\"scores\": [{\"applicationNumber\": \"" + lan + "\", \"marker1\": 68, \"marker2\": 68}]}"), 400)
                .path("fields").get(0).path("rule").asText()).as("the window is still open").isEqualTo("order");

        fireTimer(instance);
        assertThat(body(citizen.postJson(reviews.formatted(mai), "{\"citizenId\": \"001200000001\"}"), 409)
                .path("error").asText()).as("late").isEqualTo("review_window_closed");
        assertThat(status(code)).as("re-marking").isEqualTo("PHUC_KHAO");
        assertThat(body(as("hoidong").postJson("/api/recruitment/rounds/" + code + "/scores", "{\"stage\": \"PHUC_KHAO\", "
                + "\"scores\": [{\"applicationNumber\": \"" + mai + "\", \"marker1\": 80, \"marker2\": 80}]}"), 400)
                .path("fields").get(0).path("rule").asText()).as("no request").isEqualTo("candidate");
        // Re-marked as published: adopted without the council, the ranking stands.
        JsonNode remarked = body(as("hoidong").postMultipart("/api/recruitment/rounds/" + code + "/scores",
                Map.of("stage", "PHUC_KHAO"), Map.of("file", Spreadsheets.xlsx("Phúc khảo", java.util.List.of(
                        java.util.List.of("applicationNumber", "marker1", "marker2"), java.util.List.of(lan, 68, 68))))), 200);
        assertThat(remarked.path("stageComplete").asBoolean()).isTrue();
        assertThat(status(code)).isEqualTo("CHO_DUYET_KET_QUA");
        assertThat(body(citizen.get("/api/recruitment/applications/" + lan + "?citizenId=001200000002"), 200)
                .path("history").findValuesAsText("status")).contains("DA_NOP_DON_PHUC_KHAO", "CO_KET_QUA_PHUC_KHAO");
        completeTask("lanhdao", instance, "approveResults", "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}}");
        assertThat(status(code)).as("published only once the decision is signed").isNotEqualTo("DA_CONG_BO_KET_QUA");
        PendingSteps.signPendingDocuments(processEngine, instance);
        assertThat(status(code)).isEqualTo("DA_CONG_BO_KET_QUA");

        JsonNode results = body(new HttpTestClient(port).get("/api/recruitment/rounds/" + code + "/results"), 200);
        JsonNode pc = results.path("positions").get(0);
        assertThat(pc.path("code").asText()).isEqualTo("PC");
        assertThat(pc.path("candidates").get(0).path("applicationNumber").asText()).isEqualTo(mai);
        assertThat(pc.path("candidates").get(0).path("outcome").asText()).isEqualTo("TRUNG_TUYEN");
        assertThat(pc.path("candidates").get(0).path("totalScore").decimalValue()).isEqualByComparingTo("68.00");
        assertThat(pc.path("candidates").get(0).path("round1Correct").asInt()).isEqualTo(40);
        assertThat(pc.path("candidates").get(1).path("applicationNumber").asText()).isEqualTo(lan);
        assertThat(pc.path("candidates").get(1).path("outcome").asText()).isEqualTo("KHONG_TRUNG_TUYEN");
        assertThat(pc.path("candidates").get(1).path("rank").asInt()).isEqualTo(2);
        assertThat(pc.path("candidates").get(2).path("outcome").asText()).isEqualTo("KHONG_DU_DIEU_KIEN");
        // The lists to post on the portal.
        HttpResponse<String> eligibleCsv = as("chuyenvien").get("/api/recruitment/rounds/" + code + "/eligible-list.csv");
        assertThat(eligibleCsv.body()).startsWith("\uFEFF\"Số Phiếu\",\"Họ và tên\"").contains(young, "Không đủ điều kiện", "Chuyên viên pháp chế (mã PC)");
        // The lists show words; the JSON keeps the codes and adds the words.
        assertThat(citizen.get("/api/recruitment/rounds/" + code + "/results.csv").body()).contains(mai, "Trúng tuyển",
                        "Chuyên viên pháp chế (mã PC)")
                .doesNotContain("TRUNG_TUYEN");
        assertThat(pc.path("candidates").get(2).path("outcomeLabel").asText()).isEqualTo("Không đủ điều kiện dự tuyển");
        assertThat(as("chuyenvien").getBytes("/api/recruitment/rounds/" + code + "/notice.xlsx")).startsWith((byte) 'P', (byte) 'K');
        assertThat(citizen.get("/api/recruitment/rounds/" + code + "/eligible-list.csv").statusCode()).isEqualTo(401);
        assertThat(as("thietke").get("/api/recruitment/rounds/" + code + "/eligible-list.csv").statusCode())
                .as("names and dates of birth only for those who work the round").isEqualTo(403);
        assertThat(as("hoidongth").get("/api/recruitment/rounds/" + code + "/eligible-list.xlsx").statusCode()).isEqualTo(403);
        assertThat(as("lanhdao").get("/api/recruitment/rounds/" + code + "/eligible-list.csv").statusCode()).isEqualTo(200);
        JsonNode vt = results.path("positions").get(1);
        assertThat(vt.path("candidates").get(0).path("applicationNumber").asText()).isEqualTo(hoa);
        assertThat(vt.path("candidates").get(0).path("outcome").asText()).isEqualTo("TRUNG_TUYEN");
    }

    @Test
    void aReturnedPlanAbsentAndFailedCandidatesAndATieTheHeadDecides() throws IOException {
        String code = "TD-" + UUID.randomUUID().toString().substring(0, 8);
        String instance = body(as("chuyenvien").postJson("/api/recruitment/rounds",
                roundJson(code, today.plusDays(30), "VAN_DAP")), 201).path("processInstanceId").asText();

        // The head returns the plan with a comment; the official revises it; the head approves.
        JsonNode refused = body(as("lanhdao").postJson("/engine-rest/task/" + taskId("lanhdao", instance, "approvePlan")
                + "/complete", "{\"variables\": {\"approved\": {\"value\": false, \"type\": \"Boolean\"}}}"), 400);
        assertThat(refused.path("message").asText()).contains("comment");
        completeTask("lanhdao", instance, "approvePlan", "{\"approved\": {\"value\": false, \"type\": \"Boolean\"},"
                + " \"comment\": {\"value\": \"Bổ sung tiêu chuẩn vị trí\", \"type\": \"String\"}}");
        assertThat(status(code)).isEqualTo("CHO_DUYET_KE_HOACH");
        completeTask("chuyenvien", instance, "revisePlan", "{\"revisionNote\": {\"value\": \"Đã bổ sung\", \"type\": \"String\"}}");
        completeTask("lanhdao", instance, "approvePlan", "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}}");

        HttpTestClient citizen = new HttpTestClient(port);
        String[] pc = new String[4];
        for (int i = 0; i < 4; i++) {
            pc[i] = Applicants.apply(citizen, jdbc, code,
                    application("Thí sinh " + i, "00130000001" + i, "1996-02-0" + (i + 1), "PC", "Luật"));
        }
        fireTimer(instance);
        // The council returns the list once; the official reviews it.
        completeTask("hoidong", instance, "approveEligibleList", "{\"approved\": {\"value\": false, \"type\": \"Boolean\"},"
                + " \"comment\": {\"value\": \"Kiểm tra lại văn bằng\", \"type\": \"String\"}}");
        completeTask("chuyenvien", instance, "reviewEligibility", "{\"reviewNote\": {\"value\": \"Đã kiểm tra\", \"type\": \"String\"}}");
        completeTask("hoidong", instance, "approveEligibleList", "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}}");

        // Round 1: 0 absent, 1 fails (29/60), 2 and 3 pass. VT has nobody: round 2 waits only for PC.
        body(as("hoidong").postJson("/api/recruitment/rounds/" + code + "/scores", "{\"stage\": \"VONG_1\", \"scores\": ["
                + "{\"applicationNumber\": \"" + pc[0] + "\", \"absent\": true},"
                + "{\"applicationNumber\": \"" + pc[1] + "\", \"correctAnswers\": 29, \"totalQuestions\": 60},"
                + "{\"applicationNumber\": \"" + pc[2] + "\", \"correctAnswers\": 45, \"totalQuestions\": 60},"
                + "{\"applicationNumber\": \"" + pc[3] + "\", \"correctAnswers\": 50, \"totalQuestions\": 60}]}"), 200);
        assertThat(body(as("hoidong").postJson("/api/recruitment/rounds/" + code + "/scores", "{\"stage\": \"VONG_2\", "
                + "\"scores\": [{\"applicationNumber\": \"" + pc[1] + "\", \"written\": 90, \"interview\": 90}]}"), 400)
                .path("fields").get(0).path("rule").asText()).as("failed round 1: not a round-2 candidate").isEqualTo("candidate");
        // Identical written and interview scores: still tied after every tie-break.
        body(as("hoidong").postJson("/api/recruitment/rounds/" + code + "/scores", "{\"stage\": \"VONG_2\", \"scores\": ["
                + "{\"applicationNumber\": \"" + pc[2] + "\", \"written\": 70, \"interview\": 60},"
                + "{\"applicationNumber\": \"" + pc[3] + "\", \"written\": 70, \"interview\": 60}]}"), 200);
        fireTimer(instance);

        JsonNode tie = body(as("lanhdao").get("/engine-rest/task?processInstanceId=" + instance
                + "&taskDefinitionKey=decideTie"), 200);
        assertThat(tie.size()).isEqualTo(1);
        completeTask("lanhdao", instance, "decideTie",
                "{\"selectedApplications\": {\"value\": \"" + pc[3] + "\", \"type\": \"String\"}}");
        completeTask("lanhdao", instance, "approveResults", "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}}");
        PendingSteps.signPendingDocuments(processEngine, instance);

        JsonNode candidates = body(citizen.get("/api/recruitment/rounds/" + code + "/results"), 200)
                .path("positions").get(0).path("candidates");
        java.util.Map<String, String> outcomes = new java.util.HashMap<>();
        candidates.forEach(c -> outcomes.put(c.path("applicationNumber").asText(), c.path("outcome").asText()));
        assertThat(outcomes).containsEntry(pc[0], "VANG_THI").containsEntry(pc[1], "KHONG_TRUNG_TUYEN")
                .containsEntry(pc[2], "KHONG_TRUNG_TUYEN").containsEntry(pc[3], "TRUNG_TUYEN");
    }

    @Test
    void aSharedPositionGivesEachWinnerTheFirstAgencyOfTheirChoiceWithAPlaceLeftAndTheHeadBreaksAnAgencyTie()
            throws IOException {
        String code = "TD-" + UUID.randomUUID().toString().substring(0, 8);
        String plan = """
                {"code": "%s", "title": "Tuyển dụng nhân viên chung", "agency": "Sở Nội vụ", "method": "THI_TUYEN",
                 "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "NV", "title": "Nhân viên hành chính", "rank": "NHAN_VIEN", "quota": 4,
                   "minDegree": "TRUNG_CAP", "round2Format": "VAN_DAP",
                   "agencies": [{"code": "SO-NV", "quota": 1}, {"code": "SO-TC", "quota": 3}]}]}
                """.formatted(code, today, today.plusDays(30));
        assertThat(body(as("chuyenvien").postJson("/api/recruitment/rounds", plan.replace("\"quota\": 4", "\"quota\": 5")), 400)
                .path("fields").get(0).path("field").asText()).isEqualTo("positions[0].agencies");
        String instance = body(as("chuyenvien").postJson("/api/recruitment/rounds", plan), 201).path("processInstanceId").asText();
        // Each agency's part of the quota, so a plan page can send the plan back whole.
        assertThat(body(as("chuyenvien").get("/api/recruitment/rounds/" + code), 200).path("positions").get(0)
                .path("agencyQuotas").toString()).isEqualTo("[{\"code\":\"SO-NV\",\"quota\":1},{\"code\":\"SO-TC\",\"quota\":3}]");
        completeTask("lanhdao", instance, "approvePlan", "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}}");

        // 90 wants SO-TC; the two 80s both want SO-NV's single place (a tie for the head); 70 wants only SO-NV.
        HttpTestClient citizen = new HttpTestClient(port);
        String[][] candidates = {{"90", "\"SO-TC\""}, {"80", "\"SO-NV\", \"SO-TC\""}, {"80", "\"SO-NV\", \"SO-TC\""},
                {"70", "\"SO-NV\""}, {"60", "\"SO-TC\""}};
        String[] numbers = new String[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            String form = application("Ứng viên " + i, "00140000000" + i, "1990-03-0" + (i + 1), "NV", "Hành chính")
                    .replace("\"priorityCategories\": []", "\"priorityCategories\": [], \"agencyPreferences\": ["
                            + candidates[i][1] + "]");
            numbers[i] = Applicants.apply(citizen, jdbc, code, form);
        }
        assertThat(body(citizen.postJson("/api/recruitment/rounds/" + code + "/applications",
                application("Ứng viên khác", "001400000009", "1990-03-09", "NV", "Hành chính")
                        .replace("\"priorityCategories\": []", "\"priorityCategories\": [], \"agencyPreferences\": [\"SO-XX\"]")), 400)
                .path("fields").get(0).path("field").asText()).isEqualTo("agencyPreferences[0]");
        fireTimer(instance);
        completeTask("hoidong", instance, "approveEligibleList", "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}}");
        // The council uploads its spreadsheet; a file that is not one is refused.
        assertThat(body(as("hoidong").postMultipart("/api/recruitment/rounds/" + code + "/scores",
                java.util.Map.of("stage", "VONG_2"), java.util.Map.of("file", "không phải xlsx".getBytes())), 400)
                .path("fields").get(0).path("field").asText()).isEqualTo("file");
        java.util.List<java.util.List<Object>> sheet = new java.util.ArrayList<>();
        sheet.add(java.util.List.of("applicationNumber", "score"));
        for (int i = 0; i < candidates.length; i++) {
            sheet.add(java.util.List.of(numbers[i], Integer.parseInt(candidates[i][0])));
        }
        // A header without applicationNumber is refused naming the file's rule.
        assertThat(body(as("hoidong").postMultipart("/api/recruitment/rounds/" + code + "/scores",
                Map.of("stage", "VONG_2"), Map.of("file", Spreadsheets.xlsx("Điểm", java.util.List.of(
                        java.util.List.of("soPhieu", "score"), java.util.List.of(numbers[0], 50))))), 400)
                .path("fields").get(0).path("rule").asText()).isEqualTo("header");
        JsonNode imported = body(as("hoidong").postMultipart("/api/recruitment/rounds/" + code + "/scores",
                Map.of("stage", "VONG_2"), Map.of("file", Spreadsheets.xlsx("Điểm vòng 2", sheet))), 200);
        assertThat(imported.path("stored").asInt()).isEqualTo(5);
        assertThat(status(code)).as("oral exam: no review window").isEqualTo("CHO_DUYET_KET_QUA");

        // Both 80s are winners of the position; SO-NV's place waits for the head, and so does everyone below.
        Map<String, JsonNode> pending = byNumber(body(as("chuyenvien").get("/api/recruitment/rounds/" + code + "/results"), 200));
        assertThat(pending.get(numbers[0]).path("agency").asText()).isEqualTo("SO-TC");
        assertThat(pending.get(numbers[1]).path("outcome").asText()).isEqualTo("CHO_QUYET_DINH");
        assertThat(pending.get(numbers[2]).path("agency").asText()).isEqualTo("SO-NV");
        assertThat(pending.get(numbers[3]).path("agency").isNull()).isTrue();
        JsonNode tie = body(as("lanhdao").get("/engine-rest/task?processInstanceId=" + instance
                + "&taskDefinitionKey=decideTie"), 200);
        assertThat(tie.size()).isEqualTo(1);
        String tieSummary = body(as("lanhdao").get("/engine-rest/task/" + tie.get(0).path("id").asText()
                + "/variables/tieSummary"), 200).path("value").asText();
        assertThat(tieSummary).contains("cơ quan SO-NV").contains("còn 1 chỉ tiêu").contains(numbers[1]).contains(numbers[2]);
        JsonNode wrongCount = body(as("lanhdao").postJson("/engine-rest/task/" + tie.get(0).path("id").asText() + "/complete",
                "{\"variables\": {\"selectedApplications\": {\"value\": \"" + numbers[1] + "," + numbers[2]
                        + "\", \"type\": \"String\"}}}"), 400);
        assertThat(wrongCount.path("message").asText()).contains("selectedApplications").contains("đúng 1");
        assertThat(body(as("lanhdao").postJson("/engine-rest/task/" + tie.get(0).path("id").asText() + "/complete",
                "{\"variables\": {\"selectedApplications\": {\"value\": \"" + numbers[4]
                        + "\", \"type\": \"String\"}}}"), 400).path("message").asText()).contains(numbers[4]);
        completeTask("lanhdao", instance, "decideTie",
                "{\"selectedApplications\": {\"value\": \"" + numbers[2] + "\", \"type\": \"String\"}}");

        // The head returns the results once; the council reviews them and the round is ranked again: the decision stays.
        completeTask("lanhdao", instance, "approveResults", "{\"approved\": {\"value\": false, \"type\": \"Boolean\"},"
                + " \"comment\": {\"value\": \"Rà soát lại phân bổ cơ quan\", \"type\": \"String\"}}");
        completeTask("hoidong", instance, "reviewResults", "{\"reviewNote\": {\"value\": \"Đúng quy định\", \"type\": \"String\"}}");
        assertThat(body(as("lanhdao").get("/engine-rest/task?processInstanceId=" + instance
                + "&taskDefinitionKey=decideTie"), 200).size()).as("decided once").isZero();
        completeTask("lanhdao", instance, "approveResults", "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}}");
        PendingSteps.signPendingDocuments(processEngine, instance);

        JsonNode published = body(citizen.get("/api/recruitment/rounds/" + code + "/results"), 200);
        Map<String, JsonNode> results = byNumber(published);
        assertThat(results.get(numbers[0]).path("agency").asText()).isEqualTo("SO-TC");
        assertThat(results.get(numbers[2]).path("agency").asText()).as("the head's choice").isEqualTo("SO-NV");
        assertThat(results.get(numbers[1]).path("agency").asText()).as("next preference").isEqualTo("SO-TC");
        assertThat(results.get(numbers[3]).path("agency").asText()).as("SO-NV is full: a place left").isEqualTo("SO-TC");
        for (int i = 0; i < 4; i++) {
            assertThat(results.get(numbers[i]).path("outcome").asText()).isEqualTo("TRUNG_TUYEN");
        }
        assertThat(results.get(numbers[4]).path("outcome").asText()).isEqualTo("KHONG_TRUNG_TUYEN");
        assertThat(results.get(numbers[4]).path("agency").isNull()).isTrue();
        assertThat(published.path("positions").get(0).path("candidates").get(0).path("applicationNumber").asText())
                .isEqualTo(numbers[0]);
    }

    private static Map<String, JsonNode> byNumber(JsonNode results) {
        Map<String, JsonNode> candidates = new java.util.HashMap<>();
        results.path("positions").get(0).path("candidates")
                .forEach(c -> candidates.put(c.path("applicationNumber").asText(), c));
        return candidates;
    }

    private String taskId(String user, String processInstanceId, String taskKey) throws IOException {
        return body(as(user).get("/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey="
                + taskKey), 200).get(0).path("id").asText();
    }
}
