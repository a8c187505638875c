package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * Input that once produced a 500 (or was stored as garbage) is refused with a 4xx in the project's error body,
 * naming the field and the rule, and nothing is kept.
 */
@PostgresIntegrationTest
class BadInputTest {

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private String plan(String code, String noticeDate, String quota, String agencyCode, String title) {
        return """
                {"code": "%s", "title": "%s", "agency": "Sở Nội vụ", "method": "THI_TUYEN",
                 "noticeDate": "%s", "applicationDeadline": "2099-12-31",
                 "positions": [{"code": "PC", "title": "Pháp chế", "rank": "CHUYEN_VIEN", "quota": %s,
                   "minDegree": "DAI_HOC", "majors": ["Luật"], "round2Format": "VIET_PHONG_VAN",
                   "agencies": [{"code": "%s", "quota": 1}]}]}""".formatted(code, title, noticeDate, quota, agencyCode);
    }

    private JsonNode refused(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("error").asText()).isNotBlank();
        assertThat(body.path("message").asText()).isNotBlank().doesNotContainIgnoringCase("exception");
        return body;
    }

    private JsonNode field(String body) throws IOException {
        String code = "BI-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode refusal = refused(as("chuyenvien").postJson("/api/recruitment/rounds", body.replace("CODE", code)), 400);
        assertThat(as("chuyenvien").get("/api/recruitment/rounds/" + code).statusCode()).as("nothing kept").isEqualTo(404);
        return refusal.path("fields").get(0);
    }

    @Test
    void stringsDatesAndNumbersAreBoundedBeforeTheDatabase() throws IOException {
        JsonNode longAgency = field(plan("CODE", "2099-01-01", "1", "A".repeat(256), "Kế hoạch"));
        assertThat(longAgency.path("field").asText()).isEqualTo("positions[0].agencies[0].code");
        assertThat(longAgency.path("rule").asText()).isEqualTo("size");

        for (String date : new String[] {"-999999999-01-01", "+999999999-12-31", "1899-12-31", "2101-01-01"}) {
            JsonNode farDate = field(plan("CODE", date, "1", "A", "Kế hoạch"));
            assertThat(farDate.path("field").asText()).as(date).isEqualTo("noticeDate");
            assertThat(farDate.path("rule").asText()).as(date).isEqualTo("range");
        }

        JsonNode fraction = field(plan("CODE", "2099-01-01", "1.5", "A", "Kế hoạch"));
        assertThat(fraction.path("field").asText()).isEqualTo("positions[0].quota");
        assertThat(fraction.path("rule").asText()).isEqualTo("integer");

        for (String title : new String[] {"Kế\\u0000hoạch", "Kế hoạch \\ud800", "\\udc00", "a\\u0007b"}) {
            JsonNode garbage = field(plan("CODE", "2099-01-01", "1", "A", title));
            assertThat(garbage.path("field").asText()).as(title).isEqualTo("title");
            assertThat(garbage.path("rule").asText()).as(title).isEqualTo("characters");
        }
        assertThat(field(plan("CODE", "2099-01-01", "1", "A", "x".repeat(10_001))).path("rule").asText())
                .isEqualTo("size");
    }

    @Test
    void queryDatesAreBoundedToo() throws IOException {
        JsonNode far = refused(new HttpTestClient(port).get("/api/calendar/deadline?from=+999999999-12-31&days=5"
                + "&unit=WORKING_DAYS"), 400);
        assertThat(far.path("fields").get(0).path("field").asText()).isEqualTo("from");
        refused(as("lanhdao").get("/api/reports/on-time?from=-999999999-01-01&to=2026-01-01"), 400);
    }

    @Test
    void brokenRequestsAreRefusedInTheErrorFormat() throws IOException {
        String scores = "/api/recruitment/rounds/KHONG-CO/scores";
        refused(as("hoidong").post(scores, "multipart/form-data", "--x\r\n".getBytes(StandardCharsets.UTF_8)), 400);
        refused(as("hoidong").post(scores, "multipart/form-data; boundary=abc",
                "--abc\r\nContent-Disposition: form-data; name=\"stage\"\r\n\r\nVONG_2".getBytes(StandardCharsets.UTF_8)), 400);
        refused(as("chuyenvien").post("/api/recruitment/rounds", "*/*", "{}".getBytes(StandardCharsets.UTF_8)), 415);
        refused(as("chuyenvien").post("/api/recruitment/rounds", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)), 415);
        refused(as("chuyenvien").post("/api/recruitment/rounds", null, "{}".getBytes(StandardCharsets.UTF_8)), 415);
    }

    @Test
    void anUploadOverTheLimitIs413AndARealisticRegisterFits() throws IOException {
        byte[] huge = new byte[51 * 1024 * 1024];
        JsonNode tooLarge = refused(as("chuyenvien").postMultipart("/api/personnel/import", java.util.Map.of(),
                java.util.Map.of("file", huge), "cbccvc.csv"), 413);
        assertThat(tooLarge.path("error").asText()).isEqualTo("payload_too_large");
        // 2 MB (over the old 1 MB default) of register rows is read, not refused for its size.
        StringBuilder csv = new StringBuilder("citizenId;fullName;gender;dateOfBirth;staffType;unitCode;rankCode;rankSince\n");
        while (csv.length() < 2 * 1024 * 1024) {
            csv.append("00120000000;Tên;NAM;1985-01-01;CONG_CHUC;SNV;01.003;2015-01-01\n");
        }
        HttpResponse<String> big = as("chuyenvien").postMultipart("/api/personnel/import", java.util.Map.of(),
                java.util.Map.of("file", csv.toString().getBytes(StandardCharsets.UTF_8)), "cbccvc.csv");
        assertThat(big.statusCode()).as("the 11-digit IDs are refused row by row, not the file by its size").isEqualTo(400);
        assertThat(big.body()).doesNotContain("payload_too_large");
    }

    @Test
    void anEngineUserIdOutsideTheRuleIs400() {
        HttpResponse<String> response = as("admin").postJson("/engine-rest/user/create",
                "{\"profile\": {\"id\": \"co-gach-noi\", \"firstName\": \"A\", \"lastName\": \"B\", \"email\": \"a@b.vn\"},"
                        + " \"credentials\": {\"password\": \"mat-khau-dai-du\"}}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("co-gach-noi");
    }
}
