package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import vn.noivu.bpm.NoivuBpmApplication;
import vn.noivu.bpm.TestDatabase;
import vn.noivu.bpm.platform.identity.MissingAdminAccountException;

/** A production start (no demo profile) on PostgreSQL: the administrator comes from ADMIN_USER / ADMIN_PASSWORD. */
@org.junit.jupiter.api.Tag("postgres")
@ExtendWith(OutputCaptureExtension.class)
class AdminAccountStartupTest {

    /**
     * Camunda keeps engines and the webapps' runtime in static registries: a second application in this JVM must
     * use an engine name of its own and no webapps, or closing it breaks the Spring test context that other test
     * classes share.
     */
    private static final String[] ENGINE_OF_ITS_OWN = {
            "camunda.bpm.process-engine-name=standaloneTest", "camunda.bpm.webapp.enabled=false"};

    private static SpringApplicationBuilder production() {
        return new SpringApplicationBuilder(NoivuBpmApplication.class)
                .profiles("postgres", "it")
                .initializers(new TestDatabase())
                .properties(ENGINE_OF_ITS_OWN)
                // PORT, as an operator sets it: application.yaml reads it (a default server.port would lose to it).
                .properties("PORT=0", "camunda.bpm.job-execution.enabled=false");
    }

    @Test
    void withoutAdminAccountTheApplicationStopsWithAClearMessage(CapturedOutput output) {
        assertThatThrownBy(() -> production().properties("ADMIN_USER=", "ADMIN_PASSWORD=").run())
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                        .isInstanceOf(MissingAdminAccountException.class));

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("ADMIN_USER và ADMIN_PASSWORD chưa được đặt")
                .contains("--spring.profiles.active=demo");
    }

    @Test
    void theAdministratorFromTheEnvironmentCanLogInAndThePasswordIsNeverLogged(CapturedOutput output) {
        String userId = "quantri" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        String password = "Mat-khau-" + UUID.randomUUID();

        try (ConfigurableApplicationContext context = production()
                .properties("ADMIN_USER=" + userId, "ADMIN_PASSWORD=" + password).run()) {
            IdentityService identity = context.getBean(ProcessEngine.class).getIdentityService();
            assertThat(identity.checkPassword(userId, password)).isTrue();
            assertThat(identity.createUserQuery().userId(userId).memberOfGroup("camunda-admin").count()).isEqualTo(1);
            // No demo accounts without the demo profile (the shared test database may hold them from other tests,
            // so look at what this start-up logged instead).
            assertThat(output.getAll()).contains("Created user " + userId).doesNotContain("Demo users are enabled");
        }
        assertThat(output.getAll()).doesNotContain(password);
    }
}
