package vn.noivu.bpm.platform.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Tasks finished on time, late, and open overdue, per procedure, step, month and unit; handling time in working days. */
public record OnTimeReport(LocalDate from, LocalDate to, OffsetDateTime generatedAt, List<Procedure> procedures) {

    /** Counts of one group of tasks; the rate and the percentiles are null when none was finished. */
    public record Figures(int onTime, int late, int openOverdue, Double onTimeRate, Double p50WorkingDays,
                          Double p95WorkingDays) {
    }

    public record Procedure(String processKey, String processName, int onTime, int late, int openOverdue,
                            Double onTimeRate, Double p50WorkingDays, Double p95WorkingDays,
                            List<Month> months, List<Step> steps, List<Unit> units) {
    }

    public record Month(String month, int onTime, int late, int openOverdue) {
    }

    public record Step(String taskKey, String taskName, int onTime, int late, int openOverdue, Double onTimeRate,
                       Double p50WorkingDays, Double p95WorkingDays) {
    }

    public record Unit(String unit, int onTime, int late, int openOverdue) {
    }

    /** One line of the exported table: a procedure's step in a month and a unit. */
    public record Row(String processKey, String processName, String taskKey, String taskName, String month,
                      String unit, Figures figures) {
    }
}
