package vn.noivu.bpm.bench;

import static vn.noivu.bpm.bench.BenchResults.f;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.NoivuBpmApplication;
import vn.noivu.bpm.recruitment.process.RoundRanking;

/**
 * Recruitment benchmark (./mvnw -Pbench, not part of the tests), on the local PostgreSQL, in one run:
 * (1) intake: concurrent public applications per second with p50/p95 latency, against pgbench single-row
 * inserts with 4 clients on the same server, as a ratio; commits and rows written per application;
 * (2) ranking a 100,000-applicant position against the bare SQL sort of the same rows, as a ratio.
 */
public final class RecruitmentBenchmark {

    private static final String DB = "noivu_bench";

    public static void main(String[] args) throws Exception {
        BenchResults.sharedJvm();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        int applications = BenchResults.scaled("bench.applications", 3000);
        int clients = Integer.getInteger("bench.clients", 8);
        int rankSize = BenchResults.scaled("bench.rankSize", 100_000);
        recreateDatabase();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NoivuBpmApplication.class)
                .profiles("postgres", "demo")
                .properties("PORT=0", "DB_URL=jdbc:postgresql://127.0.0.1:5432/" + DB,
                        "camunda.bpm.job-execution.enabled=false", "logging.level.root=WARN",
                        "spring.datasource.hikari.maximum-pool-size=" + (clients + 4))
                .run()) {
            int port = app.getEnvironment().getProperty("local.server.port", Integer.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            TaskService tasks = app.getBean(TaskService.class);
            BenchResults results = new BenchResults("Recruitment (RecruitmentBenchmark)");

            String intakeRound = openRound(port, tasks, "BENCH-NHAN", 10);
            // Warm-up (JIT, pools), not measured: a running server has compiled its request path long before.
            int warmUp = BenchResults.scaled("bench.intakeWarmUp", 1000);
            intake(port, intakeRound, 0, warmUp, clients);
            // The writes of the setup (and of an earlier benchmark) reach the disk now, not during the measurement.
            jdbc.execute("CHECKPOINT");
            long commitsBefore = commits(jdbc);
            long rowsBefore = rowsInserted(jdbc);
            long start = System.nanoTime();
            List<Long> latencies = intake(port, intakeRound, warmUp, applications, clients);
            double seconds = (System.nanoTime() - start) / 1e9;
            double commitsPer = (commits(jdbc) - commitsBefore) / (double) applications;
            double rowsPer = (rowsInserted(jdbc) - rowsBefore) / (double) applications;
            Collections.sort(latencies);
            double perSecond = applications / seconds;
            double pgbench = pgbenchInsertsPerSecond();
            double p95 = latencies.get((int) (latencies.size() * 0.95)) / 1e6;
            double share = 100 * perSecond / pgbench;
            results.add(f("intake: %,d public applications, %d clients", applications, clients),
                    f("%.0f applications/s, p50 %.1f ms, p95 %.1f ms", perSecond,
                            latencies.get(latencies.size() / 2) / 1e6, p95),
                    f("pgbench single-row inserts, 4 clients: %.0f/s", pgbench), f("%.1f%%", share), "≥ 3%, p95 ≤ 50 ms",
                    share >= 3 && p95 <= 50);
            results.add("intake: commits per application", f("%.2f commits, %.1f rows written", commitsPer, rowsPer), "",
                    "", "one commit", commitsPer < 1.05);

            String rankRound = openRound(port, tasks, "BENCH-XEP", 1000);
            seedScoredApplications(jdbc, rankRound, rankSize);
            String sortSql = """
                    SELECT a.id, s.score + a.priority_points AS total, s.score FROM recruitment_application a
                    JOIN recruitment_score s ON s.application_id = a.id AND s.stage = 'VONG_2'
                    JOIN recruitment_round r ON r.id = a.round_id WHERE r.code = ?
                    ORDER BY total DESC, s.score DESC""";
            RoundRanking ranking = app.getBean(RoundRanking.class);
            ranking.rank(rankRound); // warm-up of the bean (JIT), not measured
            long beanStart = System.nanoTime();
            ranking.rank(rankRound);
            double beanSeconds = (System.nanoTime() - beanStart) / 1e9;
            long beanSortStart = System.nanoTime();
            jdbc.query(sortSql, (row, i) -> row.getLong(1), rankRound);
            double beanSort = (System.nanoTime() - beanSortStart) / 1e9;

            // Through the engine (engineRuns): the ranking job as the job executor runs it.
            RuntimeService runtime = app.getBean(RuntimeService.class);
            String instance = runtime.createProcessInstanceQuery().processDefinitionKey("recruitment-round")
                    .variableValueEquals("roundCode", rankRound).singleResult().getId();
            // Intake ran as before, without the job executor; the ranking runs on it as in production.
            var jobExecutor = ((org.camunda.bpm.engine.impl.ProcessEngineImpl) app.getBean(
                    org.camunda.bpm.engine.ProcessEngine.class)).getProcessEngineConfiguration().getJobExecutor();
            jobExecutor.start();
            int runs = Integer.getInteger("bench.rankRuns", 5);
            // A round is ranked first with no result stored (every row written: the case the target is for), then
            // re-ranked after a review or a tie decision (only the rows that changed are written: none here).
            String clearResults = """
                    DELETE FROM recruitment_result WHERE application_id IN (SELECT a.id FROM recruitment_application a
                    JOIN recruitment_round r ON r.id = a.round_id WHERE r.code = ?)""";
            // VACUUM after the delete: a first ranking meets no dead result rows of the same applications in the
            // table and its key (they would cost it a visibility check per row that production does not pay).
            EngineRuns first = engineRuns(runtime, tasks, instance, runs, () -> {
                        jdbc.update(clearResults, rankRound);
                        jdbc.execute("VACUUM recruitment_result");
                    },
                    () -> jdbc.query(sortSql, (row, i) -> row.getLong(1), rankRound).size());
            EngineRuns again = engineRuns(runtime, tasks, instance, runs, () -> { },
                    () -> jdbc.query(sortSql, (row, i) -> row.getLong(1), rankRound).size());
            double medianRatio = BenchResults.median(first.ratios());
            results.add(f("ranking %,d applicants through the engine (asyncBefore job), first ranking of the round "
                            + "(every result row written), %d runs", first.sorted(), runs),
                    f("median %.2f s (%s s)", BenchResults.median(first.seconds()), join(first.seconds(), "%.2f")),
                    f("median %.3f s: bare SQL sort of the same rows (%s s)", BenchResults.median(first.sorts()),
                            join(first.sorts(), "%.3f")),
                    f("median %.1f× (runs: %s×)", medianRatio, join(first.ratios(), "%.1f")), "≤ 4×", medianRatio <= 4);
            results.add(f("re-ranking the same round through the engine (results stored; only changes written), %d runs",
                            runs),
                    f("median %.2f s (%s s)", BenchResults.median(again.seconds()), join(again.seconds(), "%.2f")),
                    f("median %.3f s (%s s)", BenchResults.median(again.sorts()), join(again.sorts(), "%.3f")),
                    f("median %.1f× (runs: %s×)", BenchResults.median(again.ratios()), join(again.ratios(), "%.1f")),
                    "", null);
            results.add("re-ranking from the bean (RoundRanking.rank, outside the engine), one run",
                    f("%.2f s", beanSeconds), f("%.3f s", beanSort), f("%.1f×", beanSeconds / beanSort), "", null);

            results.write();
        }
    }

    /** Seconds of each ranking job, the bare sort after it, and their ratios. */
    private record EngineRuns(List<Double> seconds, List<Double> sorts, List<Double> ratios, int sorted) {
    }

    /**
     * Moves the round's case before rankCandidates (asyncBefore: the job executor runs the job in a new transaction:
     * delegate, variables, the next user task) and times until approveResults (or decideTie) exists; the case is moved
     * with the engine's process instance modification (Cockpit's). Run -1 warms up and is not counted.
     */
    private static EngineRuns engineRuns(RuntimeService runtime, TaskService tasks, String instance, int runs,
                                         Runnable beforeEach, java.util.function.IntSupplier bareSort)
            throws InterruptedException {
        List<Double> engine = new ArrayList<>();
        List<Double> sorts = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        int sorted = 0;
        for (int run = -1; run < runs; run++) {
            beforeEach.run();
            long t = System.nanoTime();
            var modification = runtime.createProcessInstanceModification(instance);
            for (var activity : runtime.getActivityInstance(instance).getChildActivityInstances()) {
                modification.cancelActivityInstance(activity.getId());
            }
            modification.startBeforeActivity("rankCandidates").execute();
            while (tasks.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKeyIn("approveResults", "decideTie").count() == 0) {
                if (System.nanoTime() - t > 300e9) {
                    throw new IllegalStateException("rankCandidates did not finish in 5 minutes; incidents: "
                            + runtime.createIncidentQuery().processInstanceId(instance).list());
                }
                Thread.sleep(5);
            }
            double engineSeconds = (System.nanoTime() - t) / 1e9;
            long sortStart = System.nanoTime();
            sorted = bareSort.getAsInt();
            double sortSeconds = (System.nanoTime() - sortStart) / 1e9;
            if (run >= 0) {
                engine.add(engineSeconds);
                sorts.add(sortSeconds);
                ratios.add(engineSeconds / sortSeconds);
            }
        }
        return new EngineRuns(engine, sorts, ratios, sorted);
    }

    private static String join(List<Double> values, String format) {
        return values.stream().map(v -> f(format, v)).collect(java.util.stream.Collectors.joining(", "));
    }

    private static String openRound(int port, TaskService tasks, String prefix, int quota) throws Exception {
        String code = prefix + "-" + System.nanoTime() % 100000;
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        HttpResponse<String> created = new HttpTestClient(port).as("chuyenvien", "chuyenvien").postJson(
                "/api/recruitment/rounds", """
                        {"code": "%s", "title": "Đo hiệu năng", "agency": "Sở Nội vụ", "method": "THI_TUYEN",
                         "noticeDate": "%s", "applicationDeadline": "%s",
                         "positions": [{"code": "VT", "title": "Nhân viên", "rank": "NHAN_VIEN", "quota": %d,
                                        "minDegree": "TRUNG_CAP", "round2Format": "VAN_DAP"}]}
                        """.formatted(code, today, today.plusDays(30), quota));
        if (created.statusCode() != 201) {
            throw new IllegalStateException(created.body());
        }
        String instance = created.body().replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1");
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
                java.util.Map.of("approved", true));
        return code;
    }

    private static List<Long> intake(int port, String round, int from, int count, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            // One HTTP client per worker, as a browser keeps its connection: the server is measured, not TCP set-up.
            ThreadLocal<HttpTestClient> clientOfWorker = ThreadLocal.withInitial(() -> new HttpTestClient(port));
            List<Future<Long>> results = new ArrayList<>();
            for (int i = from; i < from + count; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    HttpTestClient citizen = clientOfWorker.get();
                    long t = System.nanoTime();
                    HttpResponse<String> response = citizen.postJson("/api/recruitment/rounds/" + round + "/applications", """
                            {"fullName": "Người dự tuyển %d", "citizenId": "%012d", "dateOfBirth": "1995-01-01",
                             "gender": "NU", "email": "u%d@noivu.local", "phone": "0912345678", "positionCode": "VT",
                             "degree": {"level": "DAI_HOC", "major": "Hành chính"}, "priorityCategories": []}
                            """.formatted(n, 100000000000L + n, n));
                    long elapsed = System.nanoTime() - t;
                    if (response.statusCode() != 202) {
                        throw new IllegalStateException(response.body());
                    }
                    return elapsed;
                }));
            }
            List<Long> latencies = new ArrayList<>();
            for (Future<Long> result : results) {
                latencies.add(result.get());
            }
            return latencies;
        } finally {
            pool.shutdown();
        }
    }

    /** 100,000 eligible applications with oral scores, written set-based as a council's import would end up. */
    private static void seedScoredApplications(JdbcTemplate jdbc, String round, int count) {
        jdbc.update("""
                INSERT INTO recruitment_application (application_number, round_id, position_id, full_name, citizen_id,
                    date_of_birth, gender, email, phone, degree_level, degree_major, priority_points, status)
                SELECT r.code || '-S' || g, r.id, p.id, 'Thí sinh ' || g, lpad(g::text, 12, '0'), DATE '1995-01-01',
                       'NAM', 't' || g || '@noivu.local', '0912345678', 'DAI_HOC', 'Hành chính',
                       CASE WHEN g % 10 = 0 THEN 5 ELSE 0 END, 'DU_DIEU_KIEN'
                FROM recruitment_round r JOIN recruitment_position p ON p.round_id = r.id, generate_series(1, ?) g
                WHERE r.code = ?""", count, round);
        jdbc.update("""
                INSERT INTO recruitment_score (application_id, stage, score, absent)
                SELECT a.id, 'VONG_2', round((40 + random() * 60)::numeric, 2), FALSE
                FROM recruitment_application a JOIN recruitment_round r ON r.id = a.round_id WHERE r.code = ?""", round);
        jdbc.execute("ANALYZE recruitment_application");
        jdbc.execute("ANALYZE recruitment_score");
    }

    /** Idle sessions report their statistics counters to the pg_stat views within 10 s (PostgreSQL 15). */
    private static void settleStatistics() throws InterruptedException {
        Thread.sleep(11_000);
    }

    private static long commits(JdbcTemplate jdbc) throws InterruptedException {
        settleStatistics();
        return jdbc.queryForObject("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()",
                Long.class);
    }

    private static long rowsInserted(JdbcTemplate jdbc) throws InterruptedException {
        settleStatistics();
        return jdbc.queryForObject("SELECT COALESCE(SUM(n_tup_ins), 0) FROM pg_stat_user_tables "
                + "WHERE relname IN ('recruitment_application', 'recruitment_application_event', 'notification')", Long.class);
    }

    private static double pgbenchInsertsPerSecond() throws Exception {
        try (Connection c = BenchResults.connect("jdbc:postgresql://127.0.0.1:5432/" + DB);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_insert (id BIGSERIAL PRIMARY KEY, payload TEXT)");
            s.execute("CHECKPOINT"); // as before the intake: the same start for both sides
        }
        Path script = Files.createTempFile("pgbench", ".sql");
        Files.writeString(script, "INSERT INTO bench_insert (payload) VALUES ('ho so');\n");
        Process pgbench = new ProcessBuilder("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-n", "-c", "4", "-j", "2",
                "-T", "10", "-f", script.toString(), DB).redirectErrorStream(true).start();
        String output = new String(pgbench.getInputStream().readAllBytes());
        pgbench.waitFor();
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench: " + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    private static void recreateDatabase() throws Exception {
        try (Connection c = BenchResults.connect("jdbc:postgresql://127.0.0.1:5432/postgres");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DB);
        }
    }
}
