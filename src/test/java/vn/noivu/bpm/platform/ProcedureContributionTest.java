package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.platform.identity.IdentityBootstrap;
import vn.noivu.bpm.platform.identity.IdentityProperties;
import vn.noivu.bpm.platform.identity.TaskGroups;
import vn.noivu.bpm.platform.identity.TasklistFilters;
import vn.noivu.bpm.sampleprocedure.SampleProcedureRoles;

/**
 * A new procedure brings a group and a deadline row without any edit to the shared modules: the test-only
 * procedure of src/test (package sampleprocedure, resources sampleprocedure/) is picked up as a real one is.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
        "sampleprocedure/sampleprocedure-case.bpmn",
        "sampleprocedure/sampleprocedure-task-deadlines.dmn",
        "bpmn/platform/task-deadlines.dmn"})
class ProcedureContributionTest {

    ProcessEngine processEngine;

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        processEngine.getIdentityService().createUserQuery().list()
                .forEach(user -> processEngine.getIdentityService().deleteUser(user.getId()));
        processEngine.getIdentityService().createGroupQuery().list()
                .forEach(group -> processEngine.getIdentityService().deleteGroup(group.getId()));
        processEngine.getFilterService().createFilterQuery().list()
                .forEach(filter -> processEngine.getFilterService().deleteFilter(filter.getId()));
        AuthorizationService authorizations = processEngine.getAuthorizationService();
        authorizations.createAuthorizationQuery().list()
                .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
    }

    @Test
    void itsDeadlineRowGivesItsStepADueDateAndOtherStepsTakeThePlatformDefault() {
        // Monday 02/03/2026, 09:00: 10 days end on Thursday 12/03; 5 working days (03/03 to 09/03) on Monday 09/03.
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, Deadlines.ZONE).toInstant()));
        processEngine.getRuntimeService().startProcessInstanceByKey("sampleprocedure-case");
        TaskService tasks = processEngine.getTaskService();

        Task review = tasks.createTaskQuery().taskDefinitionKey("reviewCase").singleResult();
        assertThat(review.getDueDate()).isEqualTo(Deadlines.endOfDay(LocalDate.of(2026, 3, 12)));
        assertThat(tasks.getVariableLocal(review.getId(), "dueDateBasis")).isEqualTo("Quy trình mẫu (kiểm thử): 10 ngày");

        tasks.complete(review.getId());
        Task close = tasks.createTaskQuery().taskDefinitionKey("closeCase").singleResult();
        assertThat(close.getDueDate()).isEqualTo(Deadlines.endOfDay(LocalDate.of(2026, 3, 9)));
        assertThat((String) tasks.getVariableLocal(close.getId(), "dueDateBasis")).startsWith("Mặc định nội bộ");
    }

    @Test
    void itsGroupWorksTasksWithItsDemoUserAndAccess() {
        TaskGroups groups = new TaskGroups(List.of(new SampleProcedureRoles()));

        new IdentityBootstrap(new IdentityProperties(null, null, true), new TasklistFilters(groups), groups)
                .postProcessEngineBuild(processEngine);

        assertThat(processEngine.getIdentityService().createGroupQuery().groupId(SampleProcedureRoles.BOARD)
                .singleResult().getName()).isEqualTo("Hội đồng mẫu");
        assertThat(processEngine.getIdentityService().createUserQuery().userId("hoidongmau")
                .memberOfGroup(SampleProcedureRoles.BOARD).count()).isEqualTo(1);
        AuthorizationService authorizations = processEngine.getAuthorizationService();
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(SampleProcedureRoles.BOARD)
                .resourceType(Resources.APPLICATION).resourceId("tasklist").hasPermission(Permissions.ACCESS).count())
                .as("the Tasklist").isEqualTo(1);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(SampleProcedureRoles.BOARD)
                .resourceType(Resources.FILTER).count()).as("every default filter").isEqualTo(3);
        assertThat(groups.ids()).contains("chuyen-vien", "lanh-dao", SampleProcedureRoles.BOARD)
                .doesNotContain("camunda-admin", "thiet-ke-quy-trinh");
        assertThat(groups.withAccess("sample-read")).containsExactly(SampleProcedureRoles.BOARD);
    }
}
