package vn.noivu.bpm.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.bpm.NoivuBpmApplication;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.platform.notification.TaskReminders;

/**
 * Two application nodes (separate JVMs, {@link ClusterNodes}) work one backlog of jobs of the real models on one
 * PostgreSQL database; one node is killed with SIGKILL while it holds jobs; the other finishes. Five hundred tasks of
 * the platform's approval model are overdue, so the reminder round of {@code deadline-notifications} (run by its timer)
 * records 1,000 emails (the official's overdue notice and the manager's escalation per task); 2,000 instances of the
 * same model wait at their asynchronous "send pending emails" step, each sending at most one (batch size 1). Fifteen
 * recruitment rounds ({@link RecruitmentBacklog}) wait at their ranking, at their publication (results emails, a
 * hiring dossier per winner) or, published a month ago, at each winner's hiring-dossier deadline timer; their
 * applicants' emails go out with the reminders. Asserted: every email arrives at the SMTP server (GreenMail), each
 * once but for those the dead node was handing over at the kill (the same Message-ID again, at most one per
 * thread: SMTP has no idempotent submit), every notification row is SENT, every instance completed or at its
 * expected step with its rows written once, both nodes ran recruitment jobs, each job ran once, no incident, and
 * the jobs the dead node held were run by the survivor only after their 10-second lock had expired.
 */
@Tag("postgres")
class NodeKillTest {

    private static final int TASKS = 500;
    /** Job threads of each node: at most this many emails are in the mail server's hands at the kill. */
    private static final int SENDING_THREADS = 3;
    private static final int SEND_JOBS = 2_000;
    private static final long LOCK_MILLIS = 10_000;
    /** Recruitment rounds waiting at their ranking, at their publication, and published with each winner's dossier period over. */
    private static final int RANK_ROUNDS = 6;
    private static final int PUBLISH_ROUNDS = 6;
    private static final int DOSSIER_ROUNDS = 3;

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Test
    void theSurvivorFinishesTheBacklogAndNothingIsSentTwice() throws Exception {
        String url = ClusterDatabase.recreate("nodekill");

        Map<String, String> environment = ClusterNodes.postgresEnvironment(url, ClusterDatabase.user(),
                ClusterDatabase.password());
        environment.put("DB_POOL_SIZE", "10");
        environment.put("JOB_THREADS", String.valueOf(SENDING_THREADS));
        environment.put("JOB_MAX_THREADS", String.valueOf(SENDING_THREADS));
        environment.put("MAIL_HOST", "127.0.0.1");
        environment.put("MAIL_PORT", Integer.toString(mailServer.getSmtp().getPort()));
        environment.put("JOB_LOCK_TIME_MS", Long.toString(LOCK_MILLIS));
        environment.put("JOB_ACQUISITION_SIZE", "5");
        environment.put("NOIVU_NOTIFICATIONS_BATCHSIZE", "1");
        // An idle job executor waits longer and longer between acquisitions, up to a minute by default: a node still
        // waiting at the release would leave the first jobs (the recruitment ones) all to the other.
        environment.put("CAMUNDA_BPM_JOBEXECUTION_WAITTIMEINMILLIS", "500");
        environment.put("CAMUNDA_BPM_JOBEXECUTION_MAXWAIT", "1000");
        try (ClusterNodes cluster = new ClusterNodes(environment, List.of("-Xmx640m", "-XX:TieredStopAtLevel=1"));
             Connection connection = DriverManager.getConnection(url, ClusterDatabase.user(), ClusterDatabase.password())) {
            JdbcTemplate db = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            List<ClusterNodes.Node> nodes;
            List<RecruitmentBacklog.Round> rounds;
            try (ConfigurableApplicationContext setup = startSetupContext(url)) {
                // The backlog's jobs are created suspended, so the nodes, starting meanwhile, wait for all of it.
                ManagementService management = setup.getBean(ProcessEngine.class).getManagementService();
                management.updateJobDefinitionSuspensionState().byProcessDefinitionKey("deadline-notifications")
                        .includeJobs(true).suspend();
                RecruitmentBacklog.suspendJobs(management);
                nodes = List.of(cluster.start("node-1", Map.of()), cluster.start("node-2", Map.of()));
                rounds = createBacklog(setup);
            }
            nodes.forEach(node -> ClusterNodes.awaitReady(node, Duration.ofMinutes(4)));
            // Both started at the same time on the existing schema: the models are deployed once, not once per node.
            assertThat(count(db, "SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT WHERE NAME_ = 'noivu-bpm'")).isEqualTo(1);
            ClusterNodes.Node doomed = nodes.get(0);
            ClusterNodes.Node survivor = nodes.get(1);

            // The backlog was suspended while the nodes started: release it through a node's engine REST API. The
            // recruitment jobs first: the jobs released first were acquired first in every run (PostgreSQL returns
            // the acquisition's unordered query in the order the rows were updated), so both nodes take them.
            RecruitmentBacklog.PROCESS_KEYS.forEach(key -> release(survivor, key));
            release(survivor, "deadline-notifications");

            // Kill node-1 while both nodes are sending, both have run recruitment jobs and node-1 holds locked jobs.
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (true) {
                assertThat(System.nanoTime()).as("both nodes at work before the kill; node-1:\n%s", doomed.logTail(40))
                        .isLessThan(deadline);
                int sent = count(db, "SELECT COUNT(*) FROM notification WHERE status = 'SENT'");
                int heldByDoomed = count(db, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ = 'node-1'");
                int ranOnSurvivor = count(db, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE HOSTNAME_ = 'node-2' "
                        + "AND JOB_STATE_ = 2");
                int nodesRanRecruitment = count(db, "SELECT COUNT(DISTINCT l.HOSTNAME_) FROM ACT_HI_JOB_LOG l "
                        + "JOIN ACT_RE_PROCDEF d ON d.ID_ = l.PROCESS_DEF_ID_ WHERE l.HOSTNAME_ IN ('node-1', 'node-2') "
                        + "AND l.JOB_STATE_ = 2 AND d.KEY_ IN ('recruitment-round', 'hiring-dossier')");
                if (sent >= 2 * TASKS / 5 && heldByDoomed >= 2 && ranOnSurvivor > 0 && nodesRanRecruitment == 2) {
                    break;
                }
                ClusterNodes.sleep(Duration.ofMillis(50));
            }
            doomed.kill();
            Timestamp killedAt = new Timestamp(System.currentTimeMillis());
            Map<String, Timestamp> orphaned = new LinkedHashMap<>();
            List<String> orphanedRecruitment = new ArrayList<>();
            db.query("SELECT j.ID_, j.LOCK_EXP_TIME_, d.KEY_, jd.ACT_ID_ FROM ACT_RU_JOB j "
                            + "LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = j.PROCESS_DEF_ID_ "
                            + "LEFT JOIN ACT_RU_JOBDEF jd ON jd.ID_ = j.JOB_DEF_ID_ WHERE j.LOCK_OWNER_ = 'node-1'",
                    row -> {
                        orphaned.put(row.getString(1), row.getTimestamp(2));
                        if (RecruitmentBacklog.PROCESS_KEYS.contains(String.valueOf(row.getString(3)))) {
                            orphanedRecruitment.add(row.getString(4));
                        }
                    });
            int sentAtKill = count(db, "SELECT COUNT(*) FROM notification WHERE status = 'SENT'");
            assertThat(orphaned).as("jobs node-1 held when it died").isNotEmpty();
            assertThat(sentAtKill).as("the kill came before the end of the backlog")
                    .isLessThan(count(db, "SELECT COUNT(*) FROM notification"));

            // node-2 alone finishes: every job of the backlog done, every case at its state, every email sent.
            deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            int sendingAgain = 0;
            while (count(db, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_ = 'message'") > 0
                    || RecruitmentBacklog.unfinished(db, rounds) > 0
                    || count(db, "SELECT COUNT(*) FROM notification WHERE status <> 'SENT'") > 0) {
                assertThat(System.nanoTime()).as("the survivor finishes the backlog; node-2:\n%s", survivor.logTail(40))
                        .isLessThan(deadline);
                assertThat(survivor.isAlive()).isTrue();
                // A publication recorded its emails after the last sending job had run: in production the next
                // reminder round (every 5 minutes) sends them; here its sending step is started for them at once.
                if (count(db, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_ = 'message'") == 0
                        && RecruitmentBacklog.unfinished(db, rounds) == 0) {
                    int pending = count(db, "SELECT COUNT(*) FROM notification WHERE status = 'PENDING'");
                    for (int i = 0; i < pending; i++) {
                        HttpResponse<String> started = survivor.http().as("admin", "admin").postJson(
                                "/engine-rest/process-definition/key/deadline-notifications/start",
                                "{\"startInstructions\": [{\"type\": \"startBeforeActivity\", "
                                        + "\"activityId\": \"sendPendingEmails\"}]}");
                        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
                    }
                    sendingAgain += pending;
                }
                ClusterNodes.sleep(Duration.ofMillis(250));
            }
            assertThat(survivor.isAlive()).isTrue();

            // Every email delivered, and each once, except those node-1 was handing to the mail server when it was
            // killed: accepted by the server, not yet committed as SENT, so node-2 sends them again. No protocol
            // closes that window with SMTP (the server has no idempotent submit); the copy carries the same
            // Message-ID, so mail clients show it once. There can be at most one such email per sending thread.
            // The same holds for the applicants' emails of the recruitment rounds as for the reminders.
            MimeMessage[] received = mailServer.getReceivedMessages();
            Map<String, Long> perMessageId = Arrays.stream(received)
                    .collect(Collectors.groupingBy(NodeKillTest::messageId, Collectors.counting()));
            Map<String, String> kindById = new LinkedHashMap<>();
            db.query("SELECT id, kind FROM notification ORDER BY id",
                    row -> { kindById.put("<notification-" + row.getLong(1) + "@noivu.local>", row.getString(2)); });
            Map<String, Long> expectedKinds = new LinkedHashMap<>(RecruitmentBacklog.expectedEmails(rounds));
            expectedKinds.put(TaskReminders.OVERDUE, (long) TASKS);
            expectedKinds.put(TaskReminders.ESCALATION, (long) TASKS);
            assertThat(kindById.values().stream().collect(Collectors.groupingBy(k -> k, Collectors.counting())))
                    .as("emails recorded, by kind").containsExactlyInAnyOrderEntriesOf(expectedKinds);
            assertThat(perMessageId.keySet()).as("no email lost").containsExactlyInAnyOrderElementsOf(kindById.keySet());
            List<String> twice = perMessageId.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                    .toList();
            System.out.println("node kill: " + twice.size() + " emails in flight at the kill sent again: " + twice);
            assertThat(perMessageId.values()).as("no email more than twice").allMatch(n -> n <= 2);
            assertThat(twice).as("emails sent again: only those node-1's %d threads were sending", SENDING_THREADS)
                    .hasSizeLessThanOrEqualTo(SENDING_THREADS);
            assertThat(received).hasSize(kindById.size() + twice.size());
            List<MimeMessage> distinct = List.copyOf(Arrays.stream(received).collect(Collectors.toMap(
                    NodeKillTest::messageId, m -> m, (first, again) -> first, java.util.LinkedHashMap::new)).values());
            assertThat(distinct.stream().collect(Collectors.groupingBy(m -> kindById.get(messageId(m)),
                    Collectors.counting()))).as("emails delivered, by kind").containsExactlyInAnyOrderEntriesOf(expectedKinds);
            Map<String, Long> perRecipient = distinct.stream()
                    .collect(Collectors.groupingBy(NodeKillTest::recipient, Collectors.counting()));
            Map<String, Long> recordedPerRecipient = new LinkedHashMap<>();
            db.query("SELECT recipient, COUNT(*) FROM notification GROUP BY recipient",
                    row -> { recordedPerRecipient.put(row.getString(1), row.getLong(2)); });
            assertThat(perRecipient).containsExactlyInAnyOrderEntriesOf(recordedPerRecipient)
                    .containsEntry("chuyenvien@noivu.local", (long) TASKS).containsEntry("lanhdao@noivu.local", (long) TASKS);
            List<MimeMessage> reminders = distinct.stream()
                    .filter(m -> kindById.get(messageId(m)).startsWith("TASK_")).toList();
            Map<String, Long> perKind = reminders.stream()
                    .collect(Collectors.groupingBy(m -> subject(m).substring(0, subject(m).indexOf(']') + 1),
                            Collectors.counting()));
            assertThat(perKind).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "[Quá hạn]", (long) TASKS, "[Báo cáo quá hạn]", (long) TASKS));

            // Every case in its expected state, nothing failed.
            assertThat(count(db, "SELECT COUNT(*) FROM ACT_HI_PROCINST p JOIN ACT_RE_PROCDEF d ON d.ID_ = p.PROC_DEF_ID_ "
                    + "WHERE d.KEY_ = 'deadline-notifications' AND p.STATE_ = 'COMPLETED'")).isGreaterThanOrEqualTo(SEND_JOBS + 1);
            assertThat(count(db, "SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_ "
                    + "WHERE d.KEY_ = 'deadline-notifications'")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'handleDossier'"))
                    .as("the reminded tasks stay open").isEqualTo(TASKS);
            RecruitmentBacklog.assertReached(db, rounds);
            assertThat(count(db, "SELECT COUNT(*) FROM ACT_RU_INCIDENT")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1"))
                    .as("no job failed, on either node").isZero();
            Map<String, Long> recruitmentJobsPerNode = RecruitmentBacklog.assertJobsRunOnce(db, rounds);
            assertThat(recruitmentJobsPerNode).as("both nodes ran recruitment jobs").containsOnlyKeys("node-1", "node-2");

            // The dead node's jobs: run by node-2, and only after their lock had expired.
            for (Map.Entry<String, Timestamp> job : orphaned.entrySet()) {
                List<Map<String, Object>> runs = db.queryForList("SELECT HOSTNAME_, TIMESTAMP_ FROM ACT_HI_JOB_LOG "
                        + "WHERE JOB_ID_ = ? AND JOB_STATE_ = 2", job.getKey());
                assertThat(runs).as("job %s of the dead node was run once", job.getKey()).hasSize(1);
                assertThat(runs.get(0).get("HOSTNAME_")).isEqualTo("node-2");
                assertThat((Timestamp) runs.get(0).get("TIMESTAMP_")).as("run after its lock expired")
                        .isAfterOrEqualTo(job.getValue());
            }
            System.out.printf("node kill: %d emails sent before the kill at %s, %d jobs held by the dead node, "
                            + "all %d emails delivered, %d of them again (%d sent by the sending step started again); "
                            + "node-2 ran %d jobs; recruitment jobs per node: %s, held by the dead node: %s%n",
                    sentAtKill, killedAt, orphaned.size(), distinct.size(), twice.size(), sendingAgain,
                    count(db, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE HOSTNAME_ = 'node-2' AND JOB_STATE_ = 2"),
                    recruitmentJobsPerNode, orphanedRecruitment);
        }
    }

    /** The backlog of one process, suspended while the nodes started, released through a node's engine REST API. */
    private static void release(ClusterNodes.Node node, String processDefinitionKey) {
        HttpResponse<String> activated = node.http().as("admin", "admin").putJson("/engine-rest/job-definition/suspended",
                "{\"processDefinitionKey\":\"" + processDefinitionKey + "\",\"suspended\":false,\"includeJobs\":true}");
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(204);
    }

    /** A context of the application in this JVM, without job executor, to create the backlog through the engine. */
    private static ConfigurableApplicationContext startSetupContext(String url) {
        return new SpringApplicationBuilder(NoivuBpmApplication.class)
                .profiles("postgres", "demo")
                .run("--DB_URL=" + url, "--DB_USER=" + ClusterDatabase.user(), "--DB_PASSWORD=" + ClusterDatabase.password(),
                        "--PORT=0", "--camunda.bpm.job-execution.enabled=false",
                        // Camunda's static registries: an engine name of its own and no webapps (see NotificationsEndToEndTest).
                        "--camunda.bpm.process-engine-name=clusterSetup", "--camunda.bpm.webapp.enabled=false");
    }

    /**
     * Through the engine and the REST API, as the product does; a few hundred engine commands per database
     * transaction for the approval model's tasks and the sending steps.
     */
    private static List<RecruitmentBacklog.Round> createBacklog(ConfigurableApplicationContext app) {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        RuntimeService runtime = engine.getRuntimeService();
        ManagementService management = engine.getManagementService();
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Deadlines deadlines = app.getBean(Deadlines.class);
        TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));

        for (int from = 0; from < TASKS; from += 250) {
            int first = from;
            transaction.executeWithoutResult(status -> {
                for (int i = first; i < Math.min(first + 250, TASKS); i++) {
                    runtime.startProcessInstanceByKey("sample-approval", "CUM-" + i);
                }
            });
        }
        // Overdue by three working days: the official's overdue notice and the manager's escalation.
        LocalDate due = LocalDate.now(Deadlines.ZONE);
        for (int i = 0; i < 3; i++) {
            due = deadlines.previousWorkingDay(due);
        }
        jdbc.update("UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE TASK_DEF_KEY_ = 'handleDossier'",
                new Timestamp(Deadlines.endOfDay(due).getTime()));
        // The reminder round, as its timer runs it: records the emails, leaves its sending job.
        Job timer = management.createJobQuery().processDefinitionKey("deadline-notifications").timers().singleResult();
        management.executeJob(timer.getId());
        assertThat(count(jdbc, "SELECT COUNT(*) FROM notification WHERE status = 'PENDING'")).isEqualTo(2 * TASKS);
        // After the reminder round: its tasks are the approval model's only.
        RecruitmentBacklog recruitment = new RecruitmentBacklog(engine, jdbc,
                app.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        long started = System.nanoTime();
        List<RecruitmentBacklog.Round> rounds = new ArrayList<>();
        rounds.addAll(recruitment.create(RecruitmentBacklog.Stage.RANK, RANK_ROUNDS, 4, 3));
        rounds.addAll(recruitment.create(RecruitmentBacklog.Stage.PUBLISH, PUBLISH_ROUNDS, 4, 3));
        rounds.addAll(recruitment.create(RecruitmentBacklog.Stage.DOSSIER_DEADLINE, DOSSIER_ROUNDS, 11, 10));
        System.out.printf("node kill: %d recruitment rounds set up in %d s%n", rounds.size(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        for (int from = 0; from < SEND_JOBS; from += 500) {
            int first = from;
            transaction.executeWithoutResult(status -> {
                for (int i = first; i < Math.min(first + 500, SEND_JOBS); i++) {
                    runtime.createProcessInstanceByKey("deadline-notifications").startBeforeActivity("sendPendingEmails")
                            .execute();
                }
            });
        }
        assertThat(management.createJobQuery().processDefinitionKey("deadline-notifications").messages()
                .active().count()).as("created suspended").isZero();
        assertThat(management.createJobQuery().processDefinitionKey("deadline-notifications").messages()
                .suspended().count()).isEqualTo(SEND_JOBS + 1);
        assertThat(management.createJobQuery().active().list()).as("nothing of the backlog runs before its release")
                .noneMatch(job -> "deadline-notifications".equals(job.getProcessDefinitionKey())
                        || RecruitmentBacklog.PROCESS_KEYS.stream().anyMatch(key -> key.equals(job.getProcessDefinitionKey())));
        return rounds;
    }

    private static int count(JdbcTemplate db, String sql) {
        Integer count = db.queryForObject(sql, Integer.class);
        return count == null ? 0 : count;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
