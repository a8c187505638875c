package vn.noivu.bpm.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.NoivuBpmApplication;
import vn.noivu.bpm.TestDatabase;
import vn.noivu.bpm.platform.logging.MaskedConsoleEncoder;

/**
 * What an operator reads, on PostgreSQL with the job executor running: /actuator/prometheus for administrators only,
 * the engine's job counters after real jobs, the workload gauges from the database (open, overdue, failed jobs,
 * incidents) and the JSON log line of a job, with its process instance and business key and no whole citizen ID.
 */
@Tag("postgres")
class MonitoringTest {

    private static final String KEY = "monitoring-probe";
    /** Business keys with a 12-digit run in them, as if a procedure put a citizen ID there. */
    private static final String KEY_PREFIX = "HS-0791850001";
    private static final Pattern WHOLE_ID = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

    private static ConfigurableApplicationContext app;
    private static ProcessEngine engine;
    private static int port;
    private static final ByteArrayOutputStream jsonLog = new ByteArrayOutputStream();
    private static OutputStreamAppender<ILoggingEvent> jsonAppender;
    private final ObjectMapper json = new ObjectMapper();

    /** The service task of the probe model: logs one line inside the job, fails when asked to. */
    public static class Probe implements JavaDelegate {
        private static final Logger log = LoggerFactory.getLogger(Probe.class);

        @Override
        public void execute(DelegateExecution execution) {
            log.info("monitoring probe ran");
            if (Boolean.TRUE.equals(execution.getVariable("fail"))) {
                throw new IllegalStateException("monitoring probe asked to fail");
            }
        }
    }

    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="t">
              <bpmn:process id="monitoring-probe" name="Thử giám sát" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="toProbe" sourceRef="start" targetRef="probe" />
                <bpmn:serviceTask id="probe" name="Ghi nhật ký" camunda:asyncBefore="true"
                                  camunda:delegateExpression="${monitoringProbe}">
                  <bpmn:extensionElements>
                    <camunda:failedJobRetryTimeCycle>R1/PT0S</camunda:failedJobRetryTimeCycle>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:sequenceFlow id="toWork" sourceRef="probe" targetRef="work" />
                <bpmn:userTask id="work" name="Xử lý" camunda:candidateGroups="chuyen-vien" />
                <bpmn:sequenceFlow id="toEnd" sourceRef="work" targetRef="end" />
                <bpmn:endEvent id="end" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(NoivuBpmApplication.class)
                .profiles("postgres", "demo", "it")
                .initializers(new TestDatabase(),
                        context -> context.getBeanFactory().registerSingleton("monitoringProbe", new Probe()))
                // An engine of its own (see NotificationsEndToEndTest); arguments, as they must win over the "it"
                // profile: the job executor on, as in production, and the gauges read every second.
                .run("--camunda.bpm.process-engine-name=monitoringTest", "--camunda.bpm.webapp.enabled=false",
                        "--camunda.bpm.job-execution.enabled=true", "--noivu.monitoring.gauge-cache=1s", "--PORT=0",
                        // A second application in this JVM: few connections, the server is shared.
                        "--spring.datasource.hikari.maximum-pool-size=6");
        engine = app.getBean(ProcessEngine.class);
        port = ((WebServerApplicationContext) app).getWebServer().getPort();

        // The encoder logback-spring.xml uses when LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs, on every logger.
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        MaskedConsoleEncoder encoder = new MaskedConsoleEncoder();
        encoder.setContext(logging);
        encoder.setStructuredFormat("ecs");
        encoder.start();
        jsonAppender = new OutputStreamAppender<>();
        jsonAppender.setContext(logging);
        jsonAppender.setEncoder(encoder);
        jsonAppender.setOutputStream(jsonLog);
        jsonAppender.start();
        logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(jsonAppender);
    }

    @AfterAll
    static void stop() {
        if (jsonAppender != null) {
            ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                    .detachAppender(jsonAppender);
            jsonAppender.stop();
        }
        if (engine != null) {
            engine.getRepositoryService().createDeploymentQuery().deploymentName(KEY).list()
                    .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void prometheusIsForAdministratorsAndHealthDetailsToo() throws Exception {
        HttpResponse<String> anonymous = new HttpTestClient(port).get("/actuator/prometheus");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(new HttpTestClient(port).as("chuyenvien", "chuyenvien").get("/actuator/prometheus").statusCode())
                .isEqualTo(403);
        assertThat(new HttpTestClient(port).as("thietke", "thietke").get("/actuator/prometheus").statusCode())
                .isEqualTo(403);
        HttpResponse<String> admin = new HttpTestClient(port).as("admin", "admin").get("/actuator/prometheus");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(admin.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_bucket",
                "camunda_job_acquisition_attempts_total", "noivu_workload_snapshot_age_seconds",
                "executor_active_threads{application=\"noivu-bpm\",name=\"camundaTaskExecutor\"}");

        HttpResponse<String> health = new HttpTestClient(port).get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).path("status").asText()).isEqualTo("UP");
        assertThat(health.body()).as("no details for an anonymous caller").doesNotContain("components", "db");
        HttpResponse<String> official = new HttpTestClient(port).as("chuyenvien", "chuyenvien").get("/actuator/health");
        assertThat(official.body()).as("nor for an official").doesNotContain("components");
        JsonNode adminHealth = json.readTree(new HttpTestClient(port).as("admin", "admin").get("/actuator/health").body());
        assertThat(adminHealth.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(adminHealth.path("components").path("db").path("details").path("database").asText())
                .isEqualTo("PostgreSQL");
        assertThat(adminHealth.path("components").has("jobExecutor")).as(adminHealth.toString()).isTrue();
        assertThat(json.readTree(new HttpTestClient(port).get("/actuator/health/readiness").body()).path("status")
                .asText()).isEqualTo("UP");
    }

    @Test
    void jobsCountTasksAndIncidentsReadFromTheDatabaseAndTheJobLogsJson() throws Exception {
        engine.getRepositoryService().createDeployment().name(KEY)
                .addString(KEY + ".bpmn", MODEL).deploy();
        double executedBefore = metric(scrape(), "camunda_job_executed_success_total", Map.of());
        double failedBefore = metric(scrape(), "camunda_job_executed_failure_total", Map.of());

        List<String> instances = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            instances.add(engine.getRuntimeService().startProcessInstanceByKey(KEY, KEY_PREFIX + (10 + i)).getId());
        }
        String failing = engine.getRuntimeService().startProcessInstanceByKey(KEY, KEY_PREFIX + "99",
                Map.of("fail", true)).getId();

        waitFor(Duration.ofSeconds(60), () -> engine.getTaskService().createTaskQuery().processDefinitionKey(KEY)
                .count() == 3 && engine.getRuntimeService().createIncidentQuery().processInstanceId(failing).count() == 1);
        Task overdue = engine.getTaskService().createTaskQuery().processInstanceId(instances.get(0)).singleResult();
        overdue.setDueDate(new Date(System.currentTimeMillis() - Duration.ofDays(2).toMillis()));
        engine.getTaskService().saveTask(overdue);
        String metrics = scrapeAfterCachePeriod();
        Map<String, String> probe = Map.of("process", KEY);
        assertThat(metric(metrics, "noivu_tasks_open", Map.of("process", KEY, "group", "chuyen-vien"))).isEqualTo(3);
        assertThat(metric(metrics, "noivu_tasks_overdue", Map.of("process", KEY, "group", "chuyen-vien"))).isEqualTo(1);
        assertThat(metric(metrics, "noivu_jobs_failed", probe)).isEqualTo(1);
        assertThat(metric(metrics, "noivu_incidents_open", Map.of("process", KEY, "type", "failedJob"))).isEqualTo(1);
        assertThat(metric(metrics, "noivu_process_instances_running", probe)).isEqualTo(4);
        assertThat(metric(metrics, "camunda_job_executed_success_total", Map.of()) - executedBefore)
                .as("three probe jobs ran").isGreaterThanOrEqualTo(3);
        assertThat(metric(metrics, "camunda_job_executed_failure_total", Map.of()) - failedBefore)
                .as("the failing probe ran and failed, twice with R1").isGreaterThanOrEqualTo(1);
        assertThat(metric(metrics, "camunda_job_acquired_success_total", Map.of())).isGreaterThanOrEqualTo(4);
        assertThat(metrics).doesNotContain(instances.get(0)).as("no instance id as a tag");

        // The work is done: the gauges read 0, not the last figure.
        for (String instance : instances) {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
            engine.getTaskService().complete(task.getId());
        }
        engine.getRuntimeService().deleteProcessInstance(failing, "test");
        metrics = scrapeAfterCachePeriod();
        assertThat(metric(metrics, "noivu_tasks_open", Map.of("process", KEY, "group", "chuyen-vien"))).isZero();
        assertThat(metric(metrics, "noivu_incidents_open", Map.of("process", KEY, "type", "failedJob"))).isZero();

        // The JSON line the probe logged inside its job.
        String log = jsonLog.toString(StandardCharsets.UTF_8);
        JsonNode line = null;
        for (String text : log.split("\n")) {
            if (text.contains("monitoring probe ran") && text.contains(instances.get(1))) {
                line = json.readTree(text);
                System.out.println("JSON log line of the probe's job: " + text);
                break;
            }
        }
        assertThat(line).as("a JSON line of the probe's job in:\n" + log.substring(0, Math.min(log.length(), 3000)))
                .isNotNull();
        assertThat(line.path("message").asText()).isEqualTo("monitoring probe ran");
        assertThat(line.path("processInstanceId").asText()).isEqualTo(instances.get(1));
        assertThat(line.path("processDefinitionKey").asText()).isEqualTo(KEY);
        assertThat(line.path("activityId").asText()).isEqualTo("probe");
        assertThat(line.path("businessKey").asText()).as("the business key, its 12-digit run masked")
                .isEqualTo("HS-*********111");
        for (String text : log.split("\n")) {
            assertThat(WHOLE_ID.matcher(text.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", ""))
                    .find()).as("a whole 12-digit run in " + text).isFalse();
        }
        assertThat(log).contains("monitoring probe asked to fail");
    }

    /**
     * A scrape after the gauges' cache period (1 s here) has passed: the first reads the database again and registers
     * the pairs (process, group) seen for the first time, which the second shows, from the same snapshot.
     */
    private static String scrapeAfterCachePeriod() throws InterruptedException {
        Thread.sleep(1100);
        scrape();
        return scrape();
    }

    private static String scrape() {
        HttpResponse<String> response = new HttpTestClient(port).as("admin", "admin").get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The value of one series, summing the series whose labels include the given ones. */
    static double metric(String scrape, String name, Map<String, String> labels) {
        double sum = 0;
        boolean found = false;
        Pattern series = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+|NaN)$",
                Pattern.MULTILINE);
        Matcher m = series.matcher(scrape);
        while (m.find()) {
            String tags = m.group(1) == null ? "" : m.group(1);
            if (labels.entrySet().stream().allMatch(e -> tags.contains(e.getKey() + "=\"" + e.getValue() + "\""))) {
                sum += Double.parseDouble(m.group(2));
                found = true;
            }
        }
        assertThat(found).as(name + " " + labels + " in the scrape").isTrue();
        return sum;
    }

    private static void waitFor(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + limit).isLessThan(end);
            Thread.sleep(200);
        }
    }
}
