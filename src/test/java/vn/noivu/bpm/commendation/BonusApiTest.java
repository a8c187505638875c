package vn.noivu.bpm.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.platform.rules.RuleTables;

/**
 * The bonus table on PostgreSQL: awards entered through the award register's API, then the table of their year as
 * JSON, CSV and .xlsx (C13 amounts, the 2023 base salary, a title without multiplier, totals, masked IDs), each
 * role, bad input.
 */
@PostgresIntegrationTest
class BonusApiTest {

    @LocalServerPort
    int port;
    @Autowired
    PersonnelRepository personnel;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuleTables ruleTables;

    private final ObjectMapper json = new ObjectMapper();
    private final String prefix = "0031" + String.format("%06d", System.nanoTime() % 1_000_000);
    /** A unit of its own per run: the table filtered by it shows only this run's awards. */
    private final String unit = "BN" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private JsonNode body(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private void register(String suffix, String name, String unitCode) {
        personnel.save(List.of(new Person(prefix + suffix, name, "NU", LocalDate.of(1985, 4, 4), "Kinh", false,
                "CONG_CHUC", unitCode, "Phòng " + unitCode, "01.003", "Chuyên viên", LocalDate.of(2016, 1, 1), 0, null,
                Map.of(), null, null)));
    }

    private void enter(String holder, String title, int year, String kind, String decisionDate) throws IOException {
        body(as("chuyenvien").postJson("/api/awards", """
                {%s, "title": "%s", "year": %d, "kind": "%s", "decisionNumber": "%s/QĐ-%s",
                 "decisionDate": "%s", "decider": "Giám đốc Sở Nội vụ"}""".formatted(holder, title, year, kind,
                title.length(), unit, decisionDate)), 201);
    }

    private String person(String suffix) {
        return "\"citizenId\": \"" + prefix + suffix + "\"";
    }

    /** Six awards of 2025 in the unit, one in another unit, one of 2023 decided before July 2024. */
    private void awards() throws IOException {
        register("01", "Nguyễn Văn An", unit);
        register("02", "=HYPERLINK(\"http://x\")", unit);
        register("03", "Lê Thị Cúc", unit);
        register("04", "Phạm Văn Dũng", unit);
        register("05", "Hoàng Văn Em", "KHAC" + unit);
        enter(person("01"), "CHIEN_SI_THI_DUA_CO_SO", 2025, "CONG_TRANG", "2025-12-20");
        enter(person("02"), "LAO_DONG_TIEN_TIEN", 2025, "CONG_TRANG", "2025-12-20");
        enter(person("03"), "LAO_DONG_TIEN_TIEN", 2025, "CONG_TRANG", "2025-12-20");
        enter(person("03"), "CHIEN_SI_THI_DUA_CO_SO", 2025, "DOT_XUAT", "2025-09-02");
        enter(person("04"), "BANG_KHEN_TINH", 2025, "CONG_TRANG", "2025-12-28");
        enter("\"unitCode\": \"" + unit + "\", \"unitName\": \"Phòng Tổ chức " + unit + "\"", "TAP_THE_LAO_DONG_XUAT_SAC",
                2025, "CONG_TRANG", "2025-12-28");
        enter(person("05"), "LAO_DONG_TIEN_TIEN", 2025, "CONG_TRANG", "2025-12-20");
        enter(person("01"), "CHIEN_SI_THI_DUA_CO_SO", 2023, "CONG_TRANG", "2024-05-15");
    }

    @Test
    void theTableOfAYearGivesEachAwardItsBonusAndTheTotals() throws IOException {
        awards();
        JsonNode table = body(as("chuyenvien").get("/api/commendation/bonuses?year=2025&unitCode=" + unit), 200);
        JsonNode lines = table.path("bonuses");
        assertThat(lines.size()).as("the other unit's award is not listed").isEqualTo(6);
        assertThat(lines.findValuesAsText("citizenId")).hasSize(5).allSatisfy(id -> assertThat(id).matches("\\*{8}\\d{4}"))
                .doesNotContain(prefix + "01");
        assertThat(table.toString()).doesNotContain(prefix);
        JsonNode an = line(lines, "fullName", "Nguyễn Văn An");
        assertThat(an.path("titleLabel").asText()).isEqualTo("Chiến sĩ thi đua cơ sở");
        assertThat(an.path("multiplier").decimalValue()).isEqualByComparingTo("1.0");
        assertThat(an.path("baseSalary").asLong()).isEqualTo(2_340_000L);
        assertThat(an.path("amount").asLong()).isEqualTo(2_340_000L);
        assertThat(an.path("multiplierCitation").asText()).startsWith("Nghị định 152/2025/NĐ-CP, Điều 50");
        assertThat(an.path("baseSalaryCitation").asText()).isEqualTo("Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2");
        assertThat(an.path("decisionDate").asText()).isEqualTo("2025-12-20");
        assertThat(lines.findValues("amount")).extracting(JsonNode::asLong)
                .containsExactlyInAnyOrder(2_340_000L, 702_000L, 702_000L, 2_340_000L, 0L, 3_510_000L);
        JsonNode collective = line(lines, "unitCode", unit);
        assertThat(collective.path("unitName").asText()).isEqualTo("Phòng Tổ chức " + unit);
        assertThat(collective.path("amount").asLong()).isEqualTo(3_510_000L);
        JsonNode bangKhen = line(lines, "fullName", "Phạm Văn Dũng");
        assertThat(bangKhen.path("amount").isNull()).isTrue();
        assertThat(bangKhen.path("multiplier").isNull()).isTrue();
        assertThat(bangKhen.path("reason").asText()).startsWith("chưa có hệ số trong bảng commendation-bonus");
        assertThat(lines.findValuesAsText("kindLabel")).contains("đột xuất");

        JsonNode cstd = total(table, "CHIEN_SI_THI_DUA_CO_SO");
        assertThat(cstd.path("awards").asInt()).isEqualTo(2);
        assertThat(cstd.path("amount").asLong()).isEqualTo(4_680_000L);
        assertThat(total(table, "LAO_DONG_TIEN_TIEN").path("amount").asLong()).isEqualTo(1_404_000L);
        assertThat(total(table, "BANG_KHEN_TINH").path("withoutAmount").asInt()).isEqualTo(1);
        assertThat(table.path("grandTotal").path("amount").asLong()).isEqualTo(9_594_000L);
        assertThat(table.path("grandTotal").path("awards").asInt()).isEqualTo(6);
        assertThat(table.path("grandTotal").path("withoutAmount").asInt()).isEqualTo(1);
        assertThat(table.path("tableVersions").has("commendation-bonus")).isTrue();
        assertThat(table.path("tableVersions").has("commendation-base-salary")).isTrue();

        // One title; and the year 2023, decided before 01/07/2024: the older base salary, marked unconfirmed.
        JsonNode ldtt = body(as("lanhdao").get("/api/commendation/bonuses?year=2025&title=LAO_DONG_TIEN_TIEN&unitCode="
                + unit), 200);
        assertThat(ldtt.path("bonuses").size()).isEqualTo(2);
        assertThat(ldtt.path("grandTotal").path("amount").asLong()).isEqualTo(1_404_000L);
        JsonNode of2023 = body(as("thiduakt").get("/api/commendation/bonuses?year=2023&unitCode=" + unit), 200);
        assertThat(of2023.path("bonuses").size()).isEqualTo(1);
        assertThat(of2023.path("bonuses").get(0).path("amount").asLong()).isEqualTo(1_800_000L);
        assertThat(of2023.path("bonuses").get(0).path("baseSalaryCitation").asText()).contains("CHƯA XÁC NHẬN");
        assertThat(of2023.path("bonuses").get(0).path("multiplierCitation").asText()).startsWith("Nghị định 98/2023/NĐ-CP");
    }

    @Test
    void theFinanceOfficeDownloadsItAsCsvAndXlsx() throws IOException {
        awards();
        HttpResponse<byte[]> csv = as("chuyenvien").getResponseBytes("/api/commendation/bonuses.csv?year=2025&unitCode=" + unit);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("tien-thuong_2025");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"STT\"").contains("\"Số tiền thưởng (đồng)\"", "\"Nguyễn Văn An\"",
                "\"2340000\"", "\"3510000\"", "\"Tổng cộng\"", "\"9594000\"", "\"Cộng: Lao động tiên tiến\"", "\"1404000\"",
                "chưa có hệ số trong bảng commendation-bonus", "'=HYPERLINK").doesNotContain(",\"=HYPERLINK")
                .doesNotContain(prefix).doesNotContain("Hoàng Văn Em");
        assertThat(text.lines().count()).as("header, 6 awards, 4 title totals, the grand total").isEqualTo(12);

        HttpResponse<byte[]> xlsx = as("lanhdao").getResponseBytes("/api/commendation/bonuses.xlsx?year=2025&unitCode=" + unit);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("năm 2025", unit, "commendation-bonus");
            assertThat(sheet.getRow(2).getCell(13).getStringCellValue()).isEqualTo("Số tiền thưởng (đồng)");
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(6).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(last.getCell(13).getNumericCellValue()).as("a number, not text").isEqualTo(9_594_000d);
            boolean masked = false;
            for (int r = 3; r < sheet.getLastRowNum(); r++) {
                var id = sheet.getRow(r).getCell(2);
                if (id != null) {
                    assertThat(id.getStringCellValue()).matches("\\*{8}\\d{4}");
                    masked = true;
                }
            }
            assertThat(masked).isTrue();
        }
    }

    /** The latest deployed table is used: a multiplier a designer adds gives the award an amount, on every award not yet paid. */
    @Test
    void anAmendedTableDeployedByADesignerIsUsed() throws Exception {
        register("61", "Trần Thị Giang", unit);
        enter(person("61"), "GIAY_KHEN", 2025, "CONG_TRANG", "2025-12-20");
        String path = "/api/commendation/bonuses?year=2025&title=GIAY_KHEN&unitCode=" + unit;
        JsonNode before = body(as("chuyenvien").get(path), 200);
        assertThat(before.path("bonuses").get(0).path("amount").isNull()).isTrue();
        int version = before.path("tableVersions").path("commendation-bonus").asInt();

        String table;
        try (var in = getClass().getClassLoader().getResourceAsStream("bpmn/commendation/commendation-bonus.dmn")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String amended = table.replace("    </decisionTable>", """
                      <rule id="testGiayKhen">
                        <inputEntry id="testGiayKhen_in0"><text>"GIAY_KHEN"</text></inputEntry>
                        <inputEntry id="testGiayKhen_in1"><text>&gt;= date("2025-07-01")</text></inputEntry>
                        <outputEntry id="testGiayKhen_out0"><text>0.15</text></outputEntry>
                        <outputEntry id="testGiayKhen_out1"><text></text></outputEntry>
                        <outputEntry id="testGiayKhen_out2"><text>"dòng thử của người thiết kế"</text></outputEntry>
                      </rule>
                    </decisionTable>""");
        assertThat(amended).isNotEqualTo(table);
        Deployment deployment = repositoryService.createDeployment().name("test-bonus-amendment")
                .addString("commendation-bonus.dmn", amended).deploy();
        try {
            ruleTables.refreshLatest();
            JsonNode after = body(as("chuyenvien").get(path), 200);
            assertThat(after.path("tableVersions").path("commendation-bonus").asInt()).isEqualTo(version + 1);
            assertThat(after.path("bonuses").get(0).path("amount").asLong()).isEqualTo(351_000L);
            assertThat(after.path("bonuses").get(0).path("multiplierCitation").asText()).isEqualTo("dòng thử của người thiết kế");
        } finally {
            repositoryService.deleteDeployment(deployment.getId(), true);
            ruleTables.refreshLatest();
        }
    }

    @Test
    void staffAndTheCommendationCouncilReadIt() {
        for (String path : List.of("/api/commendation/bonuses?year=2025", "/api/commendation/bonuses.csv?year=2025",
                "/api/commendation/bonuses.xlsx?year=2025")) {
            assertThat(new HttpTestClient(port).get(path).statusCode()).as(path).isEqualTo(401);
            for (String other : List.of("thietke", "hoidong", "hoidongth")) {
                assertThat(as(other).get(path).statusCode()).as(other + " " + path).isEqualTo(403);
            }
            for (String reader : List.of("chuyenvien", "lanhdao", "thiduakt")) {
                assertThat(as(reader).get(path).statusCode()).as(reader + " " + path).isEqualTo(200);
            }
        }
    }

    @Test
    void badInputIsRefusedNamingTheField() throws IOException {
        Map<String, String> cases = Map.of("/api/commendation/bonuses", "year",
                "/api/commendation/bonuses?year=hai-nghin", "year", "/api/commendation/bonuses?year=1800", "year",
                "/api/commendation/bonuses.csv?year=99999999999", "year",
                "/api/commendation/bonuses?year=2025&title=HUAN_CHUONG", "title",
                "/api/commendation/bonuses.xlsx?year=2025&title=x", "title",
                "/api/commendation/bonuses?year=2025&unitCode=a%20b", "unitCode");
        for (var c : cases.entrySet()) {
            JsonNode error = body(as("lanhdao").get(c.getKey()), 400);
            assertThat(error.path("fields").get(0).path("field").asText()).as(c.getKey()).isEqualTo(c.getValue());
            assertThat(error.path("message").asText()).as(c.getKey()).contains("Tham số " + c.getValue());
        }
        assertThat(body(as("lanhdao").get("/api/commendation/bonuses?year=2025&title=x"), 400).path("message").asText())
                .contains("LAO_DONG_TIEN_TIEN", "BANG_KHEN_THU_TUONG");
    }

    private static JsonNode line(JsonNode lines, String field, String value) {
        for (JsonNode line : lines) {
            if (value.equals(line.path(field).asText())) {
                return line;
            }
        }
        throw new AssertionError("no line with " + field + " = " + value + " in " + lines);
    }

    private static JsonNode total(JsonNode table, String title) {
        return line(table.path("totals"), "title", title);
    }
}
