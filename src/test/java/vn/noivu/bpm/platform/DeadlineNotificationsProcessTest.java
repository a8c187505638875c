package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.noivu.bpm.ProcessCoverage;

/** Every path of bpmn/platform/deadline-notifications.bpmn on the in-memory engine, its two delegates mocked. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/platform/deadline-notifications.bpmn")
class DeadlineNotificationsProcessTest {

    private static final String KEY = "deadline-notifications";

    ProcessEngine processEngine;

    private final JavaDelegate collect = mock(JavaDelegate.class);
    private final JavaDelegate send = mock(JavaDelegate.class);

    @BeforeEach
    void setUp() {
        Mocks.register("collectTaskReminders", collect);
        Mocks.register("sendPendingEmails", send);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    private ManagementService jobs() {
        return processEngine.getManagementService();
    }

    private Job timer() {
        return jobs().createJobQuery().processDefinitionKey(KEY).timers().singleResult();
    }

    private Job sending() {
        return jobs().createJobQuery().processDefinitionKey(KEY).messages().singleResult();
    }

    @Test
    void everyFewMinutesTheRemindersAreCollectedThenSent() throws Exception {
        Job first = timer();
        assertThat(first).as("the cycle waits from deployment").isNotNull();

        jobs().executeJob(first.getId());

        verify(collect).execute(any());
        verify(send, never()).execute(any());
        Job sendJob = sending();
        assertThat(sendJob).as("sending runs in a job of its own, after the collected reminders are committed")
                .isNotNull();
        assertThat(timer().getId()).as("the next cycle is planned").isNotEqualTo(first.getId());

        jobs().executeJob(sendJob.getId());

        verify(send).execute(any());
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
                .as("the run ended at emailsSent").isZero();
        ProcessCoverage.assertEveryElementPassed(processEngine, KEY, List.of(sendJob.getProcessInstanceId()));
    }

    @Test
    void aMailServerDownIsRetriedThreeTimesThenAnIncident() throws Exception {
        doThrow(new IllegalStateException("mail server unreachable")).when(send).execute(any());
        jobs().executeJob(timer().getId());
        Job sendJob = sending();

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> jobs().executeJob(sendJob.getId())).hasMessageContaining("mail server");
        }

        verify(send, times(3)).execute(any());
        assertThat(jobs().createJobQuery().jobId(sendJob.getId()).singleResult().getRetries()).isZero();
        assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(sendJob.getProcessInstanceId())
                .singleResult().getActivityId()).isEqualTo("sendPendingEmails");
    }

    @Test
    void aFailedCollectionLeavesNothingToSendAndTheTimerRetries() throws Exception {
        doThrow(new IllegalStateException("database unavailable")).when(collect).execute(any());
        Job first = timer();

        assertThatThrownBy(() -> jobs().executeJob(first.getId())).hasMessageContaining("database unavailable");

        assertThat(sending()).as("nothing reached the sending step").isNull();
        Job retried = jobs().createJobQuery().jobId(first.getId()).singleResult();
        assertThat(retried.getRetries()).as("the engine retries the timer job").isLessThan(3).isPositive();
        assertThat(retried.getExceptionMessage()).contains("database unavailable");
    }
}
