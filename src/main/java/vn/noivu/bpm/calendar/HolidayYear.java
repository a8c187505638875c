package vn.noivu.bpm.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's days off for cán bộ, công chức, viên chức, as the Government announced them:
 * the file {@code config/holidays/<year>.yaml}.
 */
public record HolidayYear(int year, boolean confirmed, String source, List<DayOff> daysOff,
                          List<WorkingSaturday> workingSaturdays) {

    public HolidayYear {
        daysOff = daysOff == null ? List.of() : List.copyOf(daysOff);
        workingSaturdays = workingSaturdays == null ? List.of() : List.copyOf(workingSaturdays);
    }

    public enum Kind { HOLIDAY, COMPENSATORY, SWAPPED, WEEKEND }

    /** A day without work besides ordinary weekends (or a weekend day inside a named break). */
    public record DayOff(LocalDate date, String name, Kind kind) {
    }

    /** A weekend day worked to make up for a swapped day off (làm bù). */
    public record WorkingSaturday(LocalDate date, String name, LocalDate compensates) {
    }
}
