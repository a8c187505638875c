package vn.noivu.bpm.platform.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * The engine's own metrics (job acquisition, job execution, activity instances, history cleanup) as Micrometer
 * counters. The engine counts them in its {@link MetricsRegistry} and writes the sums to ACT_RU_METER_LOG every
 * 15 minutes, clearing its in-memory counts; a Prometheus counter must only grow, so each occurrence is also added
 * to a counter of this node as it happens. Counters are per node: Prometheus scrapes each node and
 * {@code sum(rate(...))} adds them up. Cockpit and {@code ManagementService.createMetricsQuery()} keep working.
 */
@Component
public class EngineMetricsPlugin extends AbstractProcessEnginePlugin {

    /** The engine's meter name → the Prometheus name (Micrometer adds {@code _total}) and what it counts. */
    static final Map<String, String[]> COUNTERS = Map.ofEntries(
            Map.entry(Metrics.JOB_ACQUISITION_ATTEMPT, new String[] {"camunda.job.acquisition.attempts",
                    "Job acquisition cycles of this node's job executor"}),
            Map.entry(Metrics.JOB_ACQUIRED_SUCCESS, new String[] {"camunda.job.acquired.success",
                    "Jobs this node acquired (locked) for execution"}),
            Map.entry(Metrics.JOB_ACQUIRED_FAILURE, new String[] {"camunda.job.acquired.failure",
                    "Jobs this node tried to acquire but another node locked first (optimistic locking)"}),
            Map.entry(Metrics.JOB_EXECUTION_REJECTED, new String[] {"camunda.job.execution.rejected",
                    "Acquired jobs this node's executor pool had no room for"}),
            Map.entry(Metrics.JOB_SUCCESSFUL, new String[] {"camunda.job.executed.success",
                    "Jobs executed successfully on this node"}),
            Map.entry(Metrics.JOB_FAILED, new String[] {"camunda.job.executed.failure",
                    "Job executions that failed on this node (a retry is counted again)"}),
            Map.entry(Metrics.JOB_LOCKED_EXCLUSIVE, new String[] {"camunda.job.locked.exclusive",
                    "Exclusive jobs of the same process instance executed in one go on this node"}),
            Map.entry(Metrics.ACTIVTY_INSTANCE_START, new String[] {"camunda.activity.instances.started",
                    "BPMN activity instances started on this node"}),
            Map.entry(Metrics.ACTIVTY_INSTANCE_END, new String[] {"camunda.activity.instances.ended",
                    "BPMN activity instances ended on this node"}),
            Map.entry(Metrics.ROOT_PROCESS_INSTANCE_START, new String[] {"camunda.process.instances.started",
                    "Root process instances started on this node"}),
            Map.entry(Metrics.EXECUTED_DECISION_INSTANCES, new String[] {"camunda.decision.instances.evaluated",
                    "DMN decision instances evaluated on this node"}),
            Map.entry(Metrics.HISTORY_CLEANUP_REMOVED_PROCESS_INSTANCES, new String[] {
                    "camunda.history.cleanup.removed.process.instances",
                    "Historic process instances the history cleanup removed on this node"}),
            Map.entry(Metrics.HISTORY_CLEANUP_REMOVED_DECISION_INSTANCES, new String[] {
                    "camunda.history.cleanup.removed.decision.instances",
                    "Historic decision instances the history cleanup removed on this node"}),
            Map.entry(Metrics.HISTORY_CLEANUP_REMOVED_BATCH_OPERATIONS, new String[] {
                    "camunda.history.cleanup.removed.batch.operations",
                    "Historic batch operations the history cleanup removed on this node"}));

    private final MeterRegistry meters;

    public EngineMetricsPlugin(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Map<String, Counter> counters = new java.util.HashMap<>();
        COUNTERS.forEach((engineName, meter) -> counters.put(engineName,
                Counter.builder(meter[0]).description(meter[1]).register(meters)));
        // History cleanup counts its removals only with this on (the engine's default is on; stated).
        configuration.setHistoryCleanupMetricsEnabled(true);
        configuration.setMetricsRegistry(new CountingRegistry(Map.copyOf(counters)));
    }

    /** The engine's registry, also counting into Micrometer. */
    static final class CountingRegistry extends MetricsRegistry {

        private final Map<String, Counter> counters;

        CountingRegistry(Map<String, Counter> counters) {
            this.counters = counters;
        }

        @Override
        public void markOccurrence(String name, long times) {
            super.markOccurrence(name, times);
            Counter counter = counters.get(name);
            if (counter != null && times > 0) {
                counter.increment(times);
            }
        }
    }
}
