package vn.noivu.bpm.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.BackoffJobAcquisitionStrategy;
import org.camunda.bpm.engine.impl.jobexecutor.JobAcquisitionContext;
import org.junit.jupiter.api.Test;

class JobExecutorWaitsTest {

    @Test
    void aMaximumShorterThanTheIdleWaitIsRefusedNamingBothSettings() {
        assertThat(JobExecutorWaits.problem(5000, 2000))
                .contains("CAMUNDA_BPM_JOBEXECUTION_MAXWAIT", "CAMUNDA_BPM_JOBEXECUTION_WAITTIMEINMILLIS", "2000", "5000");
        assertThat(JobExecutorWaits.problem(5000, 60000)).isNull();
        assertThat(JobExecutorWaits.problem(500, 500)).isNull();
    }

    /** Why: with such settings Camunda's own strategy computes no idle wait at all. */
    @Test
    void camundaThenNeverWaitsWhenIdle() {
        assertThat(idleWaitAfterEmptyAcquisitions(5000, 2000)).isZero();
        assertThat(idleWaitAfterEmptyAcquisitions(500, 2000)).isPositive();
    }

    private static long idleWaitAfterEmptyAcquisitions(long waitTime, long maxWait) {
        BackoffJobAcquisitionStrategy strategy = new BackoffJobAcquisitionStrategy(waitTime, 2, maxWait, 0, 2, 0, 0, 3);
        JobAcquisitionContext context = new JobAcquisitionContext();
        for (int i = 0; i < 5; i++) {
            context.reset();
            context.submitAcquiredJobs("default", new AcquiredJobs(3));
            strategy.reconfigure(context);
        }
        return strategy.getWaitTime();
    }
}
