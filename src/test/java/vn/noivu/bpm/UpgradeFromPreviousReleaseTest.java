package vn.noivu.bpm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database of the previous release, with a recruitment round waiting for its round-2 scores and a promotion
 * round with its nominees in, upgraded by this version: Flyway and the model deployment run on it, the two
 * instances stay on the definitions they were started on (whose delegates are looked up by their old bean names)
 * and both rounds finish through the API and the tasks, hiring dossiers included. The fixture and how to make it
 * again for the next release: src/test/resources/upgrade/README.md. It sits at the root: it is about the whole
 * application, both procedures and the platform.
 */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeFromPreviousReleaseTest {

    private static final String FIXTURE = "/upgrade/previous-release.sql.gz";
    private static final String RECRUITMENT = "UP-TD-1";
    private static final String PROMOTION = "UP-TH-1";
    private static final Set<String> ROUND_PROCESSES = Set.of("recruitment-round", "hiring-dossier", "promotion-round");

    /** A second application in this JVM: an engine name of its own and no webapps (see NotificationsEndToEndTest). */
    private static final String[] ENGINE_OF_ITS_OWN = {
            "camunda.bpm.process-engine-name=upgradeTest", "camunda.bpm.webapp.enabled=false"};

    private static final String MIGRATIONS = "SELECT version || ':' || checksum FROM flyway_schema_history"
            + " WHERE version IS NOT NULL AND version <> '0' ORDER BY installed_rank";

    private final ObjectMapper json = new ObjectMapper();
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private final String database = "noivu_upgrade_" + UUID.randomUUID().toString().substring(0, 8);
    /** Process key → the definition id its instance ran on in the previous release. */
    private final Map<String, String> previousDefinitions = new HashMap<>();
    private final Map<String, String> previousInstances = new HashMap<>();
    /** The previous release's migrations: version and checksum, in order. */
    private final List<String> previousMigrations = new ArrayList<>();

    private ConfigurableApplicationContext app;
    private ProcessEngine engine;
    private JdbcTemplate jdbc;
    private int port;

    private static String serverUrl() {
        String url = System.getProperty("test.db.url", "jdbc:postgresql://127.0.0.1:5432/noivu_test");
        return url.substring(0, url.lastIndexOf('/') + 1);
    }

    private static Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(serverUrl() + db, System.getProperty("test.db.user", "postgres"),
                System.getProperty("test.db.password", ""));
    }

    @BeforeAll
    void upgradeTheDatabaseOfThePreviousRelease() throws Exception {
        try (Connection server = connect("postgres"); Statement sql = server.createStatement()) {
            sql.execute("CREATE DATABASE " + database);
        }
        try (Connection db = connect(database); Statement sql = db.createStatement();
             InputStream dump = new GZIPInputStream(getClass().getResourceAsStream(FIXTURE))) {
            sql.execute(new String(dump.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (Connection db = connect(database); Statement sql = db.createStatement()) {
            try (var rows = sql.executeQuery("SELECT d.key_, d.id_, e.proc_inst_id_ FROM act_ru_execution e"
                    + " JOIN act_re_procdef d ON d.id_ = e.proc_def_id_ WHERE e.id_ = e.proc_inst_id_"
                    + " AND d.key_ IN ('recruitment-round', 'promotion-round')")) {
                while (rows.next()) {
                    previousDefinitions.put(rows.getString(1), rows.getString(2));
                    previousInstances.put(rows.getString(1), rows.getString(3));
                }
            }
            try (var rows = sql.executeQuery(MIGRATIONS)) {
                while (rows.next()) {
                    previousMigrations.add(rows.getString(1));
                }
            }
        }
        assertThat(previousDefinitions).containsOnlyKeys("recruitment-round", "promotion-round");

        long started = System.nanoTime();
        app = new SpringApplicationBuilder(NoivuBpmApplication.class)
                .profiles("postgres", "demo", "it")
                .properties(ENGINE_OF_ITS_OWN)
                .properties("PORT=0")
                // A command-line argument: it outranks the it profile's test.db.url.
                .run("--spring.datasource.url=" + serverUrl() + database);
        System.out.printf("Upgrade: the application started on the previous release's database in %.1f s%n",
                (System.nanoTime() - started) / 1e9);
        engine = app.getBean(ProcessEngine.class);
        jdbc = app.getBean(JdbcTemplate.class);
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    void dropTheDatabase() throws SQLException {
        if (app != null) {
            app.close();
        }
        try (Connection server = connect("postgres"); Statement sql = server.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    @Order(1)
    void migrationsOnlyAddAndTheRunningInstancesStayOnTheirDefinitions() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE NOT success", Integer.class))
                .isZero();
        // Flyway validated them at start-up; the history itself shows the previous ones unchanged, new ones after.
        assertThat(jdbc.queryForList(MIGRATIONS, String.class)).startsWith(previousMigrations.toArray(String[]::new));
        RuntimeService runtime = engine.getRuntimeService();
        previousDefinitions.forEach((key, definition) -> {
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(previousInstances.get(key)).singleResult();
            assertThat(instance).as(key + " still running").isNotNull();
            assertThat(instance.getProcessDefinitionId()).as(key + " on its old definition").isEqualTo(definition);
            ProcessDefinition latest = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(key).latestVersion().singleResult();
            System.out.printf("Upgrade: %s runs on %s, the latest is version %d%n", key, definition, latest.getVersion());
        });
        assertThat(status("recruitment", RECRUITMENT)).isEqualTo("THI_VONG_2");
        assertThat(status("promotion", PROMOTION)).isEqualTo("NHAN_DE_CU");
    }

    @Test
    @Order(2)
    void theRecruitmentRoundFinishesRankedPublishedAndHired() throws IOException {
        String round = previousInstances.get("recruitment-round");
        String mai = applicationNumber("009900000001");
        String lan = applicationNumber("009900000002");
        String minh = applicationNumber("009900000003");
        String hoa = applicationNumber("009900000004");

        // Round 2: Mai and Lan tie at 68.00 with their round-1 results of the previous release; Mai wrote better.
        JsonNode round2 = body(as("hoidong").postJson("/api/recruitment/rounds/" + RECRUITMENT + "/scores", """
                {"stage": "VONG_2", "scores": [{"applicationNumber": "%s", "written": 74, "interview": 54},
                 {"applicationNumber": "%s", "written": 68, "interview": 68},
                 {"applicationNumber": "%s", "score": 70}]}""".formatted(mai, lan, hoa)), 200);
        assertThat(round2.path("stageComplete").asBoolean()).isTrue();
        runJobs();
        assertThat(status("recruitment", RECRUITMENT)).isEqualTo("PHUC_KHAO");
        assertThat(new HttpTestClient(port).postJson("/api/recruitment/applications/" + lan + "/review-requests",
                "{\"citizenId\": \"009900000002\", \"reason\": \"Đề nghị chấm lại\"}").statusCode()).isEqualTo(201);

        fireTimer(round);
        runJobs();
        body(as("hoidong").postJson("/api/recruitment/rounds/" + RECRUITMENT + "/scores", """
                {"stage": "PHUC_KHAO", "scores": [{"applicationNumber": "%s", "marker1": 68, "marker2": 68}]}"""
                .formatted(lan)), 200);
        runJobs();
        assertThat(status("recruitment", RECRUITMENT)).isEqualTo("CHO_DUYET_KET_QUA");
        complete("lanhdao", round, "approveResults", Map.of("approved", true));
        assertThat(status("recruitment", RECRUITMENT)).isEqualTo("DA_CONG_BO_KET_QUA");

        JsonNode positions = body(new HttpTestClient(port).get("/api/recruitment/rounds/" + RECRUITMENT + "/results"),
                200).path("positions");
        JsonNode pc = positions.get(0).path("candidates");
        assertThat(pc.findValuesAsText("applicationNumber")).containsExactly(mai, lan, minh);
        assertThat(pc.findValuesAsText("outcome")).containsExactly("TRUNG_TUYEN", "KHONG_TRUNG_TUYEN", "KHONG_DU_DIEU_KIEN");
        assertThat(pc.get(0).path("totalScore").decimalValue()).isEqualByComparingTo("68.00");
        assertThat(pc.get(0).path("round1Correct").asInt()).as("scored by the previous release").isEqualTo(40);
        assertThat(positions.get(1).path("candidates").get(0).path("applicationNumber").asText()).isEqualTo(hoa);
        assertThat(positions.get(1).path("candidates").get(0).path("outcome").asText()).isEqualTo("TRUNG_TUYEN");

        // Each winner's hiring dossier (started by the old round on this version's hiring-dossier) to the start of work.
        for (String winner : List.of(mai, hoa)) {
            String hiring = hiringDossier(winner);
            complete("chuyenvien", hiring, "recordDossier", Map.of("docDiplomas", true, "docPriorityProof", false,
                    "dossierComplete", true, "fraudFound", false));
            // The recruitment decision is a document now: reviewed, signed and numbered through document-issue.
            String decision = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(hiring)
                    .singleResult().getId();
            complete("chuyenvien", decision, "reviewDocumentDraft", Map.of());
            complete("lanhdao", decision, "signDocument", Map.of("approved", true));
            complete("chuyenvien", hiring, "recordCriminalRecord", Map.of("criminalRecordResult", "KHONG_LOAI_TRU"));
            complete("chuyenvien", hiring, "recordStartOfWork", Map.of("startResult", "DA_NHAN_VIEC",
                    "startedOn", today.toString()));
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(hiring).count())
                    .as("hiring dossier of " + winner + " ended").isZero();
        }
        assertThat(status("recruitment", RECRUITMENT)).isEqualTo("HOAN_THANH");
        assertThat(ended(round)).as("the round of the previous release ended").isTrue();
    }

    @Test
    @Order(3)
    void thePromotionRoundFinishesAssessedPublishedAndAppointed() throws IOException {
        String round = previousInstances.get("promotion-round");
        fireTimer(round);
        runJobs();
        complete("hoidongth", round, "recordAssessment", Map.of("membersPresent", 5L,
                "rejectedNominees", "009800000004", "assessmentMinutes", "Biên bản họp Hội đồng: 5/5 thành viên"));
        // Quota 2: the holder of a provincial merit certificate and the woman; the disciplined one was not eligible.
        complete("lanhdao", round, "approveResults", Map.of("approved", true));
        assertThat(status("promotion", PROMOTION)).isEqualTo("DA_CONG_BO_KET_QUA");

        JsonNode nominees = body(new HttpTestClient(port).get("/api/promotion/rounds/" + PROMOTION + "/results"), 200)
                .path("nominees");
        Map<String, String> outcomes = new HashMap<>();
        nominees.forEach(n -> outcomes.put(n.path("citizenId").asText(), n.path("outcome").asText()));
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("********0001", "TRUNG_TUYEN",
                "********0002", "TRUNG_TUYEN", "********0003", "KHONG_DU_DIEU_KIEN", "********0004", "KHONG_DAT_DANH_GIA"));

        complete("lanhdao", round, "issueAppointments", Map.of("appointmentDecision", "45/QĐ-SNV"));
        assertThat(status("promotion", PROMOTION)).isEqualTo("HOAN_THANH");
        assertThat(ended(round)).as("the round of the previous release ended").isTrue();
    }

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private JsonNode body(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private String status(String procedure, String code) {
        try {
            return body(as("chuyenvien").get("/api/" + procedure + "/rounds/" + code), 200).path("status").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String applicationNumber(String citizenId) {
        return jdbc.queryForObject("SELECT application_number FROM recruitment_application WHERE citizen_id = ?",
                String.class, citizenId);
    }

    private String hiringDossier(String applicationNumber) {
        runJobs();
        ProcessInstance hiring = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("hiring-dossier").processInstanceBusinessKey(applicationNumber).singleResult();
        assertThat(hiring).as("hiring-dossier of " + applicationNumber).isNotNull();
        return hiring.getId();
    }

    private boolean ended(String processInstanceId) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getEndTime() != null;
    }

    private void fireTimer(String processInstanceId) {
        ManagementService jobs = engine.getManagementService();
        jobs.executeJob(jobs.createJobQuery().processInstanceId(processInstanceId).timers().singleResult().getId());
    }

    /**
     * What the job executor (off in tests) would do: the asynchronous continuations of the rounds and their
     * dossiers, run here until none is left. Timers wait for their date; those the test needs it fires itself.
     */
    private void runJobs() {
        ManagementService jobs = engine.getManagementService();
        for (int pass = 0; pass < 100; pass++) {
            List<Job> ready = jobs.createJobQuery().messages().executable().list().stream()
                    .filter(job -> ROUND_PROCESSES.contains(job.getProcessDefinitionKey())).toList();
            if (ready.isEmpty()) {
                return;
            }
            ready.forEach(job -> jobs.executeJob(job.getId()));
        }
        throw new IllegalStateException("asynchronous jobs keep coming");
    }

    /** Completes the instance's one open task with that key as the user would, under the user's own authorizations. */
    private void complete(String user, String processInstanceId, String taskKey, Map<String, Object> variables) {
        runJobs();
        IdentityService identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKey(taskKey).singleResult();
            assertThat(task).as(taskKey + " for " + user).isNotNull();
            assertThat(task.getDueDate()).as("every task has its due date").isNotNull();
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
        runJobs();
    }
}
