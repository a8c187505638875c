package vn.noivu.bpm.platform.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gauges of the work waiting in the database: open and overdue user tasks per process definition key and candidate
 * group, failed jobs (no retries left) and open incidents per process definition key. They read PostgreSQL, not a
 * node's memory, so every node of a cluster reports the same figures (graph them with {@code max}, not {@code sum}).
 *
 * <p>A scrape reads a snapshot at most {@code noivu.monitoring.gauge-cache} old (30 s by default): the first gauge
 * read after that runs the four grouped queries once and every other gauge of the scrape reuses the result. A row
 * (key, group) seen once keeps its gauge and reads 0 when its tasks are gone; tags are keys and groups only, never an
 * instance, so their number is bounded by the deployed definitions. When the database cannot be read, the gauges keep
 * the last figures and {@code noivu_workload_snapshot_age_seconds} grows: alert on it.
 */
@Component
public class WorkloadGauges implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(WorkloadGauges.class);

    static final String NONE = "none";

    private static final String TASKS = """
            SELECT COALESCE(d.KEY_, 'none') AS PROCESS_KEY, COALESCE(l.GROUP_ID_, 'none') AS GROUP_ID,
                   COUNT(*) AS OPEN_TASKS,
                   SUM(CASE WHEN t.DUE_DATE_ < ? THEN 1 ELSE 0 END) AS OVERDUE_TASKS
            FROM ACT_RU_TASK t
            LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_
            LEFT JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL
            GROUP BY COALESCE(d.KEY_, 'none'), COALESCE(l.GROUP_ID_, 'none')
            """;

    private static final String FAILED_JOBS = """
            SELECT COALESCE(j.PROCESS_DEF_KEY_, 'none') AS PROCESS_KEY, COUNT(*) AS N
            FROM ACT_RU_JOB j
            WHERE j.RETRIES_ = 0
            GROUP BY COALESCE(j.PROCESS_DEF_KEY_, 'none')
            """;

    private static final String INCIDENTS = """
            SELECT COALESCE(d.KEY_, 'none') AS PROCESS_KEY, i.INCIDENT_TYPE_ AS TYPE, COUNT(*) AS N
            FROM ACT_RU_INCIDENT i
            LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = i.PROC_DEF_ID_
            GROUP BY COALESCE(d.KEY_, 'none'), i.INCIDENT_TYPE_
            """;

    private static final String RUNNING = """
            SELECT COALESCE(d.KEY_, 'none') AS PROCESS_KEY, COUNT(*) AS N
            FROM ACT_RU_EXECUTION e
            LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_
            WHERE e.ID_ = e.PROC_INST_ID_
            GROUP BY COALESCE(d.KEY_, 'none')
            """;

    /** One figure of a snapshot: the meter's name and its tags, flattened. */
    record Row(String meter, Tags tags) {
    }

    record Snapshot(Instant readAt, Map<Row, Long> values) {
    }

    private final JdbcTemplate jdbc;
    private final Duration cacheFor;
    private final Clock clock;
    private final Set<Row> registered = new HashSet<>();
    private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, Map.of());
    private volatile Instant lastSuccess;
    private MeterRegistry registry;

    public WorkloadGauges(JdbcTemplate jdbc, @Value("${noivu.monitoring.gauge-cache:30s}") Duration cacheFor) {
        this.jdbc = jdbc;
        this.cacheFor = cacheFor;
        this.clock = Clock.systemUTC();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        // Always present, so a scrape reaches this binder even before any task exists; reading it refreshes.
        Gauge.builder("noivu.workload.snapshot.age", this, gauges -> gauges.ageSeconds())
                .description("Seconds since the workload gauges last read the database")
                .baseUnit("seconds")
                .register(registry);
    }

    private double ageSeconds() {
        current();
        Instant success = lastSuccess;
        return success == null ? Double.NaN : Duration.between(success, clock.instant()).toMillis() / 1000.0;
    }

    /** The snapshot, read again from the database when older than the cache period. */
    Snapshot current() {
        Snapshot current = snapshot;
        if (Duration.between(current.readAt(), clock.instant()).compareTo(cacheFor) < 0) {
            return current;
        }
        synchronized (this) {
            current = snapshot;
            if (Duration.between(current.readAt(), clock.instant()).compareTo(cacheFor) < 0) {
                return current;
            }
            try {
                Snapshot read = read();
                lastSuccess = read.readAt();
                snapshot = read;
                registerNewRows(read);
                return read;
            } catch (RuntimeException e) {
                log.warn("Workload gauges could not read the database, keeping the figures of {}: {}",
                        lastSuccess, e.getMessage());
                // Try again after the cache period, not on every gauge of this scrape.
                snapshot = new Snapshot(clock.instant(), current.values());
                return snapshot;
            }
        }
    }

    /** The first figures at start-up, so the first scrape already has every row. */
    @EventListener(ApplicationReadyEvent.class)
    public void readOnStart() {
        current();
    }

    private Snapshot read() {
        Instant now = clock.instant();
        Map<Row, Long> values = new HashMap<>();
        // Due dates are written in the JVM's zone by the engine; compare with the engine's clock the same way.
        Timestamp engineNow = new Timestamp(ClockUtil.getCurrentTime().getTime());
        jdbc.query(TASKS, rs -> {
            Tags tags = Tags.of("process", rs.getString("PROCESS_KEY"), "group", rs.getString("GROUP_ID"));
            values.put(new Row("noivu.tasks.open", tags), rs.getLong("OPEN_TASKS"));
            values.put(new Row("noivu.tasks.overdue", tags), rs.getLong("OVERDUE_TASKS"));
        }, engineNow);
        jdbc.query(FAILED_JOBS, rs -> {
            values.put(new Row("noivu.jobs.failed", Tags.of("process", rs.getString("PROCESS_KEY"))), rs.getLong("N"));
        });
        jdbc.query(INCIDENTS, rs -> {
            values.put(new Row("noivu.incidents.open", Tags.of("process", rs.getString("PROCESS_KEY"),
                    "type", rs.getString("TYPE"))), rs.getLong("N"));
        });
        jdbc.query(RUNNING, rs -> {
            values.put(new Row("noivu.process.instances.running", Tags.of("process", rs.getString("PROCESS_KEY"))),
                    rs.getLong("N"));
        });
        return new Snapshot(now, Map.copyOf(values));
    }

    private void registerNewRows(Snapshot read) {
        if (registry == null) {
            return;
        }
        for (Row row : read.values().keySet()) {
            if (registered.add(row)) {
                Gauge.builder(row.meter(), this, gauges -> gauges.current().values().getOrDefault(row, 0L))
                        .tags(row.tags())
                        .description(DESCRIPTIONS.get(row.meter()))
                        .register(registry);
            }
        }
    }

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "noivu.tasks.open", "Open user tasks per process definition key and candidate group (from the database)",
            "noivu.tasks.overdue", "Open user tasks past their due date per process definition key and candidate group",
            "noivu.jobs.failed", "Jobs with no retries left per process definition key (from the database)",
            "noivu.incidents.open", "Open incidents per process definition key and incident type (from the database)",
            "noivu.process.instances.running", "Running process instances per process definition key");
}
