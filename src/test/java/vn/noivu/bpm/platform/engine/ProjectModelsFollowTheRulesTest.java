package vn.noivu.bpm.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Parse;
import org.camunda.bpm.engine.impl.util.xml.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * Every model of bpmn/ passes the deployment rules with the application's real allow-list (whatever the database
 * already holds), and every bean a model names is on that list, so no model deploys and then fails at run time.
 */
@PostgresIntegrationTest
class ProjectModelsFollowTheRulesTest {

    /** {@code ${name}} alone, or {@code ${name.method(...)}}: a bean the model expects. */
    private static final Pattern BEAN_USE = Pattern.compile(
            "(?:delegateExpression=\"\\$\\{(\\w+)}\"|\\$\\{(\\w+)\\.\\w+\\()");

    @Autowired
    ModelSecurityPlugin plugin;

    @Autowired
    ResourcePatternResolver resolver;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void theAllowListHoldsDelegatesListenersAndHelpersOnly() {
        assertThat(plugin.beans().names()).contains("deadlines", "choices", "approvalDecision", "rankCandidates",
                "promotionAppointmentSummary", "sendPendingEmails")
                .doesNotContain("jdbcTemplate", "dataSource", "repositoryService", "identityService", "processEngine",
                        "modelSecurityPlugin");
        assertThat(plugin.beans().names()).allMatch(name -> !name.toLowerCase().endsWith("controller")
                && !name.toLowerCase().endsWith("repository"));
    }

    /** Instances started on earlier models call delegates by their earlier names: each still reaches its bean. */
    @Test
    void everyLegacyNameReachesItsDelegate() {
        for (String name : context.getBeanNamesForAnnotation(LegacyBeanNames.class)) {
            Object bean = context.getBean(name);
            LegacyBeanNames legacy = org.springframework.util.ClassUtils.getUserClass(bean)
                    .getAnnotation(LegacyBeanNames.class);
            for (String alias : legacy.value()) {
                assertThat(plugin.beans().names()).as(alias).contains(alias);
                assertThat(plugin.beans().get(alias)).as(alias).isSameAs(bean);
            }
        }
    }

    @Test
    void onlyMembersTheProjectWroteAreOffered() {
        assertThat(plugin.beans().allowsMember("deadlines", "workingDays")).isTrue();
        assertThat(plugin.beans().allowsMember("choices", "require")).isTrue();
        assertThat(plugin.beans().allowsMember("rankCandidates", "execute")).isTrue();
        assertThat(plugin.beans().allowsMember("deadlines", "getClass")).isFalse();
        assertThat(plugin.beans().allowsMember("deadlines", "class")).isFalse();
        assertThat(plugin.beans().allowsMember("jdbcTemplate", "update")).isFalse();
    }

    @Test
    void everyModelPassesAndFindsItsBeans() throws IOException {
        ModelRules rules = new ModelRules(new ExpressionChecker(plugin.beans()::allowsMember));
        Set<String> used = new TreeSet<>();
        int models = 0;
        for (String extension : new String[] {"bpmn", "dmn"}) {
            for (Resource model : resolver.getResources("classpath*:bpmn/**/*." + extension)) {
                byte[] bytes = model.getInputStream().readAllBytes();
                ModelRules.Violation violation = rules.firstViolation(parse(bytes));
                assertThat(violation).as(model.getFilename() + ": " + (violation == null ? "" : violation.message()))
                        .isNull();
                Matcher beans = BEAN_USE.matcher(new String(bytes, StandardCharsets.UTF_8));
                while (beans.find()) {
                    used.add(beans.group(1) != null ? beans.group(1) : beans.group(2));
                }
                models++;
            }
        }
        assertThat(models).isGreaterThanOrEqualTo(15);
        assertThat(used).contains("choices", "approvalDecision");
        assertThat(plugin.beans().names()).containsAll(used);
    }

    /** What a Modeler deployment of each shipped file meets: XML, FEEL, typeRefs, column lengths, form rules. */
    @Test
    void everyModelAndFormPassesTheWholeDeploymentCheck() throws IOException {
        ModelDeploymentCheck check = new ModelDeploymentCheck(new ModelRules(new ExpressionChecker(
                plugin.beans()::allowsMember)));
        int files = 0;
        for (String pattern : new String[] {"classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn",
                "classpath*:forms/**/*.form"}) {
            for (Resource file : resolver.getResources(pattern)) {
                check.checkResource(file.getFilename(), file.getInputStream().readAllBytes());
                files++;
            }
        }
        assertThat(files).isGreaterThanOrEqualTo(30);
    }

    private static Element parse(byte[] bytes) {
        Parse parse = new Parser() {
            @Override
            public Parse createParse() {
                return new Parse(this) {
                };
            }
        }.createParse();
        return parse.sourceInputStream(new ByteArrayInputStream(bytes)).execute().getRootElement();
    }
}
