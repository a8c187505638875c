package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.platform.identity.OpenTasksBackfill;

/**
 * A task opened by the previous version has no history permission for its workers and no Tasklist columns: after
 * the start-up backfill its official can comment on it ("Thêm ý kiến") and the list shows its round.
 */
@PostgresIntegrationTest
class OpenTasksBackfillTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OpenTasksBackfill backfill;

    @Test
    void aTaskOfTheEarlierVersionGetsWhatANewOneGets() {
        String code = "CU-" + UUID.randomUUID().toString().substring(0, 8);
        String instance = engine.getRuntimeService().startProcessInstanceByKey("sample-approval", code,
                Map.of("roundCode", code, "roundTitle", "Kỳ của phiên bản trước")).getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        // As the previous version left it: no copy for the columns, no READ on the task's history.
        engine.getTaskService().removeVariableLocal(task.getId(), "tasklistRoundCode");
        engine.getTaskService().removeVariableLocal(task.getId(), "tasklistRoundTitle");
        engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK)
                .resourceId(task.getId()).list()
                .forEach(grant -> engine.getAuthorizationService().deleteAuthorization(grant.getId()));
        String comment = "/engine-rest/task/" + task.getId() + "/comment/create";
        HttpTestClient official = new HttpTestClient(port).as("chuyenvien", "chuyenvien");
        assertThat(official.postJson(comment, "{\"message\": \"Trước khi bổ sung quyền\"}").statusCode())
                .as("the previous version's gap").isEqualTo(400);

        backfill.run(null);
        backfill.run(null);

        assertThat(official.postJson(comment, "{\"message\": \"Đã kiểm tra hồ sơ\"}").statusCode()).isEqualTo(200);
        assertThat(engine.getTaskService().getVariableLocal(task.getId(), "tasklistRoundCode")).isEqualTo(code);
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK)
                .resourceId(task.getId()).count()).as("granted once, whatever the runs").isEqualTo(1);
        assertThat(new HttpTestClient(port).as("lanhdao", "lanhdao").postJson(comment,
                "{\"message\": \"Không phải việc của tôi\"}").statusCode()).as("not a worker of the task")
                .isBetween(400, 404);
        engine.getRuntimeService().deleteProcessInstance(instance, "kiểm thử");
    }
}
