package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.calendar.Deadlines;

/**
 * A round that accepts applications (planned by the official, approved by the head through the REST API), and the
 * public site's forms sent as a browser sends them: the token of the page's form, its cookie, the fields.
 */
final class PublicRounds {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private PublicRounds() {
    }

    record Round(String code, String instance, String title) {
    }

    /**
     * A round with one written-exam position shared by two agencies ("PC", chuyên viên chính, university degree in
     * law, quota 2), accepting applications from today for 30 days.
     */
    static Round open(int port, ProcessEngine engine, String prefix) throws IOException {
        LocalDate today = LocalDate.now(Deadlines.ZONE);
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String title = "Tuyển dụng công chức Sở Nội vụ " + code;
        HttpResponse<String> created = new HttpTestClient(port).as("chuyenvien", "chuyenvien").postJson(
                "/api/recruitment/rounds", """
                {"code": "%s", "title": "%s", "agency": "Sở Nội vụ", "method": "THI_TUYEN",
                 "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "PC", "title": "Chuyên viên chính pháp chế", "rank": "CHUYEN_VIEN_CHINH",
                                "quota": 2, "minDegree": "DAI_HOC", "majors": ["Luật"], "round2Format": "VIET",
                                "agencies": [{"code": "SO-NOI-VU", "quota": 1}, {"code": "SO-TU-PHAP", "quota": 1}]}]}
                """.formatted(code, title, today, today.plusDays(30)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String instance = JSON.readTree(created.body()).path("processInstanceId").asText();
        complete(port, engine, instance, "approvePlan", "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}}");
        return new Round(code, instance, title);
    }

    static void complete(int port, ProcessEngine engine, String instance, String taskKey, String variables) {
        PendingSteps.run(engine, instance);
        String user = taskKey.equals("approveEligibleList") ? "hoidong" : "lanhdao";
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
                .singleResult().getId();
        HttpResponse<String> done = new HttpTestClient(port).as(user, user)
                .postJson("/engine-rest/task/" + taskId + "/complete", "{\"variables\": " + variables + "}");
        assertThat(done.statusCode()).as(taskKey + " " + done.body()).isEqualTo(204);
        PendingSteps.run(engine, instance);
    }

    /** The application window closes (its timer fires) and the council approves the eligible list. */
    static void closeWindowAndApproveEligibleList(int port, ProcessEngine engine, String instance) {
        var management = engine.getManagementService();
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
        PendingSteps.run(engine, instance);
        complete(port, engine, instance, "approveEligibleList", "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}}");
    }

    /** The form token the page at {@code path} gave this client (its cookie holds the same value). */
    static String token(HttpTestClient client, String path) {
        HttpResponse<String> page = client.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        Matcher m = TOKEN.matcher(page.body());
        assertThat(m.find()).as("a form with its token on " + path).isTrue();
        return m.group(1);
    }

    /** A form sent with the given fields (a field may repeat), as application/x-www-form-urlencoded. */
    static HttpResponse<String> post(HttpTestClient client, String path, List<Map.Entry<String, String>> fields) {
        return client.postForm(path, fields.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A complete, valid Phiếu for the round's position PC, with the token; tests change one field at a time. */
    static java.util.LinkedHashMap<String, String> application(String token, String citizenId, String email) {
        java.util.LinkedHashMap<String, String> form = new java.util.LinkedHashMap<>();
        form.put("_csrf", token);
        form.put("website", "");
        form.put("positionCode", "PC");
        form.put("agency-PC-1", "SO-TU-PHAP");
        form.put("agency-PC-2", "SO-NOI-VU");
        form.put("fullName", "Nguyễn Thị Lan");
        form.put("dateOfBirth", "15/04/1995");
        form.put("gender", "NU");
        form.put("citizenId", citizenId);
        form.put("email", email);
        form.put("phone", "0912345678");
        form.put("degreeLevel", "DAI_HOC");
        form.put("degreeMajor", "Luật");
        return form;
    }

    static List<Map.Entry<String, String>> fields(Map<String, String> form, String... extra) {
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>(form.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        for (int i = 0; i + 1 < extra.length; i += 2) {
            fields.add(Map.entry(extra[i], extra[i + 1]));
        }
        return fields;
    }

    static long applications(JdbcTemplate jdbc, String roundCode) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM recruitment_application a JOIN recruitment_round r "
                + "ON r.id = a.round_id WHERE r.code = ?", Long.class, roundCode);
    }

    /** The counters of the public site's forms and lookups from this machine start empty. */
    static void resetRateLimits(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM rate_limit WHERE bucket LIKE 'form-client:%' OR bucket LIKE 'lookup-%'");
    }
}
