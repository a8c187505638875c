package vn.noivu.bpm.platform.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.noivu.bpm.calendar.Deadlines;

/**
 * Reads the engine's task history with the due dates the tasks were given and counts, per procedure and step,
 * per month and per unit: finished on time (by the end of the due date), finished late, and still open past it.
 * The unit of a case is its process variable {@value #UNIT_VARIABLE}, when the procedure sets one.
 */
@Service
public class OnTimeReportService {

    public static final String UNIT_VARIABLE = "orgUnitCode";
    public static final String NO_UNIT = "Chưa xác định";

    private static final String TASKS = """
            SELECT h.PROC_DEF_KEY_, d.NAME_ AS PROCESS_NAME, h.TASK_DEF_KEY_, h.NAME_ AS TASK_NAME,
                   h.START_TIME_, h.END_TIME_, h.DUE_DATE_, v.TEXT_ AS UNIT
            FROM ACT_HI_TASKINST h
            LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = h.PROC_DEF_ID_
            LEFT JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = h.PROC_INST_ID_ AND v.EXECUTION_ID_ = h.PROC_INST_ID_
                                      AND v.NAME_ = ?
            WHERE h.DUE_DATE_ IS NOT NULL AND h.PROC_DEF_KEY_ IS NOT NULL
              AND ((h.END_TIME_ >= ? AND h.END_TIME_ < ? AND h.DELETE_REASON_ = 'completed')
                OR (h.END_TIME_ IS NULL AND h.DUE_DATE_ < ? AND h.DUE_DATE_ >= ? AND h.DUE_DATE_ < ?))
            """;

    private enum Outcome { ON_TIME, LATE, OPEN_OVERDUE }

    private record TaskRecord(String processKey, String processName, String taskKey, String taskName,
                              String month, String unit, Outcome outcome, Integer workingDays) {
    }

    private final JdbcTemplate jdbc;
    private final Deadlines deadlines;

    public OnTimeReportService(JdbcTemplate jdbc, Deadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    public OnTimeReport report(LocalDate from, LocalDate to, Instant now) {
        List<TaskRecord> tasks = tasks(from, to, now);
        Map<String, List<TaskRecord>> byProcedure = group(tasks, TaskRecord::processKey);
        List<OnTimeReport.Procedure> procedures = new ArrayList<>();
        byProcedure.forEach((key, records) -> {
            OnTimeReport.Figures total = figures(records);
            List<OnTimeReport.Month> months = group(records, TaskRecord::month).entrySet().stream()
                    .map(e -> { OnTimeReport.Figures f = figures(e.getValue());
                        return new OnTimeReport.Month(e.getKey(), f.onTime(), f.late(), f.openOverdue()); })
                    .toList();
            List<OnTimeReport.Step> steps = group(records, TaskRecord::taskKey).entrySet().stream()
                    .map(e -> { OnTimeReport.Figures f = figures(e.getValue());
                        return new OnTimeReport.Step(e.getKey(), e.getValue().get(0).taskName(), f.onTime(), f.late(),
                                f.openOverdue(), f.onTimeRate(), f.p50WorkingDays(), f.p95WorkingDays()); })
                    .toList();
            List<OnTimeReport.Unit> units = group(records, TaskRecord::unit).entrySet().stream()
                    .map(e -> { OnTimeReport.Figures f = figures(e.getValue());
                        return new OnTimeReport.Unit(e.getKey(), f.onTime(), f.late(), f.openOverdue()); })
                    .toList();
            procedures.add(new OnTimeReport.Procedure(key, records.get(0).processName(), total.onTime(), total.late(),
                    total.openOverdue(), total.onTimeRate(), total.p50WorkingDays(), total.p95WorkingDays(),
                    months, steps, units));
        });
        return new OnTimeReport(from, to, OffsetDateTime.ofInstant(now, Deadlines.ZONE), procedures);
    }

    /** The table departments send upward: one row per procedure, step, month and unit. */
    public List<OnTimeReport.Row> rows(LocalDate from, LocalDate to, Instant now) {
        Map<String, List<TaskRecord>> groups = group(tasks(from, to, now),
                t -> String.join("\u0001", t.processKey(), t.taskKey(), t.month(), t.unit()));
        return groups.values().stream()
                .map(records -> { TaskRecord first = records.get(0);
                    return new OnTimeReport.Row(first.processKey(), first.processName(), first.taskKey(),
                            first.taskName(), first.month(), first.unit(), figures(records)); })
                .toList();
    }

    private List<TaskRecord> tasks(LocalDate from, LocalDate to, Instant now) {
        Timestamp start = Timestamp.from(from.atStartOfDay(Deadlines.ZONE).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(Deadlines.ZONE).toInstant());
        // A year has a few thousand (start day, end day) pairs for hundreds of thousands of tasks: count each once.
        Map<Long, Integer> workingDaysOf = new HashMap<>();
        Map<LocalDate, String> monthOf = new HashMap<>();
        return jdbc.query(TASKS, (row, i) -> {
            Instant started = row.getTimestamp("START_TIME_").toInstant();
            Timestamp endTime = row.getTimestamp("END_TIME_");
            Instant due = row.getTimestamp("DUE_DATE_").toInstant();
            String processName = row.getString("PROCESS_NAME");
            String taskName = row.getString("TASK_NAME");
            String unit = row.getString("UNIT");
            Outcome outcome;
            Integer workingDays = null;
            String month;
            if (endTime == null) {
                outcome = Outcome.OPEN_OVERDUE;
                month = monthOf.computeIfAbsent(LocalDate.ofInstant(due, Deadlines.ZONE).withDayOfMonth(1),
                        first -> YearMonth.from(first).toString());
            } else {
                Instant ended = endTime.toInstant();
                outcome = ended.isAfter(due) ? Outcome.LATE : Outcome.ON_TIME;
                LocalDate startDay = LocalDate.ofInstant(started, Deadlines.ZONE);
                LocalDate endDay = LocalDate.ofInstant(ended, Deadlines.ZONE);
                month = monthOf.computeIfAbsent(endDay.withDayOfMonth(1), first -> YearMonth.from(first).toString());
                workingDays = workingDaysOf.computeIfAbsent(startDay.toEpochDay() * 100_000 + endDay.toEpochDay(),
                        pair -> deadlines.workingDaysBetween(startDay, endDay));
            }
            String processKey = row.getString("PROC_DEF_KEY_");
            String taskKey = row.getString("TASK_DEF_KEY_");
            return new TaskRecord(processKey, processName == null ? processKey : processName, taskKey,
                    taskName == null ? taskKey : taskName, month, unit == null || unit.isBlank() ? NO_UNIT : unit,
                    outcome, workingDays);
        }, UNIT_VARIABLE, start, end, Timestamp.from(now), start, end);
    }

    private static <K extends Comparable<K>> Map<K, List<TaskRecord>> group(Collection<TaskRecord> records,
                                                                           Function<TaskRecord, K> key) {
        return records.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    static OnTimeReport.Figures figures(List<TaskRecord> records) {
        int onTime = 0;
        int late = 0;
        int open = 0;
        List<Integer> days = new ArrayList<>();
        for (TaskRecord record : records) {
            switch (record.outcome()) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case OPEN_OVERDUE -> open++;
            }
            if (record.workingDays() != null) {
                days.add(record.workingDays());
            }
        }
        days.sort(Comparator.naturalOrder());
        int finished = onTime + late;
        return new OnTimeReport.Figures(onTime, late, open,
                finished == 0 ? null : Math.round(10000.0 * onTime / finished) / 10000.0,
                percentile(days, 0.50), percentile(days, 0.95));
    }

    /** Nearest-rank percentile: the smallest value with at least q of the values at or below it. */
    static Double percentile(List<Integer> sorted, double q) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1).doubleValue();
    }
}
