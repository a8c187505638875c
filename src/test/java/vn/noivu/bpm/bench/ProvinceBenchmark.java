package vn.noivu.bpm.bench;

import static vn.noivu.bpm.bench.BenchResults.f;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.openqa.selenium.JavascriptExecutor;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.Browser;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.NoivuBpmApplication;
import vn.noivu.bpm.platform.identity.TasklistFilters;

/**
 * A province's year of data (./mvnw -Pbench, not part of the tests), on the local PostgreSQL, each figure against a
 * baseline measured in the same run:
 * <ol>
 * <li>history: the on-time report ({@code GET /api/reports/on-time}) over a year with at least 500,000 historic task
 *     instances of the deployed process definitions in 200 units, against a bare SQL aggregate of the same rows; the
 *     report page's first paint in headless Chromium with those rows present;</li>
 * <li>Tasklist: the clerk's default filter "Việc của nhóm" ({@code POST /engine-rest/filter/{id}/list}, as the
 *     Tasklist calls it) with 50,000 open tasks across 200 groups, p95 against the bare SQL query of the same page;</li>
 * <li>imports: the personnel register (100,000 rows, about 14 MB) and the unit catalogue (10,000 rows) through their
 *     endpoints against PostgreSQL's COPY of the same rows, with the heap high-water mark.</li>
 * </ol>
 * Sizes scale with -Dbench.scale (0.05 for a smoke run). The history and the open tasks are written set-based with
 * SQL in the shape the engine writes them (history of finished cases cannot be produced faster any other way);
 * every measured side is the product's own endpoint.
 */
public final class ProvinceBenchmark {

    private static final String DB = "noivu_bench_province";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int UNITS = 200;
    private static final int GROUPS = 200;

    public static void main(String[] args) throws Exception {
        BenchResults.sharedJvm();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(ZONE));
        BenchResults results = new BenchResults("Province year (ProvinceBenchmark)");
        BenchResults.recreateDatabase(DB);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NoivuBpmApplication.class)
                .profiles("postgres", "demo")
                .properties("PORT=0", "DB_URL=jdbc:postgresql://127.0.0.1:5432/" + DB,
                        "camunda.bpm.job-execution.enabled=false", "logging.level.root=WARN")
                .run()) {
            int port = app.getEnvironment().getProperty("local.server.port", Integer.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            if (!Boolean.getBoolean("bench.skipHistory")) {
                history(app, port, jdbc, results);
            }
            if (!Boolean.getBoolean("bench.skipTasklist")) {
                tasklist(app, port, jdbc, results);
            }
            if (!Boolean.getBoolean("bench.skipImports")) {
                imports(app, port, jdbc, results);
            }
            results.write();
        }
        if (!Boolean.getBoolean("bench.keepDb")) {
            BenchResults.dropDatabase(DB);
        }
    }

    // ---------------------------------------------------------------- history

    private static void history(ConfigurableApplicationContext app, int port, JdbcTemplate jdbc, BenchResults results)
            throws Exception {
        int target = BenchResults.scaled("bench.historyTasks", 500_000);
        LocalDate today = LocalDate.now(ZONE);
        LocalDate from = today.minusDays(364);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZONE));
        long genStart = System.nanoTime();
        int written = generateHistory(app, jdbc, target, now);
        results.note(f("history: %,d historic task instances (ACT_HI_TASKINST) of %d deployed process definitions in %d units "
                + "over the 365 days to %s, with their ACT_HI_PROCINST rows and orgUnitCode variables (ACT_HI_VARINST), "
                + "written set-based with SQL in %.0f s (the only shortcut: it stands for a year of finished cases; "
                + "the report reads them through its endpoint)", written, jdbc.queryForObject(
                        "SELECT count(DISTINCT proc_def_key) FROM bench_task_def", Integer.class), UNITS, today,
                (System.nanoTime() - genStart) / 1e9));

        HttpTestClient manager = new HttpTestClient(port).as("lanhdao", "lanhdao");
        String path = "/api/reports/on-time?from=" + from + "&to=" + today;
        int runs = Integer.getInteger("bench.historyRuns", 5);
        List<Double> report = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        int[] counted = new int[1];
        int[] bareCount = new int[1];
        Timestamp start = Timestamp.valueOf(from.atStartOfDay());
        Timestamp end = Timestamp.valueOf(today.plusDays(1).atStartOfDay());
        for (int run = -1; run < runs; run++) { // run -1: warm-up (JIT, caches), not counted
            long t = System.nanoTime();
            HttpResponse<String> answer = manager.get(path);
            double seconds = (System.nanoTime() - t) / 1e9;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(answer.statusCode() + " " + answer.body());
            }
            counted[0] = sumOfCounts(answer.body());
            long b = System.nanoTime();
            bareCount[0] = jdbc.query(BARE_AGGREGATE, rs -> {
                int total = 0;
                while (rs.next()) {
                    total += rs.getInt("on_time") + rs.getInt("late") + rs.getInt("open_overdue");
                }
                return total;
            }, start, end, now, start, end);
            double bareSeconds = (System.nanoTime() - b) / 1e9;
            if (run >= 0) {
                report.add(seconds);
                bare.add(bareSeconds);
            }
        }
        if (counted[0] != bareCount[0]) {
            throw new IllegalStateException("The report counted " + counted[0] + " tasks, the bare aggregate " + bareCount[0]);
        }
        double ratio = BenchResults.median(report) / BenchResults.median(bare);
        results.add(f("on-time report, %,d tasks in the year", counted[0]),
                f("median %.2f s of %d (%.2f–%.2f s), JSON over HTTP", BenchResults.median(report), runs,
                        report.stream().min(Double::compare).orElseThrow(), report.stream().max(Double::compare).orElseThrow()),
                f("median %.2f s: one SQL GROUP BY of the same rows (procedure, step, month, unit; calendar-day percentiles)",
                        BenchResults.median(bare)),
                f("%.1f×", ratio), "≤ 3×", ratio <= 3);

        firstPaint(port, from, today, results);
    }

    /** The same rows as OnTimeReportService, counted and given percentiles by PostgreSQL alone. */
    private static final String BARE_AGGREGATE = """
            SELECT h.PROC_DEF_KEY_, h.TASK_DEF_KEY_,
                   to_char(COALESCE(h.END_TIME_, h.DUE_DATE_), 'YYYY-MM') AS month, COALESCE(v.TEXT_, '') AS unit,
                   count(*) FILTER (WHERE h.END_TIME_ IS NOT NULL AND h.END_TIME_ <= h.DUE_DATE_) AS on_time,
                   count(*) FILTER (WHERE h.END_TIME_ > h.DUE_DATE_) AS late,
                   count(*) FILTER (WHERE h.END_TIME_ IS NULL) AS open_overdue,
                   percentile_disc(0.5) WITHIN GROUP (ORDER BY h.END_TIME_::date - h.START_TIME_::date) AS p50,
                   percentile_disc(0.95) WITHIN GROUP (ORDER BY h.END_TIME_::date - h.START_TIME_::date) AS p95
            FROM ACT_HI_TASKINST h
            LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = h.PROC_DEF_ID_
            LEFT JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = h.PROC_INST_ID_ AND v.EXECUTION_ID_ = h.PROC_INST_ID_
                                      AND v.NAME_ = 'orgUnitCode'
            WHERE h.DUE_DATE_ IS NOT NULL AND h.PROC_DEF_KEY_ IS NOT NULL
              AND ((h.END_TIME_ >= ? AND h.END_TIME_ < ? AND h.DELETE_REASON_ = 'completed')
                OR (h.END_TIME_ IS NULL AND h.DUE_DATE_ < ? AND h.DUE_DATE_ >= ? AND h.DUE_DATE_ < ?))
            GROUP BY 1, 2, 3, 4
            """;

    private static int sumOfCounts(String json) throws Exception {
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        int total = 0;
        for (var procedure : tree.get("procedures")) {
            total += procedure.get("onTime").asInt() + procedure.get("late").asInt() + procedure.get("openOverdue").asInt();
        }
        return total;
    }

    /**
     * The user tasks of every deployed process definition, then instances spread over the year, each with all the
     * user tasks of its definition in order, two days apart, finished within 0-10 days (so some late, some still
     * open), due 5 days after they start at the end of the day; a unit each (orgUnitCode) of 200.
     */
    private static int generateHistory(ConfigurableApplicationContext app, JdbcTemplate jdbc, int target, Timestamp now) {
        RepositoryService repository = app.getBean(RepositoryService.class);
        jdbc.execute("CREATE TABLE bench_task_def (def_idx INT, ord INT, proc_def_id VARCHAR(64), proc_def_key VARCHAR(255), "
                + "task_key VARCHAR(255), task_name VARCHAR(255))");
        List<Object[]> rows = new ArrayList<>();
        int defIdx = 0;
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionKey().asc().list()) {
            List<UserTask> tasks = new ArrayList<>(repository.getBpmnModelInstance(definition.getId())
                    .getModelElementsByType(UserTask.class));
            if (tasks.isEmpty()) {
                continue;
            }
            for (int ord = 0; ord < tasks.size(); ord++) {
                rows.add(new Object[] {defIdx, ord, definition.getId(), definition.getKey(), tasks.get(ord).getId(),
                        tasks.get(ord).getName()});
            }
            defIdx++;
        }
        jdbc.batchUpdate("INSERT INTO bench_task_def VALUES (?, ?, ?, ?, ?, ?)", rows);
        int definitions = defIdx;
        // instances needed: tasks per instance average rows/definitions; 25% more for tasks not yet started
        int instances = (int) Math.ceil(1.25 * target * definitions / rows.size());
        jdbc.execute("CREATE TABLE bench_inst AS SELECT i, i % " + definitions + " AS def_idx, "
                + "'DV' || lpad((1 + i % " + UNITS + ")::text, 3, '0') AS unit FROM generate_series(1, " + instances + ") i");
        jdbc.update("ALTER TABLE bench_inst ADD COLUMN start_ts TIMESTAMP");
        jdbc.update("UPDATE bench_inst SET start_ts = ?::timestamp - make_interval(mins => (i * 7919) % 525600)", now);
        // the tasks of each instance, cut at the target
        jdbc.update("""
                CREATE TABLE bench_hist AS
                SELECT i, ord, d.proc_def_id, d.proc_def_key, d.task_key, d.task_name, s.start_ts AS inst_start,
                       s.start_ts + make_interval(days => 2 * ord, mins => (i * 13 + ord * 7) % 600) AS t_start,
                       make_interval(mins => ((i * 31 + ord * 17) % 100) * 144) AS took
                FROM bench_inst s JOIN bench_task_def d ON d.def_idx = s.def_idx
                WHERE s.start_ts + make_interval(days => 2 * ord) < ?::timestamp - interval '1 hour'
                ORDER BY i, ord LIMIT ?""", now, target);
        jdbc.update("""
                INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,
                    PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_,
                    DELETE_REASON_, PRIORITY_, DUE_DATE_, TASK_STATE_)
                SELECT 'bht-' || i || '-' || ord, task_key, proc_def_key, proc_def_id, 'bhp-' || i, 'bhp-' || i,
                       'bhp-' || i, task_key || ':bha-' || i || '-' || ord, task_name,
                       CASE WHEN t_start + took < ?::timestamp THEN 'chuyenvien' END, t_start,
                       CASE WHEN t_start + took < ?::timestamp THEN t_start + took END,
                       CASE WHEN t_start + took < ?::timestamp THEN (extract(epoch FROM took) * 1000)::bigint END,
                       CASE WHEN t_start + took < ?::timestamp THEN 'completed' END, 50,
                       date_trunc('day', t_start) + interval '5 days 23:59:59',
                       CASE WHEN t_start + took < ?::timestamp THEN 'Completed' ELSE 'Created' END
                FROM bench_hist""", now, now, now, now, now);
        jdbc.update("""
                INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,
                    ROOT_PROC_INST_ID_, START_ACT_ID_, STATE_)
                SELECT DISTINCT ON (i) 'bhp-' || i, 'bhp-' || i, 'HS-' || i, proc_def_key, proc_def_id, inst_start,
                       'bhp-' || i, 'start', 'ACTIVE'
                FROM bench_hist ORDER BY i""");
        jdbc.update("""
                INSERT INTO ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
                    EXECUTION_ID_, NAME_, VAR_TYPE_, CREATE_TIME_, REV_, TEXT_, STATE_)
                SELECT 'bhv-' || p.PROC_INST_ID_, p.PROC_DEF_KEY_, p.PROC_DEF_ID_, p.PROC_INST_ID_, p.PROC_INST_ID_,
                       p.PROC_INST_ID_, 'orgUnitCode', 'string', p.START_TIME_, 0, s.unit, 'CREATED'
                FROM ACT_HI_PROCINST p JOIN bench_inst s ON 'bhp-' || s.i = p.PROC_INST_ID_""");
        int written = jdbc.queryForObject("SELECT count(*) FROM bench_hist", Integer.class);
        jdbc.execute("DROP TABLE bench_hist");
        jdbc.execute("DROP TABLE bench_inst");
        for (String table : List.of("ACT_HI_TASKINST", "ACT_HI_PROCINST", "ACT_HI_VARINST")) {
            jdbc.execute("VACUUM ANALYZE " + table);
        }
        return written;
    }

    /**
     * The manager opens the report page (its default period, this year so far) in headless Chromium: first
     * contentful paint from the Paint Timing API, and the time until the page says the figures are shown
     * (data-state "ready"); then the whole year is asked for from the page's own form.
     */
    private static void firstPaint(int port, LocalDate from, LocalDate to, BenchResults results) throws Exception {
        int runs = Integer.getInteger("bench.paintRuns", 3);
        try (Browser browser = new Browser(port)) {
            browser.open("/reports/on-time");
            browser.logIn("lanhdao", "lanhdao");
            browser.wait.until(d -> d.getPageSource().contains("Việc của tôi"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            List<Double> paints = new ArrayList<>();
            List<Double> readies = new ArrayList<>();
            for (int run = -1; run < runs; run++) {
                browser.open("/reports/on-time");
                Object ready = js.executeAsyncScript(AWAIT_READY);
                @SuppressWarnings("unchecked")
                Map<String, Object> timing = (Map<String, Object>) js.executeScript("""
                        const p = performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint');
                        return {fcp: p ? p.startTime : -1};""");
                if (run >= 0) {
                    paints.add(((Number) timing.get("fcp")).doubleValue());
                    readies.add(((Number) ready).doubleValue());
                }
            }
            double fcp = BenchResults.median(paints);
            results.add("report page: first contentful paint", f("median %.0f ms of %d loads (%s)", fcp, runs,
                            paints.stream().map(p -> f("%.0f", p)).collect(Collectors.joining(", "))),
                    "", "", "< 2 s", fcp > 0 && fcp < 2000);
            results.add("report page: figures shown (data-state ready), default period",
                    f("median %.0f ms from navigation", BenchResults.median(readies)), "", "", "", null);
            String state = String.valueOf(js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    document.getElementById('from').value = arguments[0];
                    document.getElementById('to').value = arguments[1];
                    const t = performance.now();
                    document.body.setAttribute('data-state', 'loading');
                    new MutationObserver(() => {
                      const s = document.body.getAttribute('data-state');
                      if (s === 'ready' || s === 'error') done(s + ' ' + (performance.now() - t));
                    }).observe(document.body, {attributes: true});
                    document.querySelector('form').requestSubmit();""", from.toString(), to.toString()));
            if (!state.startsWith("ready")) {
                throw new IllegalStateException("The report page did not show the year: " + state);
            }
            results.add("report page: the whole year asked from its form", f("%.0f ms until shown",
                    Double.parseDouble(state.split(" ")[1])), "", "", "", null);
            browser.screenshot("bench-on-time-report.png");
        }
    }

    private static final String AWAIT_READY = """
            const done = arguments[arguments.length - 1];
            const check = () => {
              const s = document.body && document.body.getAttribute('data-state');
              if (s === 'ready') { done(performance.now()); return true; }
              if (s === 'error') { done(-1); return true; }
              return false;
            };
            if (!check()) new MutationObserver((m, o) => { if (check()) o.disconnect(); })
                .observe(document.documentElement, {attributes: true, subtree: true, childList: true});""";

    // ---------------------------------------------------------------- Tasklist

    private static void tasklist(ConfigurableApplicationContext app, int port, JdbcTemplate jdbc, BenchResults results)
            throws Exception {
        int open = BenchResults.scaled("bench.openTasks", 50_000);
        IdentityService identity = app.getBean(IdentityService.class);
        for (int g = 1; g < GROUPS; g++) {
            Group group = identity.newGroup(groupId(g));
            group.setName(f("Tổ xử lý hồ sơ %03d", g));
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
        String clerk = "chuyenviendo";
        String password = "Do-hieu-nang-2026";
        User user = identity.newUser(clerk);
        user.setFirstName("Chuyên viên");
        user.setLastName("Đo hiệu năng");
        user.setPassword(password);
        identity.saveUser(user);
        identity.createMembership(clerk, "chuyen-vien");
        identity.createMembership(clerk, groupId(1));

        // One case started as the product starts it; its open task's runtime rows are then repeated.
        HttpResponse<String> started = new HttpTestClient(port).as("chuyenvien", "chuyenvien").postJson(
                "/engine-rest/process-definition/key/sample-approval/start",
                "{\"businessKey\": \"HS-MAU\", \"variables\": {\"orgUnitCode\": {\"value\": \"DV001\", \"type\": \"String\"}}}");
        if (started.statusCode() != 200) {
            throw new IllegalStateException(started.body());
        }
        String instance = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String task = jdbc.queryForObject("SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?", String.class, instance);
        long genStart = System.nanoTime();
        cloneOpenTasks(jdbc, instance, task, open);
        results.note(f("Tasklist: %,d open tasks of the deployed sample-approval process in %d candidate groups "
                        + "(chuyen-vien and 199 others), each with its execution, variables, candidate-group link and the "
                        + "authorizations the engine grants; one case started through engine REST, its runtime rows "
                        + "repeated set-based with SQL in %.0f s. The clerk (chuyen-vien and one other group) sees %,d.",
                open, GROUPS, (System.nanoTime() - genStart) / 1e9, visibleTasks(jdbc)));

        FilterService filters = app.getBean(FilterService.class);
        Filter filter = filters.createFilterQuery().filterName(TasklistFilters.GROUP_TASKS).singleResult();
        // The body the Tasklist sends for a filter without search terms: the filter's own query and sorting apply,
        // and with HAL the engine embeds the variables the filter's properties name (its columns).
        String body = "{\"processVariables\": [], \"taskVariables\": [], \"caseInstanceVariables\": []}";
        HttpTestClient tasklist = new HttpTestClient(port).as(clerk, password).header("Accept", "application/hal+json");
        String listPath = "/engine-rest/filter/" + filter.getId() + "/list?firstResult=0&maxResults=15";
        HttpTestClient counter = new HttpTestClient(port).as(clerk, password);
        String countPath = "/engine-rest/filter/" + filter.getId() + "/count";
        int warmUp = Integer.getInteger("bench.tasklistWarmUp", 20);
        int requests = Integer.getInteger("bench.tasklistRequests", 200);
        List<Long> list = new ArrayList<>();
        List<Long> count = new ArrayList<>();
        List<Long> bareList = new ArrayList<>();
        List<Long> bareCount = new ArrayList<>();
        List<String> groups = List.of("chuyen-vien", groupId(1));
        String in = "'" + String.join("', '", groups) + "'";
        String bareListSql = "SELECT t.* FROM ACT_RU_TASK t WHERE t.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM "
                + "ACT_RU_IDENTITYLINK i WHERE i.TASK_ID_ = t.ID_ AND i.TYPE_ = 'candidate' AND i.GROUP_ID_ IN (" + in
                + ")) ORDER BY t.DUE_DATE_ ASC, t.CREATE_TIME_ ASC LIMIT 15";
        String bareCountSql = "SELECT count(*) FROM ACT_RU_TASK t WHERE t.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM "
                + "ACT_RU_IDENTITYLINK i WHERE i.TASK_ID_ = t.ID_ AND i.TYPE_ = 'candidate' AND i.GROUP_ID_ IN (" + in + "))";
        int shown = 0;
        long countShown = 0;
        for (int r = 0; r < warmUp + requests; r++) {
            long t = System.nanoTime();
            HttpResponse<String> page = tasklist.postJson(listPath, body);
            long listNanos = System.nanoTime() - t;
            t = System.nanoTime();
            HttpResponse<String> total = counter.postJson(countPath, body);
            long countNanos = System.nanoTime() - t;
            if (page.statusCode() != 200 || total.statusCode() != 200) {
                throw new IllegalStateException(page.statusCode() + " " + page.body() + " / " + total.body());
            }
            t = System.nanoTime();
            int bareRows = jdbc.queryForList(bareListSql).size();
            long bareListNanos = System.nanoTime() - t;
            t = System.nanoTime();
            long bareTotal = jdbc.queryForObject(bareCountSql, Long.class);
            long bareCountNanos = System.nanoTime() - t;
            if (r >= warmUp) {
                list.add(listNanos);
                count.add(countNanos);
                bareList.add(bareListNanos);
                bareCount.add(bareCountNanos);
            }
            shown = bareRows;
            countShown = Long.parseLong(total.body().replaceAll("[^0-9]", ""));
            if (countShown != bareTotal) {
                throw new IllegalStateException("The filter counts " + countShown + " tasks, the bare query " + bareTotal);
            }
        }
        double p95 = BenchResults.percentileMs(list, 0.95);
        double bareP95 = BenchResults.percentileMs(bareList, 0.95);
        results.add(f("Tasklist \"Việc của nhóm\": first page (%d of %,d), %d requests", shown, countShown, requests),
                f("p95 %.1f ms, p50 %.1f ms (engine REST, HAL, as the clerk)", p95, BenchResults.percentileMs(list, 0.5)),
                f("p95 %.2f ms: bare SQL page of the same tasks", bareP95), f("%.1f×", p95 / bareP95),
                "report ratio and time", null);
        double countP95 = BenchResults.percentileMs(count, 0.95);
        double bareCountP95 = BenchResults.percentileMs(bareCount, 0.95);
        results.add("Tasklist \"Việc của nhóm\": count", f("p95 %.1f ms", countP95),
                f("p95 %.2f ms: bare SQL count", bareCountP95), f("%.1f×", countP95 / bareCountP95), "", null);
    }

    private static String groupId(int g) {
        return g % GROUPS == 0 ? "chuyen-vien" : f("to-xu-ly-%03d", g % GROUPS);
    }

    private static long visibleTasks(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(DISTINCT TASK_ID_) FROM ACT_RU_IDENTITYLINK WHERE GROUP_ID_ IN "
                + "('chuyen-vien', ?)", Long.class, groupId(1));
    }

    /**
     * n copies of the open task's runtime rows (execution, task, candidate link, variables, task authorizations),
     * each a case of its own: created over the last 60 days, due within the next 30, in group g of 200.
     */
    private static void cloneOpenTasks(JdbcTemplate jdbc, String instance, String task, int n) {
        String group = "CASE WHEN g % " + GROUPS + " = 0 THEN 'chuyen-vien' ELSE 'to-xu-ly-' || lpad((g % " + GROUPS
                + ")::text, 3, '0') END";
        String pi = "'bpi-' || g";
        String tid = "'btk-' || g";
        cloneRows(jdbc, "ACT_RU_EXECUTION", "ID_ = '" + instance + "'", n, Map.of("ID_", pi, "ROOT_PROC_INST_ID_", pi,
                "PROC_INST_ID_", pi, "BUSINESS_KEY_", "'HS-' || g", "ACT_INST_ID_", "'handleDossier:bai-' || g"));
        cloneRows(jdbc, "ACT_RU_TASK", "ID_ = '" + task + "'", n, Map.of("ID_", tid, "EXECUTION_ID_", pi,
                "PROC_INST_ID_", pi, "CREATE_TIME_", "src.CREATE_TIME_ - make_interval(mins => (g * 7919) % 86400)",
                "DUE_DATE_", "date_trunc('day', src.DUE_DATE_) + make_interval(days => g % 30) + interval '23:59:59'",
                "FOLLOW_UP_DATE_", "date_trunc('day', src.DUE_DATE_) + make_interval(days => g % 30 - 1)"));
        cloneRows(jdbc, "ACT_RU_IDENTITYLINK", "TASK_ID_ = '" + task + "'", n, Map.of("ID_", "'bil-' || g",
                "GROUP_ID_", group, "TASK_ID_", tid));
        cloneRows(jdbc, "ACT_RU_VARIABLE", "PROC_INST_ID_ = '" + instance + "'", n, Map.of("ID_", "'bv-' || g || '-' || src.NAME_",
                "EXECUTION_ID_", pi, "PROC_INST_ID_", pi,
                "TASK_ID_", "CASE WHEN src.TASK_ID_ IS NULL THEN NULL ELSE " + tid + " END",
                "VAR_SCOPE_", "CASE WHEN src.TASK_ID_ IS NULL THEN " + pi + " ELSE " + tid + " END",
                "TEXT_", "CASE WHEN src.NAME_ = 'orgUnitCode' THEN 'DV' || lpad((1 + g % " + UNITS + ")::text, 3, '0') "
                        + "ELSE src.TEXT_ END"));
        cloneRows(jdbc, "ACT_RU_AUTHORIZATION", "RESOURCE_ID_ = '" + task + "'", n, Map.of("ID_",
                "'bau-' || g || '-' || src.RESOURCE_TYPE_", "GROUP_ID_", group, "RESOURCE_ID_", tid,
                "ROOT_PROC_INST_ID_", "CASE WHEN src.ROOT_PROC_INST_ID_ IS NULL THEN NULL ELSE " + pi + " END"));
        for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_VARIABLE",
                "ACT_RU_AUTHORIZATION")) {
            jdbc.execute("VACUUM ANALYZE " + table);
        }
    }

    private static void cloneRows(JdbcTemplate jdbc, String table, String where, int n, Map<String, String> replaced) {
        List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                + "current_schema() AND table_name = ? ORDER BY ordinal_position", String.class, table.toLowerCase());
        Map<String, String> upper = new LinkedHashMap<>();
        replaced.forEach((k, v) -> upper.put(k.toLowerCase(), v));
        String select = columns.stream().map(c -> upper.getOrDefault(c, "src." + c)).collect(Collectors.joining(", "));
        int rows = jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select
                + " FROM " + table + " src CROSS JOIN generate_series(1, ?) g WHERE src." + where, n);
        if (rows == 0) {
            throw new IllegalStateException("Nothing to repeat in " + table + " where " + where);
        }
    }

    // ---------------------------------------------------------------- imports

    private static void imports(ConfigurableApplicationContext app, int port, JdbcTemplate jdbc, BenchResults results)
            throws Exception {
        HttpTestClient clerk = new HttpTestClient(port).as("chuyenvien", "chuyenvien");
        DataSource dataSource = app.getBean(DataSource.class);
        int people = BenchResults.scaled("bench.people", 100_000);
        // The file is sent from disk and the COPY rows are made after the import: while the heap is measured the
        // client holds nothing of the register, so what grows is the application's.
        java.nio.file.Path file = java.nio.file.Files.createTempFile("ho-so-can-bo", ".csv");
        java.nio.file.Files.write(file, register(people, false).csv);
        double megabytes = java.nio.file.Files.size(file) / 1048576.0;
        // warm-up: a small register, not measured, then emptied
        postImport(clerk, "/api/personnel/import", Map.of(), register(200, false).csv, "ho-so-can-bo.csv");
        for (String table : List.of("personnel_rating", "personnel_discipline", "personnel_achievement", "personnel_person")) {
            jdbc.update("DELETE FROM " + table);
        }
        BenchResults.resetHeapPeaks();
        long t = System.nanoTime();
        HttpResponse<String> response = clerk.postMultipartFile("/api/personnel/import", Map.of(), file,
                "ho-so-can-bo.csv");
        double seconds = (System.nanoTime() - t) / 1e9;
        double heap = BenchResults.heapPeakMb();
        String live = BenchResults.liveHeap();
        java.nio.file.Files.delete(file);
        String answer = response.statusCode() + " " + response.body();
        if (!answer.contains("\"created\":" + people)) {
            throw new IllegalStateException(answer);
        }
        Register register = register(people, true);
        jdbc.execute("CREATE TABLE bench_person (LIKE personnel_person INCLUDING ALL)");
        jdbc.execute("CREATE TABLE bench_rating (LIKE personnel_rating INCLUDING ALL)");
        jdbc.execute("CREATE TABLE bench_achievement (LIKE personnel_achievement INCLUDING ALL)");
        double copy = copy(dataSource, Map.of(
                "COPY bench_person (id, citizen_id, full_name, gender, date_of_birth, ethnicity, ethnic_minority, staff_type, "
                        + "unit_code, unit_name, rank_code, rank_name, rank_since, equivalent_months, service_start, "
                        + "imported_at) FROM STDIN", register.copyPeople,
                "COPY bench_rating (person_id, rating_year, rating) FROM STDIN", register.copyRatings,
                "COPY bench_achievement (person_id, title, level, award_year) FROM STDIN", register.copyAchievements));
        double ratio = seconds / copy;
        results.add(f("personnel register import, %,d people (%.1f MB CSV)", people, megabytes),
                f("%.2f s through POST /api/personnel/import; heap high-water %.0f MB; %s", seconds, heap, live),
                f("%.2f s: COPY of the same rows (people, ratings, achievements)", copy), f("%.1f×", ratio),
                "≤ 10×, memory bounded", ratio <= 10);

        int communes = BenchResults.scaled("bench.units", 10_000);
        int districts = Math.max(1, communes / 100);
        List<String[]> units = catalogue(districts, Math.max(1, communes / districts - 1));
        StringBuilder csv = new StringBuilder("code,name,level,parentCode\n");
        StringBuilder copyUnits = new StringBuilder();
        for (String[] unit : units) {
            csv.append(String.join(",", unit)).append('\n');
            copyUnits.append(String.join("\t", unit[0], unit[1], unit[2], unit[3].isEmpty() ? "\\N" : unit[3],
                    "2025-03-01", "1")).append('\n');
        }
        byte[] unitFile = csv.toString().getBytes(StandardCharsets.UTF_8);
        postImport(clerk, "/api/units/import", Map.of("validFrom", "2024-01-01"), unitFile, "danh-muc.csv"); // warm-up
        for (String table : List.of("restructuring_unit_link", "restructuring_unit", "restructuring_unit_import")) {
            jdbc.update("DELETE FROM " + table);
        }
        BenchResults.resetHeapPeaks();
        t = System.nanoTime();
        postImport(clerk, "/api/units/import", Map.of("validFrom", "2025-03-01"), unitFile, "danh-muc.csv");
        double unitSeconds = (System.nanoTime() - t) / 1e9;
        double unitHeap = BenchResults.heapPeakMb();
        String unitLive = BenchResults.liveHeap();
        jdbc.execute("CREATE TABLE bench_unit (LIKE restructuring_unit INCLUDING ALL)");
        double unitCopy = copy(dataSource, Map.of("COPY bench_unit (code, name, kind, parent_code, valid_from, import_id) "
                + "FROM STDIN", copyUnits.toString()));
        double unitRatio = unitSeconds / unitCopy;
        results.add(f("unit catalogue import, %,d units", units.size()),
                f("%.2f s through POST /api/units/import; heap high-water %.0f MB; %s", unitSeconds, unitHeap, unitLive),
                f("%.3f s: COPY of the same rows", unitCopy), f("%.1f×", unitRatio), "≤ 10×, memory bounded",
                unitRatio <= 10);
        results.note(f("imports: the heap high-water mark is the sum of the peaks of the heap pools of the one JVM that "
                + "runs the application and the benchmark client (which sends the register's file from disk and holds "
                + "the unit catalogue's), "
                + "after a GC and a reset of the peaks; it counts the young generation full of garbage at whatever size "
                + "the collector chose, so it follows -Xmx (%.0f MB) more than the import. The live heap is what is "
                + "still in use right after each collection during the import: its growth over the figure before is "
                + "what the import held", BenchResults.maxHeapMb()));
    }

    private static String postImport(HttpTestClient clerk, String path, Map<String, String> fields, byte[] file,
                                      String name) {
        HttpResponse<String> response = clerk.postMultipart(path, fields, Map.of("file", file), name);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** The COPY statements in one transaction, as PostgreSQL's fastest way to load the same rows. */
    private static double copy(DataSource dataSource, Map<String, String> statements) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var copier = connection.unwrap(PGConnection.class).getCopyAPI();
            long t = System.nanoTime();
            for (Map.Entry<String, String> statement : statements.entrySet()) {
                copier.copyIn(statement.getKey(), new ByteArrayInputStream(statement.getValue()
                        .getBytes(StandardCharsets.UTF_8)));
            }
            connection.commit();
            return (System.nanoTime() - t) / 1e9;
        }
    }

    private record Register(byte[] csv, String copyPeople, String copyRatings, String copyAchievements) {
    }

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Quốc", "Đức"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Long", "Mai",
            "Nam", "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Vy"};
    private static final String[] RATINGS = {"Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ",
            "Hoàn thành nhiệm vụ"};
    private static final String[] RATING_CODES = {"HOAN_THANH_XUAT_SAC", "HOAN_THANH_TOT", "HOAN_THANH"};

    /**
     * A province's register export: the columns of the national database's export, Vietnamese headings; with
     * {@code copyRows} also the same rows as COPY text (else those are empty).
     */
    private static Register register(int n, boolean copyRows) {
        StringBuilder csv = new StringBuilder("Số định danh cá nhân,Họ và tên,Giới tính,Ngày sinh,Dân tộc,Đối tượng,"
                + "Mã đơn vị,Mã ngạch,Ngạch,Ngày bổ nhiệm ngạch,Ngày bắt đầu công tác,Xếp loại 2024,Xếp loại 2025,"
                + "Khen thưởng cao nhất,Cấp khen thưởng,Năm khen thưởng\n");
        StringBuilder people = new StringBuilder();
        StringBuilder ratings = new StringBuilder();
        StringBuilder achievements = new StringBuilder();
        String now = LocalDateTime.now(ZONE).toString().replace('T', ' ');
        for (int i = 1; i <= n; i++) {
            String citizenId = f("%012d", 79_000_000_000L + i);
            String name = SURNAMES[i % SURNAMES.length] + " " + MIDDLE[i % MIDDLE.length] + " " + GIVEN[i % GIVEN.length];
            String gender = i % 2 == 0 ? "Nữ" : "Nam";
            LocalDate birth = LocalDate.of(1965 + i % 35, 1 + i % 12, 1 + i % 28);
            boolean civilServant = i % 3 != 0;
            String unitCode = f("DV%03d", 1 + i % UNITS);
            String rankCode = civilServant ? "01.003" : "V.07.01.03";
            String rankName = civilServant ? "Chuyên viên" : "Giáo viên hạng III";
            LocalDate rankSince = LocalDate.of(2005 + i % 18, 1 + i % 12, 1);
            LocalDate serviceStart = rankSince.minusYears(1);
            boolean achievement = i % 10 == 0;
            String[] r = {RATINGS[i % 3], RATINGS[(i + 1) % 3]};
            csv.append(String.join(",", citizenId, name, gender, vietnamese(birth), i % 20 == 0 ? "Tày" : "Kinh",
                    civilServant ? "Công chức" : "Viên chức", unitCode, rankCode, rankName,
                    vietnamese(rankSince), vietnamese(serviceStart), r[0], r[1],
                    achievement ? "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" : "", achievement ? "BO_TINH" : "",
                    achievement ? "2024" : "")).append('\n');
            if (!copyRows) {
                continue;
            }
            people.append(String.join("\t", String.valueOf(i), citizenId, name, i % 2 == 0 ? "NU" : "NAM",
                    birth.toString(), i % 20 == 0 ? "Tày" : "Kinh", String.valueOf(i % 20 == 0),
                    civilServant ? "CONG_CHUC" : "VIEN_CHUC", unitCode, "\\N", rankCode, rankName, rankSince.toString(),
                    "0", serviceStart.toString(), now)).append('\n');
            for (int y = 0; y < 2; y++) {
                ratings.append(i).append('\t').append(2024 + y).append('\t').append(RATING_CODES[(i + y) % 3]).append('\n');
            }
            if (achievement) {
                achievements.append(i).append("\tBằng khen của Chủ tịch Ủy ban nhân dân tỉnh\tBO_TINH\t2024\n");
            }
        }
        return new Register(csv.toString().getBytes(StandardCharsets.UTF_8), people.toString(), ratings.toString(),
                achievements.toString());
    }

    private static String vietnamese(LocalDate date) {
        return f("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** Code, name, kind, parent code: one province, its districts, their communes. */
    private static List<String[]> catalogue(int districts, int communes) {
        List<String[]> units = new ArrayList<>();
        units.add(new String[] {"01", "Tỉnh Đo Hiệu Năng", "TINH", ""});
        for (int d = 0; d < districts; d++) {
            String district = f("%03d", d + 1);
            units.add(new String[] {district, "Huyện " + d, "HUYEN", "01"});
            for (int c = 0; c < communes; c++) {
                units.add(new String[] {f("%05d", d * communes + c + 1), "Xã " + d + "-" + c, "XA", district});
            }
        }
        return units;
    }
}
