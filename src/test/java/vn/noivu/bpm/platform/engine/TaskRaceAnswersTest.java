package vn.noivu.bpm.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * A completion that lost its race may fail anywhere in the engine, even with a NullPointerException on an execution
 * the winning request has just moved on to a step that runs as a job (seen when ten completions of one approval raced
 * into an asyncBefore). When the task is done, engine REST answers 404 like any other lost race, never 500.
 */
@PostgresIntegrationTest
class TaskRaceAnswersTest {

    @Autowired
    ProcessEngine engine;

    private static UriInfo path(String path) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> "getPath".equals(method.getName()) ? path : null);
    }

    private static Response answer(String path, RuntimeException failure) {
        UnexpectedErrorMapper mapper = new UnexpectedErrorMapper();
        ReflectionTestUtils.setField(mapper, "request", path(path));
        return mapper.toResponse(failure);
    }

    @Test
    void anyFailureOfACompletionThatLostTheRaceIs404() {
        String key = "race-" + UUID.randomUUID().toString().substring(0, 8);
        Deployment deployment = engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn",
                Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent().userTask("approve")
                        .endEvent().camundaAsyncBefore().done()).deploy();
        try {
            String instance = engine.getRuntimeService().startProcessInstanceByKey(key).getId();
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
            NullPointerException lostRace = new NullPointerException("activityInstanceId is null");

            assertThat(answer("task/" + task.getId() + "/complete", lostRace).getStatus())
                    .as("the task is still open: a real fault").isEqualTo(500);
            engine.getTaskService().complete(task.getId());
            assertThat(answer("task/" + task.getId() + "/complete", lostRace).getStatus()).isEqualTo(404);
            assertThat(answer("task/" + task.getId() + "/submit-form", lostRace).getStatus()).isEqualTo(404);
            assertThat(answer("process-definition/" + key + "/start", lostRace).getStatus())
                    .as("not a task's completion").isEqualTo(500);
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }
}
