package vn.noivu.bpm.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;

/** The public calendar endpoints as applicants and integrating systems call them. */
@PostgresIntegrationTest
class CalendarApiTest {

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode get(String path, int expectedStatus) throws IOException {
        HttpResponse<String> response = new HttpTestClient(port).get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    @Test
    void aDeadlineInWorkingDaysSkipsTet2026WithoutLoggingIn() throws IOException {
        JsonNode answer = get("/api/calendar/deadline?from=2026-02-13&days=5&unit=WORKING_DAYS", 200);

        assertThat(answer.path("from").asText()).isEqualTo("2026-02-13");
        assertThat(answer.path("days").asInt()).isEqualTo(5);
        assertThat(answer.path("unit").asText()).isEqualTo("WORKING_DAYS");
        assertThat(answer.path("deadline").asText()).isEqualTo("2026-02-27");
    }

    @Test
    void aPeriodInCalendarDaysEndingOnADayOffMovesToTheNextWorkingDay() throws IOException {
        // 30 days from 05/06/2026 end on Sunday 05/07/2026: the period ends on Monday 06/07/2026.
        JsonNode answer = get("/api/calendar/deadline?from=2026-06-05&days=30&unit=CALENDAR_DAYS", 200);
        assertThat(answer.path("deadline").asText()).isEqualTo("2026-07-06");
    }

    @Test
    void theDaysOffOfAYearHaveTheirNames() throws IOException {
        JsonNode year = get("/api/calendar/days-off?year=2026", 200);

        assertThat(year.path("year").asInt()).isEqualTo(2026);
        assertThat(year.path("daysOff").toString()).contains("\"date\":\"2026-02-17\"", "Tết Nguyên đán", "\"date\":\"2026-09-02\"");
    }

    @Test
    void anUnconfiguredYearIs404AndTheAdministratorIsToldWhatToAdd() throws IOException {
        JsonNode error = get("/api/calendar/days-off?year=2031", 404);
        assertThat(error.path("error").asText()).isEqualTo("calendar_year_not_configured");
        assertThat(error.path("message").asText()).contains("2031", "config/holidays/2031.yaml");

        JsonNode deadline = get("/api/calendar/deadline?from=2031-01-05&days=5&unit=WORKING_DAYS", 404);
        assertThat(deadline.path("error").asText()).isEqualTo("calendar_year_not_configured");
    }

    @Test
    void malformedParametersAre400NamingTheParameterAndTheRule() throws IOException {
        assertField(get("/api/calendar/deadline?days=5&unit=WORKING_DAYS", 400), "from", "required");
        assertField(get("/api/calendar/deadline?from=13/02/2026&days=5&unit=WORKING_DAYS", 400), "from", "format");
        assertField(get("/api/calendar/deadline?from=2026-02-13&days=nam&unit=WORKING_DAYS", 400), "days", "format");
        assertField(get("/api/calendar/deadline?from=2026-02-13&days=0&unit=WORKING_DAYS", 400), "days", "range");
        assertField(get("/api/calendar/deadline?from=2026-02-13&days=5&unit=WEEKS", 400), "unit", "oneOf");
        assertField(get("/api/calendar/deadline?from=2026-02-13&days=5", 400), "unit", "required");
        assertField(get("/api/calendar/days-off?year=26", 400), "year", "format");
    }

    @Test
    void onlyAdministratorsReloadTheHolidayFiles() throws IOException {
        HttpResponse<String> official = new HttpTestClient(port).as("chuyenvien", "chuyenvien")
                .postJson("/api/calendar/reload", "{}");
        assertThat(official.statusCode()).isEqualTo(403);

        HttpResponse<String> admin = new HttpTestClient(port).as("admin", "admin").postJson("/api/calendar/reload", "{}");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(json.readTree(admin.body()).path("years").toString()).contains("2025", "2026", "2027");
    }

    @Test
    void anAdministratorAddsAYearAndABrokenFileIsRefusedWhileTheCalendarStays() throws IOException {
        Path dir = Path.of("target", "test-holidays");
        Files.createDirectories(dir);
        HttpTestClient admin = new HttpTestClient(port).as("admin", "admin");
        try {
            Files.writeString(dir.resolve("2033.yaml"), """
                    year: 2033
                    confirmed: false
                    source: "Thử nghiệm"
                    daysOff:
                      - date: 2033-01-03
                        name: Nghỉ bù Tết Dương lịch
                        kind: COMPENSATORY
                    """);
            assertThat(admin.postJson("/api/calendar/reload", "{}").body()).contains("2033");
            assertThat(get("/api/calendar/deadline?from=2032-12-30&days=1&unit=WORKING_DAYS", 404).path("message")
                    .asText()).as("2032 is still missing").contains("2032");
            assertThat(get("/api/calendar/deadline?from=2033-01-01&days=1&unit=WORKING_DAYS", 200)
                    .path("deadline").asText()).isEqualTo("2033-01-04");

            Files.writeString(dir.resolve("2034.yaml"), "year: 2034\ndaysOff:\n  - date: 2034-13-01\n");
            HttpResponse<String> broken = admin.postJson("/api/calendar/reload", "{}");
            assertThat(broken.statusCode()).isEqualTo(400);
            assertThat(json.readTree(broken.body()).path("error").asText()).isEqualTo("holiday_file_invalid");
            assertThat(json.readTree(broken.body()).path("message").asText()).contains("2034.yaml (line 3)");
            assertThat(get("/api/calendar/deadline?from=2033-01-01&days=1&unit=WORKING_DAYS", 200)
                    .path("deadline").asText()).as("the calendar loaded before stays").isEqualTo("2033-01-04");
        } finally {
            Files.deleteIfExists(dir.resolve("2033.yaml"));
            Files.deleteIfExists(dir.resolve("2034.yaml"));
            admin.postJson("/api/calendar/reload", "{}");
        }
    }

    private static void assertField(JsonNode error, String field, String rule) {
        assertThat(error.path("error").asText()).isEqualTo("validation_failed");
        assertThat(error.path("fields").get(0).path("field").asText()).isEqualTo(field);
        assertThat(error.path("fields").get(0).path("rule").asText()).isEqualTo(rule);
        assertThat(error.path("message").asText()).isNotBlank();
    }
}
