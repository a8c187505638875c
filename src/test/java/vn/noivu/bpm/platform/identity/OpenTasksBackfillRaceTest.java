package vn.noivu.bpm.platform.identity;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;

/**
 * A node starting while another node's users work: a task on the backfill's page can be completed before the
 * backfill reaches it. The node must start all the same (it did not: the node-kill test's second node once exited
 * with "task ... doesn't exist" while the first node's users completed tasks), and the other tasks still get theirs.
 */
class OpenTasksBackfillRaceTest {

    @Test
    void aTaskCompletedDuringTheBackfillIsSkippedAndTheOthersAreBackfilled() {
        ProcessEngine engine = mock(ProcessEngine.class);
        TaskService tasks = mock(TaskService.class);
        TaskQuery query = mock(TaskQuery.class);
        RuntimeService runtime = mock(RuntimeService.class);
        when(engine.getTaskService()).thenReturn(tasks);
        when(engine.getRuntimeService()).thenReturn(runtime);
        Task gone = task("gone");
        Task open = task("open");
        when(tasks.createTaskQuery()).thenReturn(query);
        when(query.orderByTaskId()).thenReturn(query);
        when(query.asc()).thenReturn(query);
        when(query.listPage(0, 500)).thenReturn(List.of(gone, open));
        when(tasks.getVariableLocal(eq("gone"), anyString()))
                .thenThrow(new NullValueException("task gone doesn't exist: task is null"));
        when(tasks.getIdentityLinksForTask("open")).thenReturn(List.of());
        when(runtime.getVariable(anyString(), anyString())).thenReturn("TD-2026");

        new OpenTasksBackfill(engine).run(null);

        verify(tasks).setVariablesLocal(eq("open"), anyMap());
        verify(tasks, never()).setVariablesLocal(eq("gone"), any());
    }

    private static Task task(String id) {
        Task task = mock(Task.class);
        when(task.getId()).thenReturn(id);
        when(task.getProcessInstanceId()).thenReturn("instance-" + id);
        when(task.getExecutionId()).thenReturn("execution-" + id);
        return task;
    }
}
