package vn.noivu.bpm.platform.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * The history cleanup as configured in application.yaml (removal-time based), on PostgreSQL, with the platform's real
 * approval model deployed with a one-day time-to-live: finished instances past it are removed with everything they
 * recorded, a batch of 50 per run; running instances and their history stay, and a running instance's task is
 * completed while a cleanup run's deletions are not yet committed (cleanup takes no lock running work needs).
 */
@PostgresIntegrationTest
class HistoryCleanupTest {

    private static final String KEY = "sample-approval-ttl-test";
    private static final int BATCH_SIZE = 50;
    private static final int FINISHED = 130;
    private static final int RUNNING = 4;

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private int batchSizeBefore;

    @AfterEach
    void restore() {
        ClockUtil.reset();
        if (batchSizeBefore > 0) {
            configuration.setHistoryCleanupBatchSize(batchSizeBefore);
        }
        runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test cleanup"));
        repositoryService.createDeploymentQuery().deploymentName(KEY).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
        historyService.findHistoryCleanupJobs().forEach(job -> managementService.deleteJob(job.getId()));
    }

    @Test
    void finishedInstancesPastTheirTimeToLiveAreRemovedInBatchesWhileRunningWorkGoesOn() throws Exception {
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
        batchSizeBefore = configuration.getHistoryCleanupBatchSize();
        assertThat(batchSizeBefore).as("application.yaml").isEqualTo(500);
        configuration.setHistoryCleanupBatchSize(BATCH_SIZE);
        deployTheApprovalModelWithOneDayToLive();

        List<String> finished = new ArrayList<>();
        for (int i = 0; i < FINISHED; i++) {
            String instance = start("XOA-" + i);
            complete(instance, Map.of("handlingNote", "Đã xử lý"));
            complete(instance, Map.of("approved", true, "comment", ""));
            finished.add(instance);
        }
        List<String> running = new ArrayList<>();
        for (int i = 0; i < RUNNING; i++) {
            running.add(start("GIU-" + i));
        }
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(finished))
                .finished().count()).isEqualTo(FINISHED);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(finished.get(0))
                .singleResult().getRemovalTime()).as("end + 1 day").isNotNull();
        long runningActivities = activities(running);

        // A day and a bit later the finished ones are past their time-to-live.
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofHours(26).toMillis()));
        historyService.cleanUpHistoryAsync(true);
        Map<String, Long> rowsAtStart = rowsOf(finished);
        assertThat(rowsAtStart.get("ACT_HI_PROCINST")).isEqualTo(FINISHED);
        assertThat(rowsAtStart.get("ACT_HI_ACTINST")).as("several rows per instance").isGreaterThan(2L * BATCH_SIZE);
        List<Map<String, Long>> removedPerRun = new ArrayList<>();
        boolean completedDuringCleanup = false;
        Map<String, Long> rows = rowsAtStart;
        for (int run = 0; run < 100 && total(rows) > 0; run++) {
            for (Job job : historyService.findHistoryCleanupJobs()) {
                if (!completedDuringCleanup) {
                    // One run whose deletions stay uncommitted while a running instance moves on in another thread.
                    completedDuringCleanup = runCleanupWhileCompletingATask(job, running.get(0));
                } else {
                    managementService.executeJob(job.getId());
                }
                Map<String, Long> after = rowsOf(finished);
                Map<String, Long> removed = new java.util.TreeMap<>();
                for (Map.Entry<String, Long> table : rows.entrySet()) {
                    removed.put(table.getKey(), table.getValue() - after.get(table.getKey()));
                }
                if (total(removed) > 0) {
                    removedPerRun.add(removed);
                }
                rows = after;
            }
        }

        assertThat(total(rows)).as("every row of every finished instance removed: " + rows).isZero();
        assertThat(removedPerRun).as("a batch of at most 50 rows per table per run").allSatisfy(removed ->
                assertThat(removed.values()).allSatisfy(n -> assertThat(n).isBetween(0L, (long) BATCH_SIZE)));
        assertThat(removedPerRun.stream().filter(r -> r.get("ACT_HI_PROCINST") > 0).count())
                .as("130 instances take three runs or more").isGreaterThanOrEqualTo(3);
        assertThat(removedPerRun.stream().mapToLong(r -> r.get("ACT_HI_PROCINST")).sum()).isEqualTo(FINISHED);
        assertThat(completedDuringCleanup).isTrue();
        System.out.printf("History cleanup: %d runs of batch size %d removed %s%n", removedPerRun.size(), BATCH_SIZE,
                rowsAtStart);
        for (String gone : List.of(finished.get(0), finished.get(FINISHED - 1))) {
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(gone).count()).isZero();
            assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(gone).count()).isZero();
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(gone).count()).isZero();
            assertThat(historyService.createUserOperationLogQuery().processInstanceId(gone).count()).isZero();
        }

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(running))
                .unfinished().count()).as("running instances keep their history").isEqualTo(RUNNING);
        assertThat(activities(running)).as("their steps so far, and the step done during cleanup")
                .isGreaterThanOrEqualTo(runningActivities + 1);
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(running.get(0)).finished()
                .count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceId(running.get(0)).singleResult().getTaskDefinitionKey())
                .isEqualTo("approveDossier");
    }

    /** Runs one cleanup job in a transaction kept open until another thread has completed a running instance's task. */
    private boolean runCleanupWhileCompletingATask(Job job, String runningInstance) {
        return Boolean.TRUE.equals(new TransactionTemplate(transactions).execute(status -> {
            managementService.executeJob(job.getId());
            CompletableFuture<Void> other = CompletableFuture.runAsync(
                    () -> complete(runningInstance, Map.of("handlingNote", "Xử lý trong lúc dọn lịch sử")));
            try {
                other.get(15, TimeUnit.SECONDS);
                return true;
            } catch (Exception e) {
                throw new AssertionError("a running task could not be completed while cleanup ran", e);
            }
        }));
    }

    private void deployTheApprovalModelWithOneDayToLive() throws IOException {
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/bpmn/platform/sample-approval.bpmn")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(xml).contains("camunda:historyTimeToLive=\"3650\"");
        xml = xml.replace("camunda:historyTimeToLive=\"3650\"", "camunda:historyTimeToLive=\"1\"")
                .replace("\"sample-approval\"", "\"" + KEY + "\"");
        repositoryService.createDeployment().name(KEY).addString(KEY + ".bpmn", xml).deploy();
    }

    private String start(String businessKey) {
        return runtimeService.startProcessInstanceByKey(KEY, businessKey, Map.of("orgUnitCode", "DV-XOA")).getId();
    }

    private void complete(String instance, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        taskService.complete(task.getId(), variables);
    }

    /** The history tables that carry the root process instance, and what they hold of these instances. */
    private static final List<String> TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
            "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_COMMENT", "ACT_HI_OP_LOG",
            "ACT_HI_INCIDENT", "ACT_HI_JOB_LOG", "ACT_HI_DECINST", "ACT_GE_BYTEARRAY");

    private Map<String, Long> rowsOf(List<String> instances) {
        Map<String, Long> rows = new java.util.TreeMap<>();
        for (String table : TABLES) {
            Long n = jdbc.execute((java.sql.Connection c) -> {
                try (java.sql.PreparedStatement count = c.prepareStatement(
                        "SELECT COUNT(*) FROM " + table + " WHERE ROOT_PROC_INST_ID_ = ANY (?)")) {
                    count.setArray(1, c.createArrayOf("varchar", instances.toArray()));
                    try (java.sql.ResultSet result = count.executeQuery()) {
                        result.next();
                        return result.getLong(1);
                    }
                }
            });
            rows.put(table, n);
        }
        return rows;
    }

    private static long total(Map<String, Long> rows) {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    private long activities(List<String> instances) {
        long n = 0;
        for (String instance : instances) {
            n += historyService.createHistoricActivityInstanceQuery().processInstanceId(instance).count();
        }
        return n;
    }
}
