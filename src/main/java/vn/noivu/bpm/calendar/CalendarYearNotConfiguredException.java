package vn.noivu.bpm.calendar;

/**
 * A date in a year whose days off nobody configured: the calendar refuses to guess. Administrators see it
 * as a 404 from the calendar API, and as an incident or a refused request wherever a deadline is computed.
 */
public class CalendarYearNotConfiguredException extends RuntimeException {

    private final int year;

    public CalendarYearNotConfiguredException(int year) {
        super("Chưa có lịch ngày nghỉ năm " + year + ": quản trị viên cần thêm tệp config/holidays/" + year
                + ".yaml / no days off configured for " + year);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
