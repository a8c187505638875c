package vn.noivu.bpm.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.commendation.domain.Initiative;
import vn.noivu.bpm.commendation.persistence.InitiativeRepository;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;

/** Initiatives recognised for commendation, on PostgreSQL: entered, read back masked, duplicates, bad input, roles. */
@PostgresIntegrationTest
class InitiativeApiTest {

    @LocalServerPort
    int port;
    @Autowired
    PersonnelRepository personnel;
    @Autowired
    InitiativeRepository initiatives;

    private final ObjectMapper json = new ObjectMapper();
    private final String prefix = "0022" + String.format("%06d", System.nanoTime() % 1_000_000);
    private final int year = 1950 + Math.floorMod(System.nanoTime(), 60);

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private JsonNode body(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private void register(String suffix) {
        personnel.save(List.of(new Person(prefix + suffix, "Tác giả " + suffix, "NU", LocalDate.of(1985, 4, 4), "Kinh",
                false, "CONG_CHUC", "SNV", "Sở Nội vụ", "01.003", "Chuyên viên", LocalDate.of(2016, 1, 1), 0, null,
                Map.of(), null, null)));
    }

    private String initiative(String suffix, String title, String scope, String decision) {
        return """
                {"citizenId": "%s", "title": "%s", "recognitionYear": %d, "scope": "%s", "decisionNumber": "%s",
                 "decisionDate": "%d-11-20", "recognisedBy": "Hội đồng sáng kiến cơ sở"}"""
                .formatted(prefix + suffix, title, year, scope, decision, year);
    }

    @Test
    void anOfficialRecordsInitiativesThatTheProceduresCountPerAuthorAndYear() throws IOException {
        register("01");
        JsonNode created = body(as("chuyenvien").postJson("/api/commendation/initiatives",
                initiative("01", "Số hóa hồ sơ thi đua", "CO_SO", "12/QĐ-HĐSK")), 201);
        assertThat(created.path("scopeLabel").asText()).isEqualTo("cấp cơ sở");
        assertThat(created.path("fullName").asText()).isEqualTo("Tác giả 01");
        body(as("chuyenvien").postJson("/api/commendation/initiatives",
                initiative("01", "Quy trình một cửa điện tử", "TINH", "1500/QĐ-UBND")), 201);

        List<Initiative> counted = initiatives.ofPerson(prefix + "01", year, year);
        assertThat(counted).extracting(Initiative::scope)
                .containsExactlyInAnyOrder(Initiative.Scope.CO_SO, Initiative.Scope.TINH);
        assertThat(initiatives.ofPerson(prefix + "01", year + 1, year + 2)).isEmpty();

        for (String reader : List.of("chuyenvien", "lanhdao", "thiduakt", "bantdkt", "hdtdtinh")) {
            JsonNode list = body(as(reader).get("/api/commendation/initiatives?citizenId=" + prefix + "01"), 200);
            assertThat(list.path("initiatives")).hasSize(2);
            assertThat(list.toString()).as("a list masks the citizen ID").doesNotContain(prefix + "01");
        }
    }

    @Test
    void duplicatesAndBadInputAreRefusedNamingTheFieldAndNothingIsStored() throws IOException {
        register("02");
        String body = initiative("02", "Sổ tay nghiệp vụ", "CO_SO", "7/QĐ-HĐSK");
        body(as("chuyenvien").postJson("/api/commendation/initiatives", body), 201);
        JsonNode duplicate = body(as("chuyenvien").postJson("/api/commendation/initiatives", body), 409);
        assertThat(duplicate.path("error").asText()).isEqualTo("initiative_exists");

        JsonNode stranger = body(as("chuyenvien").postJson("/api/commendation/initiatives",
                initiative("99", "Không có tác giả", "CO_SO", "8/QĐ-HĐSK")), 400);
        assertThat(stranger.toString()).contains("citizenId").contains("danh sách cán bộ");
        JsonNode badScope = body(as("chuyenvien").postJson("/api/commendation/initiatives",
                initiative("02", "Phạm vi sai", "HUYEN", "9/QĐ-HĐSK")), 400);
        assertThat(badScope.toString()).contains("scope");
        JsonNode future = body(as("chuyenvien").postJson("/api/commendation/initiatives",
                initiative("02", "Tương lai", "CO_SO", "10/QĐ-HĐSK").replace(year + "-11-20",
                        LocalDate.now().plusYears(1) + "")), 400);
        assertThat(future.toString()).contains("decisionDate");
        body(as("chuyenvien").get("/api/commendation/initiatives?year=abc"), 400);
        body(as("chuyenvien").get("/api/commendation/initiatives?citizenId=12"), 400);
        assertThat(initiatives.ofPerson(prefix + "02", year, year)).hasSize(1);
    }

    @Test
    void onlyOfficialsRecordAndOnlyStaffRead() throws IOException {
        register("03");
        String body = initiative("03", "Chỉ chuyên viên ghi", "CO_SO", "11/QĐ-HĐSK");
        for (String other : List.of("lanhdao", "thiduakt", "chutich")) {
            assertThat(as(other).postJson("/api/commendation/initiatives", body).statusCode()).as(other).isEqualTo(403);
        }
        assertThat(as("chutich").get("/api/commendation/initiatives").statusCode()).isEqualTo(403);
        assertThat(new HttpTestClient(port).get("/api/commendation/initiatives").statusCode()).isEqualTo(401);
        assertThat(initiatives.ofPerson(prefix + "03", year, year)).isEmpty();
    }
}
