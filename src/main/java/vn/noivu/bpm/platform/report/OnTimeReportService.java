package vn.noivu.bpm.platform.report;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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

    /** Read by position (the columns' order here), not by name: once per column of each of the year's rows. */
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
    private static final int FETCH_SIZE = 10_000;

    private record TaskRecord(String processKey, String processName, String taskKey, String taskName,
                              String month, String unit, OnTimeTally.Outcome outcome, Integer workingDays) {
    }

    /** A procedure's tasks: in all, per month, per step (named as its first task) and per unit. */
    private static final class ProcedureTally {
        final String processName;
        final OnTimeTally total = new OnTimeTally();
        final Map<String, OnTimeTally> months = new HashMap<>();
        final Map<String, NamedTally> steps = new HashMap<>();
        final Map<String, OnTimeTally> units = new HashMap<>();

        ProcedureTally(String processName) {
            this.processName = processName;
        }

        void add(TaskRecord task) {
            total.add(task.outcome(), task.workingDays());
            months.computeIfAbsent(task.month(), m -> new OnTimeTally()).add(task.outcome(), task.workingDays());
            steps.computeIfAbsent(task.taskKey(), k -> new NamedTally(task.taskName(), new OnTimeTally()))
                    .tally().add(task.outcome(), task.workingDays());
            units.computeIfAbsent(task.unit(), u -> new OnTimeTally()).add(task.outcome(), task.workingDays());
        }
    }

    private record NamedTally(String name, OnTimeTally tally) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final Deadlines deadlines;

    public OnTimeReportService(JdbcTemplate jdbc, PlatformTransactionManager transactions, Deadlines deadlines) {
        // A year is hundreds of thousands of rows: read them a slice at a time (PostgreSQL streams them only inside
        // a transaction) and count them as they come, never holding them all.
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.deadlines = deadlines;
    }

    public OnTimeReport report(LocalDate from, LocalDate to, Instant now) {
        Map<String, ProcedureTally> byProcedure = new HashMap<>();
        tasks(from, to, now, task -> byProcedure.computeIfAbsent(task.processKey(),
                key -> new ProcedureTally(task.processName())).add(task));
        List<OnTimeReport.Procedure> procedures = new ArrayList<>();
        new TreeMap<>(byProcedure).forEach((key, procedure) -> {
            OnTimeReport.Figures total = procedure.total.figures();
            List<OnTimeReport.Month> months = new TreeMap<>(procedure.months).entrySet().stream()
                    .map(e -> { OnTimeReport.Figures f = e.getValue().figures();
                        return new OnTimeReport.Month(e.getKey(), f.onTime(), f.late(), f.openOverdue()); })
                    .toList();
            List<OnTimeReport.Step> steps = new TreeMap<>(procedure.steps).entrySet().stream()
                    .map(e -> { OnTimeReport.Figures f = e.getValue().tally().figures();
                        return new OnTimeReport.Step(e.getKey(), e.getValue().name(), f.onTime(), f.late(),
                                f.openOverdue(), f.onTimeRate(), f.p50WorkingDays(), f.p95WorkingDays()); })
                    .toList();
            List<OnTimeReport.Unit> units = new TreeMap<>(procedure.units).entrySet().stream()
                    .map(e -> { OnTimeReport.Figures f = e.getValue().figures();
                        return new OnTimeReport.Unit(e.getKey(), f.onTime(), f.late(), f.openOverdue()); })
                    .toList();
            procedures.add(new OnTimeReport.Procedure(key, procedure.processName, total.onTime(), total.late(),
                    total.openOverdue(), total.onTimeRate(), total.p50WorkingDays(), total.p95WorkingDays(),
                    months, steps, units));
        });
        return new OnTimeReport(from, to, OffsetDateTime.ofInstant(now, Deadlines.ZONE), procedures);
    }

    /** The table departments send upward: one row per procedure, step, month and unit. */
    public List<OnTimeReport.Row> rows(LocalDate from, LocalDate to, Instant now) {
        record Line(TaskRecord first, OnTimeTally tally) {
        }
        Map<String, Line> lines = new HashMap<>();
        tasks(from, to, now, task -> lines.computeIfAbsent(
                        String.join("\u0001", task.processKey(), task.taskKey(), task.month(), task.unit()),
                        key -> new Line(task, new OnTimeTally()))
                .tally().add(task.outcome(), task.workingDays()));
        return new TreeMap<>(lines).values().stream()
                .map(line -> { TaskRecord first = line.first();
                    return new OnTimeReport.Row(first.processKey(), first.processName(), first.taskKey(),
                            first.taskName(), first.month(), first.unit(), line.tally().figures()); })
                .toList();
    }

    private void tasks(LocalDate from, LocalDate to, Instant now, Consumer<TaskRecord> each) {
        Timestamp start = Timestamp.from(from.atStartOfDay(Deadlines.ZONE).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(Deadlines.ZONE).toInstant());
        // A year has a few thousand (start day, end day) pairs for hundreds of thousands of tasks: count each once.
        Map<Long, Integer> workingDaysOf = new HashMap<>();
        Map<LocalDate, String> monthOf = new HashMap<>();
        readOnly.executeWithoutResult(status -> jdbc.query(TASKS, (ResultSet row) -> {
            Instant started = row.getTimestamp(5).toInstant();
            Timestamp endTime = row.getTimestamp(6);
            Instant due = row.getTimestamp(7).toInstant();
            String processName = row.getString(2);
            String taskName = row.getString(4);
            String unit = row.getString(8);
            OnTimeTally.Outcome outcome;
            Integer workingDays = null;
            String month;
            if (endTime == null) {
                outcome = OnTimeTally.Outcome.OPEN_OVERDUE;
                month = monthOf.computeIfAbsent(LocalDate.ofInstant(due, Deadlines.ZONE).withDayOfMonth(1),
                        first -> YearMonth.from(first).toString());
            } else {
                Instant ended = endTime.toInstant();
                outcome = ended.isAfter(due) ? OnTimeTally.Outcome.LATE : OnTimeTally.Outcome.ON_TIME;
                LocalDate startDay = LocalDate.ofInstant(started, Deadlines.ZONE);
                LocalDate endDay = LocalDate.ofInstant(ended, Deadlines.ZONE);
                month = monthOf.computeIfAbsent(endDay.withDayOfMonth(1), first -> YearMonth.from(first).toString());
                workingDays = workingDaysOf.computeIfAbsent(startDay.toEpochDay() * 100_000 + endDay.toEpochDay(),
                        pair -> deadlines.workingDaysBetween(startDay, endDay));
            }
            String processKey = row.getString(1);
            String taskKey = row.getString(3);
            each.accept(new TaskRecord(processKey, processName == null ? processKey : processName, taskKey,
                    taskName == null ? taskKey : taskName, month, unit == null || unit.isBlank() ? NO_UNIT : unit,
                    outcome, workingDays));
        }, UNIT_VARIABLE, start, end, Timestamp.from(now), start, end));
    }
}
