package vn.noivu.bpm.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.personnel.AwardVocabulary.Kind;
import vn.noivu.bpm.personnel.AwardVocabulary.Source;
import vn.noivu.bpm.personnel.AwardVocabulary.Title;

/**
 * The award register on PostgreSQL: awards entered through the API and recorded as the commendation procedure
 * records a decision, the streaks of C5 and C6, duplicates and races, bad input, the list and its CSV, each role.
 */
@PostgresIntegrationTest
class AwardApiTest {

    @LocalServerPort
    int port;
    @Autowired
    PersonnelRepository personnel;
    @Autowired
    AwardRegister register;

    private final ObjectMapper json = new ObjectMapper();
    private final String prefix = "0021" + String.format("%06d", System.nanoTime() % 1_000_000);
    /** A year of its own per run, so the register's list by year shows only this run's awards. */
    private final int year = 1950 + Math.floorMod(System.nanoTime(), 60);
    /** In the names, so this run's rows are told apart from earlier runs' in the same year. */
    private final String run = java.util.UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "x");

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private JsonNode body(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private void registerPeople(String... suffixes) {
        personnel.save(java.util.Arrays.stream(suffixes).map(s -> new Person(prefix + s, "Cán bộ " + s + " " + run, "NU",
                LocalDate.of(1985, 4, 4), "Kinh", false, "CONG_CHUC", "SNV", "Sở Nội vụ", "01.003", "Chuyên viên",
                LocalDate.of(2016, 1, 1), 0, null, Map.of(), null, null)).toList());
    }

    private static String award(String holder, String title, int year, String kind) {
        return """
                {%s, "title": "%s", "year": %d, "kind": "%s", "decisionNumber": "%d/QĐ-UBND",
                 "decisionDate": "%d-12-28", "decider": "Chủ tịch Ủy ban nhân dân tỉnh"}""".formatted(holder, title, year,
                kind, year, year);
    }

    private String person(String suffix) {
        return "\"citizenId\": \"" + prefix + suffix + "\"";
    }

    @Test
    void anOfficialEntersAnAwardAndStaffReadItWithItsWords() throws IOException {
        registerPeople("01");
        JsonNode created = body(as("chuyenvien").postJson("/api/awards",
                award(person("01"), "CHIEN_SI_THI_DUA_CO_SO", 2024, "CONG_TRANG")), 201);
        assertThat(created.path("titleLabel").asText()).isEqualTo("Chiến sĩ thi đua cơ sở");
        assertThat(created.path("levelLabel").asText()).isEqualTo("cấp cơ sở");
        assertThat(created.path("source").asText()).isEqualTo("NHAP_TAY");
        assertThat(created.path("decisionDate").asText()).isEqualTo("2024-12-28");

        for (String reader : List.of("chuyenvien", "lanhdao", "hoidongth")) {
            JsonNode awards = body(as(reader).get("/api/personnel/" + prefix + "01/awards"), 200);
            assertThat(awards.path("fullName").asText()).isEqualTo("Cán bộ 01 " + run);
            assertThat(awards.path("awards").findValuesAsText("titleLabel")).as(reader).containsExactly("Chiến sĩ thi đua cơ sở");
            assertThat(awards.path("awards").get(0).path("kindLabel").asText()).isEqualTo("theo công trạng, thành tích");
        }
        // The personnel register's highest achievement now reads the award.
        assertThat(body(as("lanhdao").get("/api/personnel/" + prefix + "01"), 200).path("achievement").path("level")
                .asText()).isEqualTo("CO_SO");
        assertThat(body(as("chuyenvien").get("/api/personnel/" + prefix + "99/awards"), 404).path("error").asText())
                .isEqualTo("person_not_found");
    }

    @Test
    void aSecondAwardOfTheSameTitleAndYearIsAConflictEvenWhenSentAtOnce() throws IOException {
        registerPeople("11");
        String body = award(person("11"), "BANG_KHEN_TINH", 2025, "CONG_TRANG");
        List<HttpResponse<String>> answers = java.util.stream.IntStream.range(0, 6).parallel()
                .mapToObj(i -> as("chuyenvien").postJson("/api/awards", body)).toList();
        assertThat(answers).filteredOn(a -> a.statusCode() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.statusCode() != 201).allSatisfy(a -> {
            assertThat(a.statusCode()).as(a.body()).isEqualTo(409);
            assertThat(a.body()).doesNotContainIgnoringCase("sql").doesNotContain("uq_award");
        });
        JsonNode again = body(as("chuyenvien").postJson("/api/awards", body), 409);
        assertThat(again.path("error").asText()).isEqualTo("award_exists");
        assertThat(again.path("message").asText()).contains("Cán bộ 11", "Bằng khen", "2025");
        assertThat(register.ofPerson(prefix + "11")).hasSize(1);
        // Another year, or a sudden award of another title, is another award.
        body(as("chuyenvien").postJson("/api/awards", award(person("11"), "BANG_KHEN_TINH", 2024, "CONG_TRANG")), 201);
        assertThat(register.ofPerson(prefix + "11")).hasSize(2);
    }

    @Test
    void badInputIsRefusedNamingTheField() throws IOException {
        registerPeople("21");
        JsonNode unknown = body(as("chuyenvien").postJson("/api/awards",
                award(person("29"), "GIAY_KHEN", 2024, "CONG_TRANG")), 400);
        assertThat(unknown.path("fields").get(0).path("field").asText()).isEqualTo("citizenId");
        assertThat(unknown.path("fields").get(0).path("rule").asText()).isEqualTo("registered");
        assertThat(unknown.path("message").asText()).contains("danh sách cán bộ");

        JsonNode title = body(as("chuyenvien").postJson("/api/awards", award(person("21"), "HUAN_CHUONG", 2024, "CONG_TRANG")), 400);
        assertThat(title.path("fields").get(0).path("field").asText()).isEqualTo("title");
        assertThat(title.path("fields").get(0).path("rule").asText()).isEqualTo("oneOf");
        JsonNode afterTheDecision = body(as("chuyenvien").postJson("/api/awards",
                award(person("21"), "GIAY_KHEN", 2024, "CONG_TRANG").replace("\"2024-12-28\"", "\"2023-12-28\"")), 400);
        assertThat(afterTheDecision.path("fields").get(0).path("field").asText()).isEqualTo("year");
        assertThat(body(as("chuyenvien").postJson("/api/awards", award(person("21"), "GIAY_KHEN", 1944, "CONG_TRANG")), 400)
                .path("fields").get(0).path("field").asText()).isEqualTo("year");
        JsonNode future = body(as("chuyenvien").postJson("/api/awards", award(person("21"), "GIAY_KHEN",
                LocalDate.now().getYear() + 1, "CONG_TRANG")), 400);
        assertThat(future.path("fields").get(0).path("field").asText()).isEqualTo("decisionDate");
        JsonNode flagToAPerson = body(as("chuyenvien").postJson("/api/awards",
                award(person("21"), "CO_THI_DUA_TINH", 2024, "CONG_TRANG")), 400);
        assertThat(flagToAPerson.path("fields").get(0).path("rule").asText()).isEqualTo("holder");
        JsonNode both = body(as("chuyenvien").postJson("/api/awards", award(person("21")
                + ", \"unitCode\": \"SNV\", \"unitName\": \"Sở Nội vụ\"", "GIAY_KHEN", 2024, "CONG_TRANG")), 400);
        assertThat(both.path("fields").get(0).path("rule").asText()).isEqualTo("holder");
        assertThat(body(as("chuyenvien").postJson("/api/awards", award(person("21"), "GIAY_KHEN", 2024, "KHAC")), 400)
                .path("fields").get(0).path("field").asText()).isEqualTo("kind");
        assertThat(register.ofPerson(prefix + "21")).as("nothing recorded").isEmpty();

        JsonNode badFilter = body(as("lanhdao").get("/api/awards?level=HUYEN"), 400);
        assertThat(badFilter.path("fields").get(0).path("field").asText()).isEqualTo("level");
        assertThat(badFilter.path("message").asText()).contains("CO_SO", "TINH_BO", "TOAN_QUOC");
        assertThat(body(as("lanhdao").get("/api/awards?year=hai-nghin"), 400).path("fields").get(0).path("field")
                .asText()).isEqualTo("year");
        assertThat(body(as("lanhdao").get("/api/awards.csv?title=x"), 400).path("fields").get(0).path("field")
                .asText()).isEqualTo("title");
    }

    @Test
    void theStreaksOfC5AndC6OnPostgresql() {
        registerPeople("31", "32");
        Award.Holder c5 = Award.Holder.person(prefix + "31");
        Award.Holder c6 = Award.Holder.person(prefix + "32");
        for (int y : List.of(2023, 2024, 2025)) {
            give(c5, y);
        }
        for (int y : List.of(2022, 2023, 2025)) {
            give(c6, y);
        }
        assertThat(register.streak(c5, Title.CHIEN_SI_THI_DUA_CO_SO, 2025)).as("C5: eligible for CSTĐ tỉnh (P5)").isEqualTo(3);
        assertThat(register.streak(c6, Title.CHIEN_SI_THI_DUA_CO_SO, 2025)).as("C6: streak broken, restarts 2025").isEqualTo(1);
        assertThat(register.streak(c6, Title.CHIEN_SI_THI_DUA_CO_SO, 2023)).isEqualTo(2);
    }

    private void give(Award.Holder holder, int year) {
        register.record(new Award.Decision(year + "/QĐ-SNV", LocalDate.of(year + 1, 1, 15), "Giám đốc Sở Nội vụ"),
                List.of(new Award.Given(holder, Title.CHIEN_SI_THI_DUA_CO_SO, year, Kind.CONG_TRANG)), Source.QUY_TRINH,
                "TDKT-" + year, "system");
    }

    @Test
    void theRegisterListsMaskedCitizenIdsAndItsCsvRunsNoFormula() throws IOException {
        registerPeople("41");
        body(as("chuyenvien").postJson("/api/awards", award(person("41"), "LAO_DONG_TIEN_TIEN", year, "CONG_TRANG")), 201);
        body(as("chuyenvien").postJson("/api/awards", award("\"unitCode\": \"P-" + prefix + "\", \"unitName\": "
                + "\"=HYPERLINK(\\\"http://x\\\")\"", "TAP_THE_LAO_DONG_TIEN_TIEN", year, "CONG_TRANG")), 201);
        body(as("chuyenvien").postJson("/api/awards", award(person("41"), "GIAY_KHEN", year, "DOT_XUAT")), 201);

        HttpResponse<String> listed = as("lanhdao").get("/api/awards?year=" + year + "&level=CO_SO");
        JsonNode list = body(listed, 200);
        assertThat(list.path("total").asInt()).isGreaterThanOrEqualTo(3);
        List<JsonNode> ours = new java.util.ArrayList<>();
        list.path("awards").forEach(a -> {
            if (a.path("fullName").asText().equals("Cán bộ 41 " + run) || a.path("unitCode").asText().equals("P-" + prefix)) {
                ours.add(a);
            }
        });
        assertThat(ours).extracting(a -> a.path("titleLabel").asText()).containsExactlyInAnyOrder("Lao động tiên tiến",
                "Giấy khen", "Tập thể lao động tiên tiến");
        assertThat(ours).filteredOn(a -> a.has("citizenId")).extracting(a -> a.path("citizenId").asText())
                .containsOnly("********" + (prefix + "41").substring(8));
        assertThat(listed.body()).doesNotContain(prefix + "41");
        assertThat(body(as("lanhdao").get("/api/awards?year=" + year + "&title=GIAY_KHEN&limit=5000"), 200).path("awards")
                .findValuesAsText("kindLabel")).contains("đột xuất").doesNotContain("theo công trạng, thành tích");
        assertThat(body(as("lanhdao").get("/api/awards?year=" + year + "&limit=1&offset=1"), 200).path("awards").size())
                .isEqualTo(1);
        JsonNode collective = body(as("lanhdao").get("/api/awards?unitCode=P-" + prefix), 200);
        assertThat(collective.path("awards").findValuesAsText("titleLabel")).containsExactly("Tập thể lao động tiên tiến");
        assertThat(body(as("lanhdao").get("/api/awards?unitCode=a%20b"), 400).path("fields").get(0).path("field").asText())
                .isEqualTo("unitCode");

        HttpResponse<byte[]> csv = as("chuyenvien").getResponseBytes("/api/awards.csv?year=" + year);
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"Năm thi đua\"").contains("Lao động tiên tiến", "Cán bộ 41 " + run, "'=HYPERLINK")
                .doesNotContain(",\"=HYPERLINK").doesNotContain(prefix + "41");
    }

    @Test
    void onlyStaffReadAndOnlyOfficialsEnter() {
        registerPeople("51");
        String body = award(person("51"), "GIAY_KHEN", 2024, "CONG_TRANG");
        assertThat(new HttpTestClient(port).postJson("/api/awards", body).statusCode()).isEqualTo(401);
        for (String other : List.of("lanhdao", "hoidongth", "hoidong", "thietke")) {
            assertThat(as(other).postJson("/api/awards", body).statusCode()).as(other).isEqualTo(403);
        }
        for (String path : List.of("/api/awards", "/api/awards.csv", "/api/personnel/" + prefix + "51/awards")) {
            assertThat(new HttpTestClient(port).get(path).statusCode()).as(path).isEqualTo(401);
            assertThat(as("thietke").get(path).statusCode()).as(path).isEqualTo(403);
            assertThat(as("hoidong").get(path).statusCode()).as("the recruitment council: " + path).isEqualTo(403);
            assertThat(as("lanhdao").get(path).statusCode()).as(path).isEqualTo(200);
        }
        // The promotion council reads a person's awards as it reads the person, not the whole register; the
        // commendation council reads both (its procedure grants the accesses).
        assertThat(as("hoidongth").get("/api/personnel/" + prefix + "51/awards").statusCode()).isEqualTo(200);
        assertThat(as("hoidongth").get("/api/awards").statusCode()).isEqualTo(403);
        assertThat(as("hoidongth").postJson("/api/awards", body).statusCode()).isEqualTo(403);
        assertThat(as("thiduakt").get("/api/personnel/" + prefix + "51/awards").statusCode()).isEqualTo(200);
        assertThat(as("thiduakt").get("/api/awards?year=2024").statusCode()).isEqualTo(200);
        assertThat(as("thiduakt").postJson("/api/awards", body).statusCode()).as("the council does not enter awards")
                .isEqualTo(403);
    }
}
