package vn.noivu.bpm.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.Spreadsheets;

/** The personnel register through its API on PostgreSQL: imports of both kinds, bad files, each role. */
@PostgresIntegrationTest
class PersonnelApiTest {

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private final String prefix = "0017" + String.format("%06d", System.nanoTime() % 1_000_000);
    private final String bigPrefix = "18" + String.format("%05d", System.nanoTime() / 1000 % 100_000);

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private JsonNode body(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private HttpResponse<String> upload(String user, String fileName, byte[] content) {
        return as(user).postMultipart("/api/personnel/import", Map.of(), Map.of("file", content), fileName);
    }

    /** A national-database export: Vietnamese headings, dates dd/MM/yyyy, a rating column per year. */
    private byte[] export(String citizenA, String citizenB, String ratingB) {
        return Spreadsheets.xlsx("CBCCVC", List.of(
                List.of("Số định danh cá nhân", "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Đối tượng",
                        "Mã đơn vị", "Đơn vị công tác", "Mã ngạch/chức danh nghề nghiệp", "Ngạch/chức danh nghề nghiệp",
                        "Ngày bổ nhiệm ngạch/chức danh", "Thời gian tương đương (tháng)", "Xếp loại 2024", "Xếp loại 2025",
                        "Hình thức kỷ luật", "Thời hạn kỷ luật đến ngày", "Khen thưởng cao nhất", "Cấp khen thưởng"),
                List.of(citizenA, "Nguyễn Thị Lan", "Nữ", "02/03/1980", "Tày", "Viên chức", "BV-TINH", "Bệnh viện tỉnh",
                        "V.08.01.03", "Bác sĩ hạng III", "15/06/2016", 0, "Hoàn thành tốt nhiệm vụ",
                        "Hoàn thành xuất sắc nhiệm vụ", "", "", "Bằng khen của Bộ trưởng Bộ Y tế", "BO_TINH"),
                List.of(citizenB, "Trần Văn Nam", "Nam", "15/07/1979", "Kinh", "Công chức", "SNV", "Sở Nội vụ",
                        "01.003", "Chuyên viên", "01/09/2015", 0, "Hoàn thành tốt nhiệm vụ", ratingB,
                        "Khiển trách", "31/12/2026", "", "")));
    }

    @Test
    void anExportOfTheNationalDatabaseIsImportedAndReadBack() throws IOException {
        String lan = prefix + "01";
        String nam = prefix + "02";
        JsonNode imported = body(upload("chuyenvien", "cbccvc.xlsx", export(lan, nam, "Hoàn thành tốt nhiệm vụ")), 200);
        assertThat(imported.path("rows").asInt()).isEqualTo(2);
        assertThat(imported.path("created").asInt()).isEqualTo(2);

        JsonNode person = body(as("lanhdao").get("/api/personnel/" + lan), 200);
        assertThat(person.path("fullName").asText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(person.path("gender").asText()).isEqualTo("NU");
        assertThat(person.path("dateOfBirth").asText()).isEqualTo("1980-03-02");
        assertThat(person.path("ethnicMinority").asBoolean()).isTrue();
        assertThat(person.path("staffType").asText()).isEqualTo("VIEN_CHUC");
        assertThat(person.path("rankSince").asText()).isEqualTo("2016-06-15");
        assertThat(person.path("ratings").path("2025").asText()).isEqualTo("HOAN_THANH_XUAT_SAC");
        assertThat(person.path("achievement").path("level").asText()).isEqualTo("BO_TINH");
        JsonNode disciplined = body(as("hoidongth").get("/api/personnel/" + nam), 200);
        assertThat(disciplined.path("ethnicMinority").asBoolean()).isFalse();
        assertThat(disciplined.path("discipline").path("effectiveUntil").asText()).isEqualTo("2026-12-31");

        // A later export replaces what it states: the same people are updated, not duplicated.
        JsonNode again = body(upload("chuyenvien", "cbccvc.xlsx", export(lan, nam, "Hoàn thành nhiệm vụ")), 200);
        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("updated").asInt()).isEqualTo(2);
        assertThat(body(as("chuyenvien").get("/api/personnel/" + nam), 200).path("ratings").path("2025").asText())
                .isEqualTo("HOAN_THANH");
    }

    @Test
    void aCsvWithTheApiNamesAndSemicolonsAsExcelSavesIt() throws IOException {
        String citizen = prefix + "11";
        String csv = "\uFEFFcitizenId;fullName;gender;dateOfBirth;ethnicity;staffType;unitCode;rankCode;rankSince;"
                + "equivalentMonths;rating2025;underProsecution\r\n"
                + citizen + ";\"Lê Văn \"\"Bảy\"\"\";NAM;1985-01-20;Kinh;CONG_CHUC;SNV;01.003;2019-04-01;24;"
                + "HOAN_THANH_TOT;x\r\n";
        assertThat(body(upload("chuyenvien", "danh-sach.csv", csv.getBytes(StandardCharsets.UTF_8)), 200)
                .path("created").asInt()).isEqualTo(1);
        JsonNode person = body(as("chuyenvien").get("/api/personnel/" + citizen), 200);
        assertThat(person.path("fullName").asText()).isEqualTo("Lê Văn \"Bảy\"");
        assertThat(person.path("equivalentMonths").asInt()).isEqualTo(24);
        assertThat(person.path("discipline").path("underProsecution").asBoolean()).isTrue();
    }

    @Test
    void aBadFileIsRefusedNamingRowAndColumnAndNothingIsStored() throws IOException {
        String good = prefix + "21";
        String bad = prefix + "22";
        JsonNode rating = body(upload("chuyenvien", "cbccvc.xlsx", export(good, bad, "Tốt")), 400);
        assertThat(rating.path("fields").get(0).path("field").asText()).isEqualTo("file");
        assertThat(rating.path("message").asText()).contains("Dòng 3", "rating2025", "\"Tốt\"");
        assertThat(as("chuyenvien").get("/api/personnel/" + good).statusCode()).as("nothing stored").isEqualTo(404);

        JsonNode twice = body(upload("chuyenvien", "cbccvc.xlsx", export(good, good, "Hoàn thành tốt nhiệm vụ")), 400);
        assertThat(twice.path("fields").get(0).path("rule").asText()).isEqualTo("unique");
        JsonNode header = body(upload("chuyenvien", "x.csv", "fullName,gender\r\nA,Nam\r\n".getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(header.path("message").asText()).contains("citizenId");
        assertThat(body(upload("chuyenvien", "x.xlsx", "không phải bảng tính".getBytes(StandardCharsets.UTF_8)), 400)
                .path("fields").get(0).path("rule").asText()).isEqualTo("xlsx");
        assertThat(body(as("chuyenvien").get("/api/personnel/" + prefix + "99"), 404).path("error").asText())
                .isEqualTo("person_not_found");
    }

    /** n register rows from {@code first} (API column names), then {@code lastRow} if any. */
    private byte[] bigCsv(int first, int n, String rating2025, String achievement, String lastRow) {
        StringBuilder csv = new StringBuilder("citizenId,fullName,gender,dateOfBirth,staffType,unitCode,rankCode,rankSince,"
                + "rating2024,rating2025,achievementTitle,achievementLevel\n");
        for (int i = first; i < first + n; i++) {
            csv.append(String.join(",", citizen(i), "Người " + i, "Nam",
                    "1980-02-01", "CONG_CHUC", "SNV", "01.003", "2016-06-15", "HOAN_THANH", rating2025, achievement,
                    achievement.isEmpty() ? "" : "CO_SO")).append('\n');
        }
        return csv.append(lastRow).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** 12 digits for the big files' rows: 7 of this test's own, then the row. */
    private String citizen(int row) {
        return bigPrefix + String.format("%05d", row);
    }

    @Test
    void aBigFileIsStoredInChunksAndAReImportCreatesSomeAndUpdatesOthers() throws IOException {
        int n = 2 * PersonnelRepository.CHUNK + 7;
        JsonNode first = body(upload("chuyenvien", "lon.csv", bigCsv(0, n, "", "Giấy khen", "")), 200);
        assertThat(first.path("created").asInt()).isEqualTo(n);
        int half = n / 2;
        JsonNode again = body(upload("chuyenvien", "lon.csv", bigCsv(half, n, "HOAN_THANH_TOT", "", "")), 200);
        assertThat(again.path("rows").asInt()).isEqualTo(n);
        assertThat(again.path("created").asInt()).isEqualTo(half);
        assertThat(again.path("updated").asInt()).isEqualTo(n - half);
        JsonNode updated = body(as("chuyenvien").get("/api/personnel/" + citizen(n - 1)), 200);
        assertThat(updated.path("ratings").path("2024").asText()).isEqualTo("HOAN_THANH");
        assertThat(updated.path("ratings").path("2025").asText()).isEqualTo("HOAN_THANH_TOT");
        assertThat(updated.path("achievement").path("title").asText()).as("an empty cell clears it").isEmpty();
        assertThat(body(as("chuyenvien").get("/api/personnel/" + citizen(0)), 200).path("achievement").path("title")
                .asText()).isEqualTo("Giấy khen");
    }

    @Test
    void anErrorInTheLastRowOfABigFileStoresNothing() throws IOException {
        int n = 2 * PersonnelRepository.CHUNK + 7;
        String last = citizen(n) + ",Người cuối,Nam,1980-02-01,CONG_CHUC,SNV,01.003,2016-06-15,HOAN_THANH,Tốt,,\n";
        JsonNode refused = body(upload("chuyenvien", "lon.csv", bigCsv(0, n, "", "", last)), 400);
        assertThat(refused.path("fields").get(0).path("field").asText()).isEqualTo("file");
        assertThat(refused.path("fields").get(0).path("rule").asText()).isEqualTo("oneOf");
        assertThat(refused.path("message").asText()).startsWith("Dòng " + (n + 2) + ", cột rating2025: \"Tốt\"");
        assertThat(as("chuyenvien").get("/api/personnel/" + citizen(0)).statusCode()).as("nothing stored").isEqualTo(404);
    }

    @Test
    void onlyOfficialsImportAndOnlyStaffRead() {
        byte[] file = export(prefix + "31", prefix + "32", "Hoàn thành tốt nhiệm vụ");
        assertThat(new HttpTestClient(port).postMultipart("/api/personnel/import", Map.of(), Map.of("file", file), "a.xlsx")
                .statusCode()).isEqualTo(401);
        assertThat(upload("lanhdao", "a.xlsx", file).statusCode()).isEqualTo(403);
        assertThat(upload("hoidong", "a.xlsx", file).statusCode()).isEqualTo(403);
        assertThat(new HttpTestClient(port).get("/api/personnel/" + prefix + "31").statusCode()).isEqualTo(401);
        assertThat(as("thietke").get("/api/personnel/" + prefix + "31").statusCode()).isEqualTo(403);
    }
}
