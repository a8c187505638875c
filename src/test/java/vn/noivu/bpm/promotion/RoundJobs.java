package vn.noivu.bpm.promotion;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The job executor is off in the tests: what it would do next for a round (an asynchronous step such as the
 * eligibility check, the ranking or the publication) the test does itself, then looks at what the user sees.
 */
final class RoundJobs {

    private RoundJobs() {
    }

    /** Runs the round's due jobs (not a timer still in the future) until none is left; answers how many ran. */
    static int runDue(ManagementService management, String processInstanceId) {
        int ran = 0;
        for (Job job = next(management, processInstanceId); job != null; job = next(management, processInstanceId)) {
            management.executeJob(job.getId());
            ran++;
        }
        return ran;
    }

    /** A due job with retries left; a failing one throws from executeJob, as it would become an incident. */
    private static Job next(ManagementService management, String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).executable().listPage(0, 1)
                .stream().findFirst().orElse(null);
    }
}
