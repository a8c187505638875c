package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.platform.deployment.ModelDeployer;

/** Start-up on PostgreSQL: Flyway, engine settings, and the models of bpmn/ and forms/ deployed once. */
@PostgresIntegrationTest
class StartupTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ModelDeployer modelDeployer;

    @Test
    void runsOnPostgresqlWithFlywayMigrationsApplied() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        List<Map<String, Object>> migrations = jdbc.queryForList(
                "select version, success from flyway_schema_history where version is not null and version <> '0' order by installed_rank");
        assertThat(migrations).isNotEmpty().allSatisfy(row -> assertThat(row.get("success")).isEqualTo(true));
        assertThat(migrations.get(0).get("version")).isEqualTo("1");
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Integer.class)).isNotNull();
    }

    @Test
    void engineKeepsFullHistoryWithAuthorizationsAndNightlyCleanup() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(configuration.getHistoryTimeToLive()).isEqualTo("P3650D");
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(engine.getHistoryService().findHistoryCleanupJobs()).isNotEmpty();
    }

    @Test
    void everyModelOfTheModelFoldersIsDeployedWithItsHistoryTimeToLive() {
        Deployment startup = engine.getRepositoryService().createDeploymentQuery()
                .deploymentName(ModelDeployer.DEPLOYMENT_NAME).orderByDeploymentTime().asc().list().get(0);
        List<String> firstResources = engine.getRepositoryService().getDeploymentResourceNames(startup.getId());
        assertThat(firstResources).contains("bpmn/platform/sample-approval.bpmn",
                "forms/platform/sample-handle-dossier.form", "forms/platform/sample-approve-dossier.form",
                "forms/platform/sample-receive-dossier.form");

        List<ProcessDefinition> definitions = engine.getRepositoryService().createProcessDefinitionQuery().list();
        assertThat(definitions).isNotEmpty().allSatisfy(definition ->
                assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull());
    }

    @Test
    void startingAgainDeploysNothingThatDidNotChange() {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        int version = latestSampleVersion();

        modelDeployer.postProcessEngineBuild(engine);

        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(latestSampleVersion()).isEqualTo(version);
    }

    private int latestSampleVersion() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("sample-approval")
                .latestVersion().singleResult().getVersion();
    }
}
