package vn.noivu.bpm.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.noivu.bpm.platform.engine.StartupLock;

/**
 * Two nodes started at the same moment on an EMPTY database (issue 19): without a start-up lock Camunda created its
 * tables twice and the second node stopped with ENGINE-03015. With {@link StartupLock} one node migrates, creates the
 * schema, deploys the models and creates the accounts while the other waits; then the other starts on the finished
 * schema. Both answer; every model is deployed once (one deployment of each resource, version 1 of each definition),
 * each account, membership, authorization and Tasklist filter exists once, each Flyway migration ran once.
 */
@Tag("postgres")
class SimultaneousStartTest {

    /** Rounds on a new empty database each (about 40 s a round on a quiet machine). */
    private static final int ROUNDS = 2;

    @Test
    void twoNodesStartedTogetherOnAnEmptyDatabaseBothComeUpAndSetUpOnce() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            startTogetherOnAnEmptyDatabase();
            System.out.printf("simultaneous start, round %d of %d: both nodes up, everything set up once%n",
                    round, ROUNDS);
        }
    }

    private static void startTogetherOnAnEmptyDatabase() throws Exception {
        String url = ClusterDatabase.recreate("simultaneous");
        Map<String, String> environment = ClusterNodes.postgresEnvironment(url, ClusterDatabase.user(),
                ClusterDatabase.password());
        environment.put("DB_POOL_SIZE", "10");
        environment.put("ADMIN_USER", "quantri");
        environment.put("ADMIN_PASSWORD", "mot-mat-khau-dai-cho-thu-nghiem");
        try (ClusterNodes cluster = new ClusterNodes(environment, List.of("-Xmx640m", "-XX:TieredStopAtLevel=1"))) {
            List<ClusterNodes.Node> nodes = List.of(cluster.start("node-1", Map.of()), cluster.start("node-2", Map.of()));
            nodes.forEach(node -> ClusterNodes.awaitReady(node, Duration.ofMinutes(6)));
            for (ClusterNodes.Node node : nodes) {
                assertThat(ClusterNodes.healthy(java.net.http.HttpClient.newHttpClient(), node)).isTrue();
                assertThat(node.http().as("chuyenvien", "chuyenvien").get("/engine-rest/task").statusCode())
                        .as("%s answers an authenticated request", node.name()).isEqualTo(200);
            }
            List<String> logs = new ArrayList<>();
            for (ClusterNodes.Node node : nodes) {
                logs.add(Files.readString(node.log()));
            }
            assertThat(String.join("\n", logs)).doesNotContain("ENGINE-03015").doesNotContain("APPLICATION FAILED");
            // Each node took the lock; one of them had to wait for the other (logged with the holder's name).
            assertThat(logs).allMatch(log -> log.contains("start-up lock taken"))
                    .allMatch(log -> log.contains("start-up lock released"));
            logs.forEach(log -> log.lines().filter(line -> line.contains("StartupLock"))
                    .forEach(line -> System.out.println(line.replaceAll("^.*StartupLock\\s*: ", ""))));

            try (Connection db = DriverManager.getConnection(url, ClusterDatabase.user(), ClusterDatabase.password())) {
                assertThat(count(db, "SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT WHERE NAME_ = 'noivu-bpm'")).isEqualTo(1);
                assertThat(count(db, "SELECT COUNT(*) FROM ACT_RE_PROCDEF")).isPositive();
                assertThat(rows(db, "SELECT NAME_ FROM ACT_GE_BYTEARRAY WHERE DEPLOYMENT_ID_ IS NOT NULL "
                        + "GROUP BY NAME_ HAVING COUNT(*) > 1")).as("resources deployed more than once").isEmpty();
                for (String table : List.of("ACT_RE_PROCDEF", "ACT_RE_DECISION_DEF", "ACT_RE_CAMFORMDEF")) {
                    assertThat(rows(db, "SELECT KEY_ FROM " + table + " WHERE VERSION_ <> 1"))
                            .as("definitions of %s in a second version", table).isEmpty();
                }
                for (String user : List.of("quantri", "admin", "chuyenvien", "lanhdao", "thietke")) {
                    assertThat(count(db, "SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ = '" + user + "'"))
                            .as("account %s", user).isEqualTo(1);
                }
                assertThat(count(db, "SELECT COUNT(*) FROM ACT_ID_GROUP")).isPositive();
                assertThat(rows(db, "SELECT TYPE_ || ' ' || COALESCE(USER_ID_, GROUP_ID_) || ' ' || RESOURCE_TYPE_ "
                        + "|| ' ' || RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION GROUP BY TYPE_, USER_ID_, GROUP_ID_, "
                        + "RESOURCE_TYPE_, RESOURCE_ID_ HAVING COUNT(*) > 1")).as("authorizations twice").isEmpty();
                assertThat(rows(db, "SELECT NAME_ FROM ACT_RU_FILTER GROUP BY NAME_, OWNER_ HAVING COUNT(*) > 1"))
                        .as("Tasklist filters twice").isEmpty();
                assertThat(count(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL "
                        + "AND version <> '0'")).isPositive();
                assertThat(rows(db, "SELECT version FROM flyway_schema_history GROUP BY version HAVING COUNT(*) > 1"))
                        .as("migrations run twice").isEmpty();
                assertThat(count(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success")).isZero();
                // Released: no session holds the start-up lock once both nodes are up.
                assertThat(count(db, "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 0 "
                        + "AND objid = " + StartupLock.KEY + " AND database = (SELECT oid FROM pg_database "
                        + "WHERE datname = current_database())")).isZero();
            }
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
