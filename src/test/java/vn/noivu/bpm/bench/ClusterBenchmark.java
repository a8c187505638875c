package vn.noivu.bpm.bench;

import static vn.noivu.bpm.bench.BenchResults.f;

import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.bpm.NoivuBpmApplication;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.cluster.ClusterNodes;

/**
 * Cluster benchmark (./mvnw -Pbench, not part of the tests): jobs per second of an I/O-bound backlog worked by one
 * application node, then by two nodes of the same configuration (separate JVMs, {@link ClusterNodes}, one PostgreSQL
 * database), and the share of job acquisitions lost to optimistic locking.
 *
 * <p>The jobs are the platform's real ones: {@code deadline-notifications} instances waiting at their asynchronous
 * {@code sendPendingEmails} step, each sending one pending email (the notification outbox, batch size 1) to
 * {@link SlowSmtpServer}, which answers each message after a fixed delay (75 ms by default). The pending emails are
 * recorded once by the model's own reminder round (its timer job) over overdue tasks of {@code sample-approval}.
 * Each backlog is created suspended through the engine of a setup context in this JVM (no job executor), then
 * released through a node's engine REST API ({@code PUT /engine-rest/job-definition/{id}/suspended}, the job
 * definition of {@code sendPendingEmails}; the model's 5-minute reminder timer stays suspended); jobs/s is measured
 * from the release to the moment no job of the backlog is left. The nodes' counters of job acquisition
 * ({@code /actuator/prometheus}, {@code EngineMetricsPlugin}) are read before and after each backlog.
 *
 * <p>Properties: {@code bench.scale} (1 = 2,000 jobs per backlog), {@code bench.cluster.jobs},
 * {@code bench.cluster.repeats} (measured backlogs per side, 3, after an unmeasured warm-up backlog of a tenth), {@code bench.cluster.smtpDelayMs} (75), and the product's job
 * executor settings for both sides equally: {@code bench.cluster.JOB_THREADS}, {@code ..JOB_MAX_THREADS},
 * {@code ..JOB_ACQUISITION_SIZE}, {@code ..DB_POOL_SIZE} (unset: the product's defaults).
 */
public final class ClusterBenchmark {

    private static final String DB = "noivu_bench_cluster";
    private static final String JOBS_LEFT = "SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ = "
            + "'deadline-notifications' AND TYPE_ = 'message'";
    private static final String[] TUNABLES = {"JOB_THREADS", "JOB_MAX_THREADS", "JOB_ACQUISITION_SIZE", "DB_POOL_SIZE",
            "JOB_LOCK_TIME_MS"};

    /** The counters of one node, read from its Prometheus endpoint. */
    record Counters(double attempts, double acquired, double lost, double rejected, double executed) {
        Counters minus(Counters o) {
            return new Counters(attempts - o.attempts, acquired - o.acquired, lost - o.lost, rejected - o.rejected,
                    executed - o.executed);
        }

        Counters plus(Counters o) {
            return new Counters(attempts + o.attempts, acquired + o.acquired, lost + o.lost, rejected + o.rejected,
                    executed + o.executed);
        }
    }

    /** One backlog worked: jobs/s and the counters of the nodes that worked it. */
    record Run(double jobsPerSecond, double seconds, Counters total, Map<String, Counters> perNode) {
        double lostShare() {
            double tries = total.acquired() + total.lost();
            return tries == 0 ? 0 : total.lost() / tries;
        }
    }

    public static void main(String[] args) throws Exception {
        BenchResults.sharedJvm();
        int jobs = BenchResults.scaled("bench.cluster.jobs", 2000);
        jobs += jobs % 2; // two emails per overdue task
        int repeats = Integer.getInteger("bench.cluster.repeats", 3);
        int warmUp = Math.max(2, jobs / 10);
        long smtpDelay = Long.getLong("bench.cluster.smtpDelayMs", 75);
        useApplicationClasspath();

        BenchResults.recreateDatabase(DB);
        String url = "jdbc:postgresql://127.0.0.1:5432/" + DB;
        Map<String, String> environment = ClusterNodes.postgresEnvironment(url, "postgres", "");
        environment.put("NOIVU_NOTIFICATIONS_BATCHSIZE", "1");
        // Camunda's idle back-off (camunda.bpm.job-execution.max-wait, 60 s by default) would make the start of each
        // measured backlog depend on how long the nodes had been idle: at most 2 s between idle acquisitions, both sides.
        // The first idle wait must not be longer (default 5 s), or Camunda never waits (JobExecutorWaits).
        environment.put("CAMUNDA_BPM_JOBEXECUTION_WAITTIMEINMILLIS", "500");
        environment.put("CAMUNDA_BPM_JOBEXECUTION_MAXWAIT", "2000");
        Map<String, String> tuned = new LinkedHashMap<>();
        for (String name : TUNABLES) {
            String value = System.getProperty("bench.cluster." + name);
            if (value != null) {
                tuned.put(name, value);
            }
        }
        environment.putAll(tuned);
        String configuration = tuned.isEmpty() ? "the product's defaults (JOB_THREADS 5, JOB_MAX_THREADS 5, "
                + "JOB_ACQUISITION_SIZE 5, DB_POOL_SIZE 20, JOB_LOCK_TIME_MS 300000)"
                : tuned.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))
                + " (the rest: the product's defaults)";

        BenchResults results = new BenchResults("Cluster");
        List<Run> one = new ArrayList<>();
        List<Run> two = new ArrayList<>();
        long started = System.nanoTime();
        try (SlowSmtpServer smtp = new SlowSmtpServer(smtpDelay);
             ClusterNodes cluster = new ClusterNodes(withMail(environment, smtp), List.of("-Xmx640m"));
             Connection connection = BenchResults.connect(url)) {
            JdbcTemplate db = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            try (ConfigurableApplicationContext setup = startSetupContext(url)) {
                ManagementService management = setup.getBean(ProcessEngine.class).getManagementService();
                suspend(management);
                ClusterNodes.Node node1 = cluster.start("node-1", Map.of());
                createPendingEmails(setup, (jobs * repeats + warmUp) * 2);
                ClusterNodes.awaitReady(node1, Duration.ofMinutes(5));
                // Each side first works an unmeasured warm-up backlog (a tenth of the size): a node just started
                // runs its first jobs with its JIT compiler still at work.
                createSendJobs(setup, warmUp);
                work(List.of(node1), db, smtp, warmUp);
                suspend(management);
                for (int r = 0; r < repeats; r++) {
                    createSendJobs(setup, jobs);
                    one.add(work(List.of(node1), db, smtp, jobs));
                    suspend(management);
                }
                ClusterNodes.Node node2 = cluster.start("node-2", Map.of());
                createSendJobs(setup, warmUp);
                ClusterNodes.awaitReady(node2, Duration.ofMinutes(5));
                work(List.of(node1, node2), db, smtp, warmUp);
                suspend(management);
                for (int r = 0; r < repeats; r++) {
                    createSendJobs(setup, jobs);
                    two.add(work(List.of(node1, node2), db, smtp, jobs));
                    suspend(management);
                }
            }
            verifyOnceEach(db, smtp, (jobs * repeats + warmUp) * 2);
        } finally {
            BenchResults.dropDatabase(DB);
        }
        double minutes = (System.nanoTime() - started) / 60e9;

        double oneMedian = BenchResults.median(one.stream().map(Run::jobsPerSecond).toList());
        double twoMedian = BenchResults.median(two.stream().map(Run::jobsPerSecond).toList());
        double ratio = twoMedian / oneMedian;
        results.add("one node: jobs/s of a backlog of " + jobs + " email jobs (SMTP answers after " + smtpDelay + " ms)",
                f("median %.1f (%s)", oneMedian, join(one)),
                f("%.1f jobs/s: what the SMTP delay alone allows %d threads", 5 * 1000.0 / smtpDelay, 5),
                f("%.0f%%", 100 * oneMedian / (5 * 1000.0 / smtpDelay)), "", null);
        results.add("two nodes, same configuration: jobs/s of the same backlog", f("median %.1f (%s)", twoMedian, join(two)),
                f("one node: median %.1f", oneMedian), f("%.2f ×", ratio), "≥ 1.6 × one node", ratio >= 1.6);
        double lostTwo = BenchResults.median(two.stream().map(Run::lostShare).toList());
        double lostOne = BenchResults.median(one.stream().map(Run::lostShare).toList());
        results.add("two nodes: job acquisitions lost to optimistic locking (lost / (acquired + lost))",
                f("median %.1f%% (%s)", 100 * lostTwo, two.stream().map(r -> f("%.1f%%", 100 * r.lostShare()))
                        .collect(Collectors.joining(", "))),
                f("one node: %.1f%%", 100 * lostOne), f("%+.1f points", 100 * (lostTwo - lostOne)), "", null);
        results.note("Both sides: " + configuration + "; camunda.bpm.job-execution.wait-time-in-millis 500 ms and max-wait 2 s; -Xmx640m per node; "
                + "notification batch size 1 (one email per job).");
        for (int i = 0; i < two.size(); i++) {
            Run run = two.get(i);
            results.note(f("two nodes, backlog %d: %.1f s; ", i + 1, run.seconds()) + run.perNode().entrySet().stream()
                    .map(e -> f("%s ran %.0f jobs, acquired %.0f, lost %.0f, %.0f acquisition cycles, %.0f rejected by a full pool",
                            e.getKey(), e.getValue().executed(), e.getValue().acquired(), e.getValue().lost(),
                            e.getValue().attempts(), e.getValue().rejected()))
                    .collect(Collectors.joining("; ")));
        }
        results.note(f("Every email once: %d messages received by the SMTP server, one per notification row, each "
                + "Message-ID once (the measured backlogs and a warm-up of %d jobs per side); no incident, no failed job. "
                + "Whole run %.1f min.", (jobs * repeats + warmUp) * 2, warmUp, minutes));
        results.write();
    }

    private static Map<String, String> withMail(Map<String, String> environment, SlowSmtpServer smtp) {
        Map<String, String> all = new LinkedHashMap<>(environment);
        all.put("MAIL_HOST", "127.0.0.1");
        all.put("MAIL_PORT", Integer.toString(smtp.port()));
        return all;
    }

    private static String join(List<Run> runs) {
        return runs.stream().map(r -> f("%.1f", r.jobsPerSecond())).collect(Collectors.joining(", "));
    }

    /** Releases the suspended backlog through a node's REST API and waits until no job of it is left. */
    private static Run work(List<ClusterNodes.Node> nodes, JdbcTemplate db, SlowSmtpServer smtp, int jobs)
            throws InterruptedException {
        if (count(db, JOBS_LEFT) != jobs) {
            throw new IllegalStateException("backlog of " + count(db, JOBS_LEFT) + " jobs, expected " + jobs);
        }
        // Only the sending step's jobs: the model's 5-minute reminder timer stays suspended, so no round of it adds a job
        // to a measured backlog.
        HttpResponse<String> definitions = nodes.get(0).http().as("admin", "admin").get(
                "/engine-rest/job-definition?processDefinitionKey=deadline-notifications&activityIdIn=sendPendingEmails");
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(definitions.body());
        if (definitions.statusCode() != 200 || !id.find()) {
            throw new IllegalStateException("job definition of sendPendingEmails: " + definitions.body());
        }
        String jobDefinition = id.group(1);
        int mailsBefore = smtp.received().size();
        Map<String, Counters> before = new LinkedHashMap<>();
        nodes.forEach(node -> before.put(node.name(), counters(node)));
        long start = System.nanoTime();
        HttpResponse<String> released = nodes.get(0).http().as("admin", "admin").putJson(
                "/engine-rest/job-definition/" + jobDefinition + "/suspended",
                "{\"suspended\":false,\"includeJobs\":true}");
        if (released.statusCode() != 204) {
            throw new IllegalStateException("release: " + released.statusCode() + " " + released.body());
        }
        long deadline = start + Duration.ofMinutes(10).toNanos();
        while (count(db, JOBS_LEFT) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("backlog not done in 10 min: " + count(db, JOBS_LEFT) + " left\n"
                        + nodes.get(0).logTail(40));
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int mails = smtp.received().size() - mailsBefore;
        if (mails != jobs) {
            throw new IllegalStateException(mails + " emails for a backlog of " + jobs + " jobs");
        }
        Map<String, Counters> perNode = new LinkedHashMap<>();
        Counters total = new Counters(0, 0, 0, 0, 0);
        for (ClusterNodes.Node node : nodes) {
            Counters delta = counters(node).minus(before.get(node.name()));
            perNode.put(node.name(), delta);
            total = total.plus(delta);
        }
        Run run = new Run(jobs / seconds, seconds, total, perNode);
        System.out.printf("[bench] %d node(s): %d jobs in %.1f s = %.1f jobs/s; lost %.1f%%; %s%n", nodes.size(), jobs,
                seconds, run.jobsPerSecond(), 100 * run.lostShare(), perNode);
        return run;
    }

    /** The node's job counters, from /actuator/prometheus (EngineMetricsPlugin). */
    private static Counters counters(ClusterNodes.Node node) {
        HttpResponse<String> response = node.http().as("admin", "admin").get("/actuator/prometheus");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("prometheus of " + node.name() + ": " + response.statusCode());
        }
        Map<String, Double> values = new HashMap<>();
        for (String line : response.body().split("\n")) {
            if (line.startsWith("camunda_job_")) {
                String name = line.replaceAll("[{ ].*", "");
                values.merge(name, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)), Double::sum);
            }
        }
        Function<String, Double> value = name -> {
            Double v = values.get(name);
            if (v == null) {
                throw new IllegalStateException(name + " missing on " + node.name());
            }
            return v;
        };
        return new Counters(value.apply("camunda_job_acquisition_attempts_total"),
                value.apply("camunda_job_acquired_success_total"), value.apply("camunda_job_acquired_failure_total"),
                value.apply("camunda_job_execution_rejected_total"), value.apply("camunda_job_executed_success_total"));
    }

    /** Every notification row SENT, its email received once; nothing failed. */
    private static void verifyOnceEach(JdbcTemplate db, SlowSmtpServer smtp, int emails) {
        List<SlowSmtpServer.Received> received = smtp.received();
        Map<String, Long> perId = received.stream().collect(Collectors.groupingBy(
                r -> String.valueOf(r.messageId()), Collectors.counting()));
        Set<String> expected = new HashSet<>(db.queryForList("SELECT id FROM notification", Long.class).stream()
                .map(id -> "<notification-" + id + "@noivu.local>").toList());
        List<String> twice = perId.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        check(twice.isEmpty(), "emails sent more than once: " + twice.size());
        check(received.size() == emails && expected.size() == emails && perId.keySet().equals(expected),
                received.size() + " emails received, " + expected.size() + " notification rows, expected " + emails);
        check(count(db, "SELECT COUNT(*) FROM notification WHERE status <> 'SENT'") == 0, "notification rows not SENT");
        check(count(db, "SELECT COUNT(*) FROM ACT_RU_INCIDENT") == 0, "incidents");
        check(count(db, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1") == 0, "failed jobs");
        check(count(db, JOBS_LEFT) == 0, "jobs left");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("correctness: " + message);
        }
    }

    private static void suspend(ManagementService management) {
        management.updateJobDefinitionSuspensionState().byProcessDefinitionKey("deadline-notifications")
                .includeJobs(true).suspend();
    }

    /**
     * exec:java runs this class in Maven's JVM with the test classpath in a class loader of its own: the nodes get
     * that classpath (ClusterNodes takes surefire.test.class.path, without the test classes).
     */
    private static void useApplicationClasspath() {
        if (System.getProperty("surefire.test.class.path") == null
                && Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            System.setProperty("surefire.test.class.path", Arrays.stream(loader.getURLs()).map(URL::getPath)
                    .collect(Collectors.joining(java.io.File.pathSeparator)));
        }
    }

    /** The application in this JVM without job executor, to create the backlogs through the engine. */
    private static ConfigurableApplicationContext startSetupContext(String url) {
        return new SpringApplicationBuilder(NoivuBpmApplication.class)
                .profiles("postgres", "demo")
                .run("--DB_URL=" + url, "--DB_USER=postgres", "--DB_PASSWORD=", "--DB_POOL_SIZE=4",
                        "--PORT=0", "--camunda.bpm.job-execution.enabled=false",
                        "--camunda.bpm.process-engine-name=clusterBench", "--camunda.bpm.webapp.enabled=false");
    }

    /** Overdue tasks of the sample model; the reminder round (its timer job, run once) records two emails per task. */
    private static void createPendingEmails(ConfigurableApplicationContext app, int emails) {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        RuntimeService runtime = engine.getRuntimeService();
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        int tasks = emails / 2;
        for (int from = 0; from < tasks; from += 250) {
            int first = from;
            transaction.executeWithoutResult(status -> {
                for (int i = first; i < Math.min(first + 250, tasks); i++) {
                    runtime.startProcessInstanceByKey("sample-approval", "CUM-" + i);
                }
            });
        }
        Deadlines deadlines = app.getBean(Deadlines.class);
        LocalDate due = LocalDate.now(Deadlines.ZONE);
        for (int i = 0; i < 3; i++) {
            due = deadlines.previousWorkingDay(due);
        }
        jdbc.update("UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE TASK_DEF_KEY_ = 'handleDossier'",
                new Timestamp(Deadlines.endOfDay(due).getTime()));
        ManagementService management = engine.getManagementService();
        Job timer = management.createJobQuery().processDefinitionKey("deadline-notifications").timers().singleResult();
        management.executeJob(timer.getId());
        // The round leaves one sending job of its own: it is part of no measured backlog, so it goes now.
        for (Job job : management.createJobQuery().processDefinitionKey("deadline-notifications").messages().list()) {
            engine.getRuntimeService().deleteProcessInstance(job.getProcessInstanceId(), "benchmark setup");
        }
        check(count(jdbc, "SELECT COUNT(*) FROM notification WHERE status = 'PENDING'") == emails,
                "pending emails after the reminder round");
    }

    /** {@code jobs} instances of deadline-notifications at sendPendingEmails, their jobs suspended. */
    private static void createSendJobs(ConfigurableApplicationContext app, int jobs) {
        RuntimeService runtime = app.getBean(ProcessEngine.class).getRuntimeService();
        TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        for (int from = 0; from < jobs; from += 500) {
            int first = from;
            transaction.executeWithoutResult(status -> {
                for (int i = first; i < Math.min(first + 500, jobs); i++) {
                    runtime.createProcessInstanceByKey("deadline-notifications").startBeforeActivity("sendPendingEmails")
                            .execute();
                }
            });
        }
    }

    private static int count(JdbcTemplate db, String sql) {
        Integer count = db.queryForObject(sql, Integer.class);
        return count == null ? 0 : count;
    }
}
