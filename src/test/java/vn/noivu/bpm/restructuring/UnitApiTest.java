package vn.noivu.bpm.restructuring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.Spreadsheets;
import vn.noivu.bpm.restructuring.domain.RestructuringRules;
import vn.noivu.bpm.restructuring.domain.UnitFacts;
import vn.noivu.bpm.restructuring.domain.UnitKind;
import vn.noivu.bpm.restructuring.process.RestructuringCaseRules;

/**
 * The register of administrative units through its API on PostgreSQL: the catalogue of 01/03/2025 and the one of
 * 01/07/2025 (a thị trấn and a xã merged, a district gone, a province merged), as-of-date lookups, history, the
 * statistics, bad files (every error listed, nothing stored), a 10,000-unit catalogue, each role.
 */
@PostgresIntegrationTest
class UnitApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RestructuringCaseRules caseRules;

    private final ObjectMapper json = new ObjectMapper();

    /** The register is the whole country's: each test starts from an empty one. */
    @BeforeEach
    void emptyRegister() {
        for (String table : List.of("restructuring_unit_link", "restructuring_unit_statistics", "restructuring_unit",
                "restructuring_unit_import")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private JsonNode body(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private HttpResponse<String> importCatalogue(String user, String fileName, byte[] content, String validFrom) {
        return as(user).postMultipart("/api/units/import", validFrom == null ? Map.of() : Map.of("validFrom", validFrom),
                Map.of("file", content), fileName);
    }

    private HttpResponse<String> importStatistics(String user, String fileName, byte[] content) {
        return as(user).postMultipart("/api/units/statistics/import", Map.of(), Map.of("file", content), fileName);
    }

    private static byte[] csv(String text) {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    /** The catalogue of 01/03/2025 as Excel in a Vietnamese locale saves it (semicolons). */
    private static final String MARCH_2025 = """
            Mã;Tên;Cấp;Mã cấp trên
            01;Thành phố Hà Nội;Thành phố Trung ương;
            001;Quận Ba Đình;Quận;01
            00001;Phường Phúc Xá;Phường;001
            26;Tỉnh Vĩnh Phúc;Tỉnh;
            243;Huyện Tam Đảo;Huyện;26
            08980;Thị trấn Tam Đảo;Thị trấn;243
            08983;Xã Hợp Châu;Xã;243
            08986;Xã Đạo Trù;Xã;243
            """;

    /** The catalogue of 01/07/2025 as an .xlsx: two levels, with the predecessors of the merged commune. */
    private static byte[] july2025() {
        return Spreadsheets.xlsx("Danh mục", List.of(
                List.of("Mã", "Tên", "Cấp", "Mã cấp trên", "Mã ĐVHC trước sắp xếp"),
                List.of("01", "Thành phố Hà Nội", "Thành phố Trung ương", "", ""),
                List.of("00001", "Phường Ba Đình", "Phường", "01", ""),
                List.of("25", "Tỉnh Phú Thọ", "Tỉnh", "", "26"),
                List.of("08980", "Xã Tam Đảo", "Xã", "25", "08980, 08983"),
                List.of("08986", "Xã Đạo Trù", "Xã", "25", "")));
    }

    @Test
    void aLaterCatalogueClosesAndOpensUnitsAndDatesAnswerWhichUnitItWas() throws IOException {
        JsonNode march = body(importCatalogue("chuyenvien", "danh-muc-2025-03.csv", csv(MARCH_2025), "2025-03-01"), 200);
        assertThat(march.path("created").asInt()).isEqualTo(8);

        JsonNode july = body(importCatalogue("chuyenvien", "danh-muc-2025-07.xlsx", july2025(), "2025-07-01"), 200);
        assertThat(july.path("rows").asInt()).isEqualTo(5);
        assertThat(july.path("created").asInt()).as("Phú Thọ").isEqualTo(1);
        assertThat(july.path("changed").asInt()).as("Tam Đảo, Đạo Trù, Ba Đình").isEqualTo(3);
        assertThat(july.path("closed").asInt()).as("Vĩnh Phúc, Huyện Tam Đảo, Hợp Châu, Quận Ba Đình").isEqualTo(4);
        assertThat(july.path("unchanged").asInt()).as("Hà Nội").isEqualTo(1);
        assertThat(july.path("links").asInt()).as("Hợp Châu → Tam Đảo, Vĩnh Phúc → Phú Thọ").isEqualTo(2);

        JsonNode before = body(as("lanhdao").get("/api/units/08983?on=2025-06-30"), 200);
        assertThat(before.path("name").asText()).isEqualTo("Xã Hợp Châu");
        assertThat(before.path("kindLabel").asText()).isEqualTo("Xã");
        assertThat(before.path("parent").path("name").asText()).isEqualTo("Huyện Tam Đảo");
        assertThat(before.path("validTo").asText()).isEqualTo("2025-06-30");
        JsonNode gone = body(as("lanhdao").get("/api/units/08983"), 404);
        assertThat(gone.path("error").asText()).isEqualTo("unit_not_valid_on");
        assertThat(gone.path("message").asText()).contains("30/06/2025", "Ngày đó thuộc: Xã Tam Đảo (08980)");
        assertThat(body(as("lanhdao").get("/api/units/25?on=2025-06-30"), 404).path("message").asText())
                .contains("Ngày đó là: Tỉnh Vĩnh Phúc (26)");

        assertThat(body(as("chuyenvien").get("/api/units/08980?on=2025-06-30"), 200).path("name").asText())
                .isEqualTo("Thị trấn Tam Đảo");
        JsonNode now = body(as("chuyenvien").get("/api/units/08980?on=2025-07-01"), 200);
        assertThat(now.path("name").asText()).isEqualTo("Xã Tam Đảo");
        assertThat(now.path("kind").asText()).isEqualTo("XA");
        assertThat(now.path("parent").path("code").asText()).isEqualTo("25");
        assertThat(now.path("parent").path("kindLabel").asText()).isEqualTo("Tỉnh");

        JsonNode history = body(as("chuyenvien").get("/api/units/08980/history"), 200);
        assertThat(history.path("versions")).hasSize(2);
        assertThat(history.path("versions").get(0).path("kindLabel").asText()).isEqualTo("Thị trấn");
        assertThat(history.path("versions").get(0).path("validTo").asText()).isEqualTo("2025-06-30");
        assertThat(history.path("versions").get(1).path("validTo").isNull()).isTrue();
        assertThat(history.path("predecessors")).hasSize(1);
        assertThat(history.path("predecessors").get(0).path("code").asText()).isEqualTo("08983");
        assertThat(history.path("predecessors").get(0).path("name").asText()).isEqualTo("Xã Hợp Châu");
        assertThat(history.path("predecessors").get(0).path("effectiveDate").asText()).isEqualTo("2025-07-01");
        JsonNode successors = body(as("chuyenvien").get("/api/units/08983/history"), 200).path("successors");
        assertThat(successors).hasSize(1);
        assertThat(successors.get(0).path("name").asText()).isEqualTo("Xã Tam Đảo");
        assertThat(body(as("chuyenvien").get("/api/units/26/history"), 200).path("successors").get(0).path("name")
                .asText()).isEqualTo("Tỉnh Phú Thọ");

        JsonNode communes = body(as("chuyenvien").get("/api/units?parent=25&on=2025-07-01"), 200);
        assertThat(communes.path("total").asInt()).isEqualTo(2);
        assertThat(body(as("chuyenvien").get("/api/units?parent=243&on=2025-06-30&kind=XA"), 200).path("total").asInt())
                .isEqualTo(2);
        assertThat(body(as("chuyenvien").get("/api/units?parent=243&on=2025-06-30&kind=Thị%20trấn&limit=1"), 200)
                .path("items")).hasSize(1);
        JsonNode page = body(as("chuyenvien").get("/api/units?on=2025-06-30&limit=3&offset=3"), 200);
        assertThat(page.path("total").asInt()).isEqualTo(8);
        assertThat(page.path("items")).hasSize(3);

        // the same catalogue again: nothing changes; an earlier one that would change things is refused
        JsonNode again = body(importCatalogue("chuyenvien", "danh-muc-2025-07.xlsx", july2025(), "2025-07-01"), 200);
        assertThat(again.path("unchanged").asInt()).isEqualTo(5);
        assertThat(again.path("created").asInt() + again.path("changed").asInt() + again.path("closed").asInt()).isZero();
        // a predecessor link forgotten in July is added on the same date, nothing else changes
        String julyWithLink = """
                code;name;level;parentCode;predecessors
                01;Thành phố Hà Nội;Thành phố Trung ương;;
                00001;Phường Ba Đình;Phường;01;001:MOT_PHAN
                25;Tỉnh Phú Thọ;Tỉnh;;26
                08980;Xã Tam Đảo;Xã;25;08980, 08983
                08986;Xã Đạo Trù;Xã;25;
                """;
        JsonNode linked = body(importCatalogue("chuyenvien", "danh-muc.csv", csv(julyWithLink), "2025-07-01"), 200);
        assertThat(linked.path("links").asInt()).isEqualTo(1);
        assertThat(linked.path("unchanged").asInt()).isEqualTo(5);
        assertThat(body(as("chuyenvien").get("/api/units/001/history"), 200).path("successors").get(0).path("shareLabel")
                .asText()).isEqualTo("một phần");
        JsonNode older = body(importCatalogue("chuyenvien", "danh-muc-2025-03.csv", csv(MARCH_2025), "2025-03-01"), 409);
        assertThat(older.path("error").asText()).isEqualTo("catalogue_not_later");
        assertThat(body(as("chuyenvien").get("/api/units/08980"), 200).path("name").asText()).isEqualTo("Xã Tam Đảo");
    }

    @Test
    void statisticsAreShownWithTheirDateSourceAndFlags() throws IOException {
        body(importCatalogue("chuyenvien", "danh-muc.csv", csv(MARCH_2025), "2025-03-01"), 200);
        String statistics = """
                Mã;Ngày số liệu;Diện tích (km²);Dân số thường trú;Dân số tạm trú;Nguồn diện tích;Nguồn dân số;Tỷ lệ DTTS (%);Miền núi;Biên giới
                08983;31/12/2024;28,35;9.120;480;Sở Nông nghiệp và Môi trường;Công an tỉnh;12,5;x;
                08983;31/12/2023;28,35;9.000;;Thống kê đất đai 2023;Công an tỉnh;12,5;x;
                00001;31/12/2024;0,98;69.318;;Thống kê đất đai;Công an thành phố;;;
                """;
        JsonNode imported = body(importStatistics("chuyenvien", "so-lieu.csv", csv(statistics)), 200);
        assertThat(imported.path("rows").asInt()).isEqualTo(3);

        JsonNode unit = body(as("lanhdao").get("/api/units/08983?on=2025-03-01"), 200);
        assertThat(unit.path("statistics").path("dataDate").asText()).isEqualTo("2024-12-31");
        assertThat(unit.path("statistics").path("areaKm2").decimalValue()).isEqualByComparingTo("28.35");
        assertThat(unit.path("statistics").path("population").asLong()).isEqualTo(9_600);
        assertThat(unit.path("statistics").path("populationTemporary").asLong()).isEqualTo(480);
        assertThat(unit.path("statistics").path("populationSource").asText()).isEqualTo("Công an tỉnh");
        assertThat(unit.path("flags").path("mountainous").asBoolean()).isTrue();
        assertThat(unit.path("flags").path("labels").get(0).asText()).isEqualTo("Miền núi, vùng cao");
        assertThat(unit.path("statistics").path("predatesVersion").asBoolean()).as("dated before 01/03/2025").isTrue();
        // as of a day before the 2024 figures: the 2023 ones
        assertThat(body(as("lanhdao").get("/api/units/08983?on=2024-06-30"), 404).path("error").asText())
                .as("the unit is in the register from 01/03/2025").isEqualTo("unit_not_valid_on");

        // measured against the standard of its kind: NQ 1211/2016 in March 2025, NQ 112/2025 from 2026
        JsonNode old = body(as("lanhdao").get("/api/units/08983/standards?on=2025-03-01"), 200);
        assertThat(old.path("legalBasis").asText()).isEqualTo("NQ-1211-2016");
        assertThat(old.path("minAreaKm2").decimalValue()).isEqualByComparingTo("50");
        assertThat(old.path("areaPercent").decimalValue()).isEqualByComparingTo("56.70");
        assertThat(old.path("met").asBoolean()).isFalse();
        assertThat(old.path("unmet")).hasSize(1);
        assertThat(old.path("citations").get(0).asText()).contains("Nghị quyết 1211/2016/UBTVQH13", "Điều 3");
        JsonNode now = body(as("chuyenvien").get("/api/units/08983/standards?on=2026-02-01"), 200);
        assertThat(now.path("legalBasis").asText()).isEqualTo("NQ-112-2025");
        assertThat(now.path("minAreaKm2").decimalValue()).isEqualByComparingTo("100");
        assertThat(body(as("chuyenvien").get("/api/units/08986/standards?on=2025-03-01"), 409).path("error").asText())
                .isEqualTo("unit_without_statistics");

        // a later file for the same date replaces the row
        JsonNode replaced = body(importStatistics("chuyenvien", "so-lieu.csv",
                csv("code;date;area;population\n08983;2024-12-31;28.4;9700\n")), 200);
        assertThat(replaced.path("replaced").asInt()).isEqualTo(1);
        assertThat(body(as("lanhdao").get("/api/units/08983?on=2025-03-01"), 200).path("statistics").path("population")
                .asLong()).isEqualTo(9_700);
    }

    @Test
    void aBadFileListsEveryErrorWithRowAndColumnAndStoresNothing() throws IOException {
        String bad = """
                code;name;level;parentCode
                01;Thành phố Hà Nội;Thành phố Trung ương;
                00001;;Phường;01
                00002;Xã Làng;Làng;01
                00003;Xã Xa;Xã;77
                01;Trùng;Tỉnh;
                """;
        JsonNode refused = body(importCatalogue("chuyenvien", "danh-muc.csv", csv(bad), "2025-03-01"), 400);
        assertThat(refused.path("error").asText()).isEqualTo("validation_failed");
        assertThat(refused.path("message").asText()).contains("4 lỗi", "không dòng nào được lưu");
        List<String> fields = new ArrayList<>();
        refused.path("fields").forEach(field -> fields.add(field.path("field").asText() + " " + field.path("rule").asText()));
        assertThat(fields).containsExactly("file[3].name required", "file[4].level oneOf",
                "file[5].parentCode unknownUnit", "file[6].code unique");
        assertThat(refused.path("fields").get(1).path("message").asText()).startsWith("Dòng 4, cột level: \"Làng\"");
        assertThat(body(as("chuyenvien").get("/api/units/01"), 404).path("error").asText()).as("nothing stored")
                .isEqualTo("unit_not_found");

        assertThat(body(importCatalogue("chuyenvien", "danh-muc.csv", csv(MARCH_2025), null), 400)
                .path("fields").get(0).path("field").asText()).isEqualTo("validFrom");
        assertThat(body(importCatalogue("chuyenvien", "danh-muc.csv", csv(MARCH_2025), "2025-02-30"), 400)
                .path("fields").get(0).path("rule").asText()).isEqualTo("format");
        assertThat(body(importCatalogue("chuyenvien", "danh-muc.txt", csv(MARCH_2025), "2025-03-01"), 400)
                .path("fields").get(0).path("rule").asText()).isEqualTo("type");
        assertThat(body(importCatalogue("chuyenvien", "danh-muc.xlsx", csv(MARCH_2025), "2025-03-01"), 400)
                .path("fields").get(0).path("rule").asText()).isEqualTo("xlsx");
        assertThat(body(importCatalogue("chuyenvien", "danh-muc.csv", new byte[0], "2025-03-01"), 400)
                .path("fields").get(0).path("rule").asText()).isEqualTo("required");
        assertThat(body(importCatalogue("chuyenvien", "danh-muc.csv", csv("name;level\nA;Tỉnh\n"), "2025-03-01"), 400)
                .path("message").asText()).contains("Thiếu cột code");

        JsonNode unknown = body(importStatistics("chuyenvien", "so-lieu.csv",
                csv("code;date;area;population\n99999;2024-12-31;10;100\n")), 400);
        assertThat(unknown.path("fields").get(0).path("rule").asText()).isEqualTo("unknownUnit");
        assertThat(unknown.path("fields").get(0).path("message").asText()).contains("Dòng 2", "99999");

        assertThat(body(as("chuyenvien").get("/api/units/01?on=hôm-nay"), 400).path("fields").get(0).path("field")
                .asText()).isEqualTo("on");
        assertThat(body(as("chuyenvien").get("/api/units?kind=LANG"), 400).path("fields").get(0).path("field").asText())
                .isEqualTo("kind");
        assertThat(body(as("chuyenvien").get("/api/units?limit=0"), 400).path("fields").get(0).path("field").asText())
                .isEqualTo("limit");
        assertThat(body(as("chuyenvien").get("/api/units/%3Cx%3E"), 400).path("fields").get(0).path("field").asText())
                .isEqualTo("code");
        assertThat(body(as("chuyenvien").get("/api/units/12345/history"), 404).path("error").asText())
                .isEqualTo("unit_not_found");
    }

    @Test
    void aTenThousandUnitCatalogueImportsAndItsExportIsNeutralised() throws IOException {
        StringBuilder catalogue = new StringBuilder("code,name,level,parentCode\n01,=HYPERLINK(\"x\"),Tỉnh,\n");
        for (int d = 0; d < 100; d++) {
            String district = String.format("%03d", d + 1);
            catalogue.append(district).append(",Huyện ").append(d).append(",Huyện,01\n");
            for (int c = 0; c < 100; c++) {
                catalogue.append(String.format("%05d", d * 100 + c + 1)).append(",Xã ").append(d).append('-').append(c)
                        .append(",Xã,").append(district).append('\n');
            }
        }
        long start = System.nanoTime();
        JsonNode imported = body(importCatalogue("chuyenvien", "danh-muc-10101.csv",
                catalogue.toString().getBytes(StandardCharsets.UTF_8), "2025-03-01"), 200);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("register: a catalogue of %d units imported in %d ms%n", imported.path("created").asInt(), millis);
        assertThat(imported.path("created").asInt()).isEqualTo(10_101);
        assertThat(body(as("chuyenvien").get("/api/units?parent=050&on=2025-03-01"), 200).path("total").asInt())
                .isEqualTo(100);

        // a later catalogue without one district closes it and its hundred communes, leaves the rest alone
        String later = catalogue.toString().lines().filter(line -> !line.endsWith(",050") && !line.startsWith("050,"))
                .reduce("", (a, b) -> a + b + "\n");
        JsonNode closing = body(importCatalogue("chuyenvien", "danh-muc.csv", later.getBytes(StandardCharsets.UTF_8),
                "2025-07-01"), 200);
        assertThat(closing.path("closed").asInt()).isEqualTo(101);
        assertThat(closing.path("unchanged").asInt()).isEqualTo(10_000);

        byte[] export = as("lanhdao").getBytes("/api/units/export.csv?kind=TINH&on=2025-07-01");
        String text = new String(export, StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=HYPERLINK(x)\"").doesNotContain(",\"=HYPERLINK");
    }

    /** Two officials upload the same catalogue at once: one opens the units, the other finds them unchanged. */
    @Test
    void twoImportsAtOnceDoNotDuplicateUnits() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> importCatalogue("chuyenvien", "danh-muc.csv", csv(MARCH_2025), "2025-03-01")));
            }
            int created = 0;
            for (var answer : answers) {
                created += body(answer.get(), 200).path("created").asInt();
            }
            assertThat(created).isEqualTo(8);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM restructuring_unit", Integer.class)).isEqualTo(8);
    }

    @Test
    void officialsImportStaffReadOthersAreRefused() throws IOException {
        body(importCatalogue("chuyenvien", "danh-muc.csv", csv(MARCH_2025), "2025-03-01"), 200);
        body(importStatistics("chuyenvien", "so-lieu.csv", csv("code;date;area;population\n01;2024-12-31;3359,8;8587100\n")), 200);
        assertThat(importCatalogue("lanhdao", "danh-muc.csv", csv(MARCH_2025), "2025-03-01").statusCode()).isEqualTo(403);
        assertThat(importCatalogue("thietke", "danh-muc.csv", csv(MARCH_2025), "2025-03-01").statusCode()).isEqualTo(403);
        assertThat(importStatistics("lanhdao", "so-lieu.csv", csv("code;date;area;population\n")).statusCode())
                .isEqualTo(403);
        for (String path : List.of("/api/units/01?on=2025-03-01", "/api/units/01/history", "/api/units?on=2025-03-01",
                "/api/units/01/standards?on=2025-03-01",
                "/api/units/export.csv?on=2025-03-01")) {
            assertThat(as("chuyenvien").get(path).statusCode()).as("chuyenvien " + path).isEqualTo(200);
            assertThat(as("lanhdao").get(path).statusCode()).as("lanhdao " + path).isEqualTo(200);
            assertThat(as("thietke").get(path).statusCode()).as("thietke " + path).isEqualTo(403);
            assertThat(new HttpTestClient(port).get(path).statusCode()).as("anonymous " + path).isEqualTo(401);
        }
        assertThat(new HttpTestClient(port).postMultipart("/api/units/import", Map.of("validFrom", "2025-03-01"),
                Map.of("file", csv(MARCH_2025)), "x.csv").statusCode()).isEqualTo(401);
        JsonNode forbidden = body(as("thietke").get("/api/units/01"), 403);
        assertThat(forbidden.path("error").asText()).isNotBlank();
    }

    /** The tables deployed at start-up answer as the files do (R10 a), today's and a pinned case's. */
    @Test
    void theDeployedTablesAreReadLatestAndPinned() {
        UnitFacts lowland = UnitFacts.of(UnitKind.XA, "40", 15_000);
        RestructuringRules.StandardCheck latest = caseRules.latest().check(lowland, java.time.LocalDate.of(2026, 2, 2));
        assertThat(latest.populationMet()).isFalse();
        assertThat(latest.standard().minPopulation()).isEqualTo(16_000);
        String owner = RestructuringCaseRules.schemeOwner(System.nanoTime());
        caseRules.pin(owner);
        assertThat(caseRules.rules(owner).consultation(java.time.LocalDate.of(2026, 2, 2), 4_000, 2_500, 2_000).passed())
                .as("R8 (b) on the pinned tables").isTrue();
    }
}
