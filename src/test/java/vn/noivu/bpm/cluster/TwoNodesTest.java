package vn.noivu.bpm.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.noivu.bpm.HttpTestClient;

/**
 * Two nodes on a PostgreSQL server of the test's own ({@link PrivatePostgres}), as the README runs them: a task
 * started through node 1 is completed through node 2; a model deployed through node 2 (as Camunda Modeler does) is
 * what node 1 starts; a holiday file reloaded on node 1 is in node 2's calendar within the refresh period. Then the
 * database crashes ({@code pg_ctl stop -m immediate}) and comes back while both nodes are under load: both answer
 * again and run jobs again without being restarted.
 */
@Tag("postgres")
class TwoNodesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoNodesShareTheWorkAndRecoverFromADatabaseCrash() throws Exception {
        Path holidays = Files.createTempDirectory("noivu-holidays-");
        try (PrivatePostgres postgres = PrivatePostgres.start()) {
            try (Connection server = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "");
                 Statement statement = server.createStatement()) {
                statement.execute("CREATE DATABASE noivu");
            }
            Map<String, String> environment = ClusterNodes.postgresEnvironment(postgres.jdbcUrl("noivu"), "postgres", "");
            environment.put("DB_POOL_SIZE", "10");
            environment.put("JOB_LOCK_TIME_MS", "10000");
            environment.put("HOLIDAYS_DIR", holidays.toString());
            environment.put("CALENDAR_REFRESH_SECONDS", "1");
            try (ClusterNodes cluster = new ClusterNodes(environment, List.of("-Xmx640m", "-XX:TieredStopAtLevel=1"))) {
                // The first start on an empty database creates the schema: node 1 first, then node 2 (README).
                ClusterNodes.Node node1 = cluster.start("node-1", Map.of());
                ClusterNodes.awaitReady(node1, Duration.ofMinutes(4));
                ClusterNodes.Node node2 = cluster.start("node-2", Map.of());
                ClusterNodes.awaitReady(node2, Duration.ofMinutes(4));
                HttpTestClient official1 = node1.http().as("chuyenvien", "chuyenvien");
                HttpTestClient official2 = node2.http().as("chuyenvien", "chuyenvien");

                // A task started through node 1, completed through node 2.
                String instance = start(official1, "HAI-NUT-1");
                String task = JSON.readTree(official2.get("/engine-rest/task?processInstanceId=" + instance).body())
                        .get(0).path("id").asText();
                assertThat(official2.postJson("/engine-rest/task/" + task + "/claim", "{\"userId\":\"chuyenvien\"}")
                        .statusCode()).isEqualTo(204);
                HttpResponse<String> completed = official2.postJson("/engine-rest/task/" + task + "/complete",
                        "{\"variables\":{\"handlingNote\":{\"value\":\"Đủ điều kiện\",\"type\":\"String\"}}}");
                assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
                JsonNode next = JSON.readTree(node1.http().as("lanhdao", "lanhdao")
                        .get("/engine-rest/task?processInstanceId=" + instance).body());
                assertThat(next.get(0).path("taskDefinitionKey").asText()).isEqualTo("approveDossier");

                // A model deployed through node 2 (as Modeler does) is the one node 1 starts.
                HttpResponse<String> deployed = node2.http().as("thietke", "thietke").postMultipart(
                        "/engine-rest/deployment/create", Map.of("deployment-name", "hai-nut",
                                "deployment-source", "Camunda Modeler", "deploy-changed-only", "true"),
                        Map.of("sample-approval.bpmn", renamedSampleModel("Quy trình mẫu (sửa qua nút 2)")));
                assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
                String started = start(official1, "HAI-NUT-2");
                JsonNode definition = JSON.readTree(node1.http().as("admin", "admin").get(
                        "/engine-rest/process-instance/" + started).body());
                JsonNode latest = JSON.readTree(node1.http().as("admin", "admin").get(
                        "/engine-rest/process-definition/" + definition.path("definitionId").asText()).body());
                assertThat(latest.path("name").asText()).isEqualTo("Quy trình mẫu (sửa qua nút 2)");

                // A holiday file reloaded on node 1 reaches node 2's calendar within the refresh period (1 s here).
                assertThat(node2.http().get("/api/calendar/days-off?year=2033").statusCode()).isNotEqualTo(200);
                Files.writeString(holidays.resolve("2033.yaml"), """
                        year: 2033
                        confirmed: false
                        source: "Thử nghiệm hai nút"
                        daysOff:
                          - date: 2033-01-03
                            name: Nghỉ bù Tết Dương lịch
                            kind: COMPENSATORY
                        """);
                assertThat(node1.http().as("admin", "admin").postJson("/api/calendar/reload", "{}").statusCode())
                        .isEqualTo(200);
                awaitTrue(Duration.ofSeconds(20), "node 2 reads the reloaded calendar",
                        () -> node2.http().get("/api/calendar/days-off?year=2033").statusCode() == 200);

                // The database crashes and comes back while both nodes take requests and run jobs.
                AtomicBoolean loading = new AtomicBoolean(true);
                Map<String, AtomicInteger> ok = Map.of("node-1", new AtomicInteger(), "node-2", new AtomicInteger());
                Map<String, AtomicInteger> failed = Map.of("node-1", new AtomicInteger(), "node-2", new AtomicInteger());
                List<Thread> load = new ArrayList<>();
                for (ClusterNodes.Node node : List.of(node1, node2)) {
                    Thread thread = new Thread(() -> {
                        HttpTestClient admin = node.http().as("admin", "admin");
                        int i = 0;
                        while (loading.get()) {
                            try {
                                HttpResponse<String> response = admin.postJson(
                                        "/engine-rest/process-definition/key/deadline-notifications/start",
                                        "{\"startInstructions\":[{\"type\":\"startBeforeActivity\","
                                                + "\"activityId\":\"sendPendingEmails\"}],\"businessKey\":\"LOAD-"
                                                + node.name() + "-" + i++ + "\"}");
                                (response.statusCode() == 200 ? ok : failed).get(node.name()).incrementAndGet();
                            } catch (RuntimeException e) {
                                failed.get(node.name()).incrementAndGet();
                            }
                            ClusterNodes.sleep(Duration.ofMillis(20));
                        }
                    }, "load-" + node.name());
                    thread.start();
                    load.add(thread);
                }
                awaitTrue(Duration.ofMinutes(1), "load running on both nodes",
                        () -> ok.get("node-1").get() > 20 && ok.get("node-2").get() > 20);
                postgres.crash();
                long crashedAt = System.currentTimeMillis();
                awaitTrue(Duration.ofSeconds(90), "requests fail while the database is down",
                        () -> failed.get("node-1").get() > 0 && failed.get("node-2").get() > 0);
                ClusterNodes.sleep(Duration.ofSeconds(3));
                postgres.startServer();
                Map<String, Integer> okAtRestart = Map.of("node-1", ok.get("node-1").get(), "node-2", ok.get("node-2").get());
                awaitTrue(Duration.ofMinutes(2), "both nodes take requests again", () ->
                        ok.get("node-1").get() > okAtRestart.get("node-1") + 20
                                && ok.get("node-2").get() > okAtRestart.get("node-2") + 20);
                loading.set(false);
                for (Thread thread : load) {
                    thread.join(30_000);
                }
                assertThat(node1.isAlive()).isTrue();
                assertThat(node2.isAlive()).isTrue();
                assertThat(ClusterNodes.healthy(java.net.http.HttpClient.newHttpClient(), node1)).isTrue();
                assertThat(ClusterNodes.healthy(java.net.http.HttpClient.newHttpClient(), node2)).isTrue();

                // The job executors resumed: every job of the load is done, and each node ran jobs after the crash.
                try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("noivu"), "postgres", "")) {
                    // A job that failed because the database was gone waits for its retry (R3/PT5M in the model),
                    // with retries left and no incident; an administrator's "retry now" (here: due now) runs it.
                    assertThat(count(db, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_ = 'message' AND RETRIES_ = 0"))
                            .isZero();
                    try (Statement statement = db.createStatement()) {
                        statement.executeUpdate("UPDATE ACT_RU_JOB SET DUEDATE_ = NULL WHERE TYPE_ = 'message' "
                                + "AND EXCEPTION_MSG_ IS NOT NULL");
                    }
                    awaitTrue(Duration.ofMinutes(3), "every job of the load done", () ->
                            count(db, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_ = 'message'") == 0);
                    for (String node : List.of("node-1", "node-2")) {
                        assertThat(count(db, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE HOSTNAME_ = '" + node
                                + "' AND JOB_STATE_ = 2 AND TIMESTAMP_ > TO_TIMESTAMP(" + crashedAt / 1000 + ")"))
                                .as("jobs run by %s after the crash", node).isPositive();
                    }
                    assertThat(count(db, "SELECT COUNT(*) FROM ACT_RU_INCIDENT")).isZero();
                }
                System.out.printf("database crash: requests ok %s, failed %s; both nodes recovered%n", ok, failed);
            }
        } finally {
            try (var files = Files.walk(holidays)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String start(HttpTestClient client, String businessKey) throws Exception {
        HttpResponse<String> started = client.postJson("/engine-rest/process-definition/key/sample-approval/start",
                "{\"businessKey\":\"" + businessKey + "\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return JSON.readTree(started.body()).path("id").asText();
    }

    private static byte[] renamedSampleModel(String newName) throws Exception {
        try (InputStream in = TwoNodesTest.class.getClassLoader().getResourceAsStream("bpmn/platform/sample-approval.bpmn")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String changed = xml.replace("name=\"Quy trình mẫu: xử lý và phê duyệt hồ sơ\"", "name=\"" + newName + "\"");
            assertThat(changed).isNotEqualTo(xml);
            return changed.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static int count(Connection db, String sql) {
        try (Statement statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            ClusterNodes.sleep(Duration.ofMillis(200));
        }
    }
}
