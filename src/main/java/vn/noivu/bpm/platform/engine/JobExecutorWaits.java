package vn.noivu.bpm.platform.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with an idle wait of the job executor longer than its maximum: Camunda then never waits at all
 * and an idle node asks the database for jobs thousands of times a second (seen in the cluster benchmark with
 * {@code camunda.bpm.job-execution.max-wait} set below the default {@code wait-time-in-millis} of 5 s).
 */
@Component
public class JobExecutorWaits extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        JobExecutor executor = configuration.getJobExecutor();
        if (executor != null) {
            String problem = problem(executor.getWaitTimeInMillis(), executor.getMaxWait());
            if (problem != null) {
                throw new IllegalStateException(problem);
            }
        }
    }

    /** What is wrong with these waits, or null. */
    static String problem(long waitTimeInMillis, long maxWait) {
        if (waitTimeInMillis > 0 && maxWait > 0 && maxWait < waitTimeInMillis) {
            return "camunda.bpm.job-execution.max-wait (" + maxWait + " ms, env CAMUNDA_BPM_JOBEXECUTION_MAXWAIT) is "
                    + "shorter than camunda.bpm.job-execution.wait-time-in-millis (" + waitTimeInMillis + " ms, env "
                    + "CAMUNDA_BPM_JOBEXECUTION_WAITTIMEINMILLIS): the job executor would never wait when idle and "
                    + "would query the database without pause. Set max-wait at least as long as wait-time-in-millis.";
        }
        return null;
    }
}
