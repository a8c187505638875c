package vn.noivu.bpm.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The expression rule on a table of expressions: what the project's models use passes, reaching further does not. */
class ExpressionCheckerTest {

    private static final Set<String> BEANS = Set.of("deadlines", "choices", "approvalDecision", "rankCandidates");
    /** Stands for the members of Object and of proxies, which the real allow-list does not offer. */
    private static final Set<String> NOT_THE_PROJECTS = Set.of("getClass", "class", "wait", "notifyAll");

    private final ExpressionChecker checker = new ExpressionChecker(
            (bean, member) -> BEANS.contains(bean) && (member == null || !NOT_THE_PROJECTS.contains(member)));

    @ParameterizedTest
    @ValueSource(strings = {
            "${approved}", "${!approved}", "${decision == 'X'}", "${dossierComplete and !fraudFound}",
            "${startResult == 'DA_NHAN_VIEC'}", "${approvalDecision}", "${rankCandidates}",
            "${deadlines.workingDays(publishedAt, 5)}", "${deadlines.period(publishedAt, days, 'WORKING_DAYS')}",
            "${choices.require(task, 'startResult', 'DA_NHAN_VIEC,XIN_GIA_HAN')}", "#{approved}",
            "${count > 3 && score >= 50.5}", "${empty comment ? 'none' : comment}", "${now()}", "${currentUser()}",
            "Hạn ${deadlines.workingDays(publishedAt, 5)} và ${approved}", "${approved} ",
            "${deadlines.followUp(deadlines.workingDays(publishedAt, 5))}"})
    void allowed(String expression) {
        assertThat(checker.refusal(expression)).as(expression).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${jdbcTemplate.update(\"INSERT INTO ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) VALUES ('thietke', 'camunda-admin')\")}",
            "${execution.processEngine.identityService.createMembership('thietke', 'camunda-admin')}",
            "${execution.getProcessEngineServices().getIdentityService()}", "${execution.processEngine}",
            "${task.execution}", "${execution.getVariable('x')}", "${jdbcTemplate.dataSource}",
            "${approved and execution.processEngine != null}", "${choices.require(execution.processEngine, 'x', 'A')}",
            "${deadlines.class.forName('java.lang.Runtime')}", "${deadlines.getClass().getClassLoader()}",
            "${''.getClass().forName('java.lang.Runtime')}", "${(deadlines).workingDays(d, 5)}",
            "${list[0]}", "${execution['processEngine']}", "${deadlines['workingDays']}", "${list[0].getClass()}", "${deadlines[execution.id]}", "#{task.delegate}", "${dateTime().plusDays(1)}",
            "Hạn ${execution.processEngine}"})
    void refused(String expression) {
        assertThat(checker.refusal(expression)).as(expression).isEqualTo(ExpressionChecker.Refusal.NOT_ON_ALLOWED_BEAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${deadlines.getClass()}", "${deadlines.class}", "${rankCandidates.wait()}",
            "${approved && choices.notifyAll()}"})
    void membersTheProjectDidNotWriteAreRefused(String expression) {
        assertThat(checker.refusal(expression)).as(expression).isEqualTo(ExpressionChecker.Refusal.MEMBER_NOT_ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${fn:exec('x')}", "${exec('rm')}"})
    void unknownFunctionsAreRefused(String expression) {
        assertThat(checker.refusal(expression)).as(expression).isEqualTo(ExpressionChecker.Refusal.FUNCTION_NOT_ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${approved", "${a b}", "${x} #{y}"})
    void unparsableIsRefused(String expression) {
        assertThat(checker.refusal(expression)).as(expression).isEqualTo(ExpressionChecker.Refusal.INVALID);
    }
}
