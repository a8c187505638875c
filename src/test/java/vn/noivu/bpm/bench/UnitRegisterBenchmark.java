package vn.noivu.bpm.bench;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.NoivuBpmApplication;
import vn.noivu.bpm.platform.rules.RuleTables;
import vn.noivu.bpm.restructuring.domain.RestructuringRules;
import vn.noivu.bpm.restructuring.domain.UnitFacts;
import vn.noivu.bpm.restructuring.domain.UnitKind;
import vn.noivu.bpm.restructuring.persistence.UnitRepository;
import vn.noivu.bpm.restructuring.process.RestructuringCaseRules;

/**
 * Register benchmark (./mvnw -Pbench, not part of the tests), on the local PostgreSQL: a national catalogue of
 * 10,101 units imported through the API (upload, whole-file checks, plan, batches, commit) against the bare JDBC
 * batch insert of the same rows into a table of the same shape, as a ratio; then the same catalogue re-imported
 * (nothing changes) and a later one closing a district with its communes; statistics for every commune and each
 * commune checked against the 2026 standard of its kind, against one bare evaluation of the standards table each.
 */
public final class UnitRegisterBenchmark {

    private static final String DB = "noivu_bench_units";

    public static void main(String[] args) throws Exception {
        BenchResults.sharedJvm();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        int districts = Integer.getInteger("bench.districts", 100);
        int communes = Integer.getInteger("bench.communes", 100);
        recreateDatabase();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NoivuBpmApplication.class)
                .profiles("postgres", "demo")
                .properties("PORT=0", "DB_URL=jdbc:postgresql://127.0.0.1:5432/" + DB,
                        "camunda.bpm.job-execution.enabled=false", "logging.level.root=WARN")
                .run()) {
            int port = app.getEnvironment().getProperty("local.server.port", Integer.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<String[]> units = catalogue(districts, communes);
            byte[] file = csv(units, null);
            List<String> report = new ArrayList<>();

            importCatalogue(port, file, "2024-01-01"); // warm-up (JIT, pools), not measured
            for (String table : List.of("restructuring_unit_link", "restructuring_unit", "restructuring_unit_import")) {
                jdbc.update("DELETE FROM " + table);
            }
            long start = System.nanoTime();
            importCatalogue(port, file, "2025-03-01");
            double imported = (System.nanoTime() - start) / 1e9;

            jdbc.execute("CREATE TABLE bench_unit (LIKE restructuring_unit INCLUDING ALL)");
            List<Object[]> rows = units.stream().map(u -> new Object[] {u[0], u[1], u[2], u[3].isEmpty() ? null : u[3],
                    Date.valueOf("2025-03-01"), 1L}).toList();
            String insert = "INSERT INTO bench_unit (code, name, kind, parent_code, valid_from, import_id) VALUES (?, ?, ?, ?, ?, ?)";
            jdbc.batchUpdate(insert, rows);
            jdbc.update("DELETE FROM bench_unit");
            long bareStart = System.nanoTime();
            jdbc.batchUpdate(insert, rows);
            double bare = (System.nanoTime() - bareStart) / 1e9;
            report.add(String.format(Locale.ROOT, "catalogue import: %d units through the API in %.2f s; bare JDBC batch "
                    + "insert of the same rows %.3f s; ratio %.1fx", units.size(), imported, bare, imported / bare));

            long againStart = System.nanoTime();
            importCatalogue(port, file, "2025-03-01");
            report.add(String.format(Locale.ROOT, "the same catalogue again (nothing changes): %.2f s",
                    (System.nanoTime() - againStart) / 1e9));
            byte[] later = csv(units, "050");
            long laterStart = System.nanoTime();
            importCatalogue(port, later, "2025-07-01");
            report.add(String.format(Locale.ROOT, "a later catalogue without one district (%d units closed): %.2f s",
                    communes + 1, (System.nanoTime() - laterStart) / 1e9));

            // statistics for every commune, then each commune against the 2026 standard of its kind
            StringBuilder statistics = new StringBuilder("code,date,area,population,mountainous\n");
            List<String[]> communeRows = units.stream().filter(u -> u[2].equals("XA")).toList();
            for (int i = 0; i < communeRows.size(); i++) {
                statistics.append(communeRows.get(i)[0]).append(",2024-12-31,").append(10 + i % 120).append(',')
                        .append(2_000 + (i * 37) % 30_000).append(',').append(i % 3 == 0 ? "x" : "").append('\n');
            }
            long statsStart = System.nanoTime();
            HttpResponse<String> statsAnswer = new HttpTestClient(port).as("chuyenvien", "chuyenvien").postMultipart(
                    "/api/units/statistics/import", Map.of(), Map.of("file", statistics.toString()
                            .getBytes(StandardCharsets.UTF_8)), "so-lieu.csv");
            if (statsAnswer.statusCode() != 200) {
                throw new IllegalStateException(statsAnswer.body());
            }
            report.add(String.format(Locale.ROOT, "statistics import: %d rows in %.2f s", communeRows.size(),
                    (System.nanoTime() - statsStart) / 1e9));
            RestructuringRules rules = app.getBean(RestructuringCaseRules.class).latest();
            UnitRepository repository = app.getBean(UnitRepository.class);
            java.time.LocalDate day = java.time.LocalDate.of(2026, 2, 2);
            List<UnitFacts> facts = new ArrayList<>();
            for (String[] commune : communeRows) {
                UnitRepository.StatisticsRow row = repository.statistics(commune[0], day).orElseThrow();
                facts.add(new UnitFacts(UnitKind.XA, row.areaKm2(), row.population(), row.ethnicMinorityPercent(),
                        row.mountainous(), row.island(), row.landBorder(), row.coastalBaiNgang(), UnitKind.HUYEN));
            }
            facts.forEach(f -> rules.check(f, day)); // warm-up
            long checkStart = System.nanoTime();
            long met = facts.stream().filter(f -> rules.check(f, day).met()).count();
            double checked = (System.nanoTime() - checkStart) / 1e9;
            RuleTables tables = app.getBean(RuleTables.class);
            var decision = tables.latest(RestructuringRules.STANDARDS_KEY).decision();
            long bareCheckStart = System.nanoTime();
            for (UnitFacts f : facts) {
                tables.dmnEngine().evaluateDecisionTable(decision, Map.of("kind", "XA", "terrain", f.terrain(),
                        "parentKind", "HUYEN", "on", day));
            }
            double bareChecked = (System.nanoTime() - bareCheckStart) / 1e9;
            report.add(String.format(Locale.ROOT, "standards check: %d communes (%d meet the 2026 standard) in %.3f s; "
                    + "one bare evaluation of the standards table per commune %.2f s (%.2f ms each); ratio %.4f "
                    + "(the rules answer each distinct set of inputs once)", facts.size(), met, checked, bareChecked,
                    1000 * bareChecked / facts.size(), checked / bareChecked));

            Path out = Path.of("target", "bench-units.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, report);
            report.forEach(System.out::println);
        }
    }

    /** Code, name, kind, parent code: one province, its districts, their communes. */
    private static List<String[]> catalogue(int districts, int communes) {
        List<String[]> units = new ArrayList<>();
        units.add(new String[] {"01", "Tỉnh Đo Hiệu Năng", "TINH", ""});
        for (int d = 0; d < districts; d++) {
            String district = String.format("%03d", d + 1);
            units.add(new String[] {district, "Huyện " + d, "HUYEN", "01"});
            for (int c = 0; c < communes; c++) {
                units.add(new String[] {String.format("%05d", d * communes + c + 1), "Xã " + d + "-" + c, "XA", district});
            }
        }
        return units;
    }

    private static byte[] csv(List<String[]> units, String withoutDistrict) {
        StringBuilder csv = new StringBuilder("code,name,level,parentCode\n");
        for (String[] unit : units) {
            if (withoutDistrict != null && (unit[0].equals(withoutDistrict) || unit[3].equals(withoutDistrict))) {
                continue;
            }
            csv.append(String.join(",", unit)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void importCatalogue(int port, byte[] file, String validFrom) {
        HttpResponse<String> response = new HttpTestClient(port).as("chuyenvien", "chuyenvien")
                .postMultipart("/api/units/import", Map.of("validFrom", validFrom), Map.of("file", file), "danh-muc.csv");
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.body());
        }
    }

    private static void recreateDatabase() throws Exception {
        try (Connection c = BenchResults.connect("jdbc:postgresql://127.0.0.1:5432/postgres");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DB);
        }
    }
}
