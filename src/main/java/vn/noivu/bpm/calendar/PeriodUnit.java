package vn.noivu.bpm.calendar;

/** How the law writes a period: "05 ngày làm việc" or "30 ngày". */
public enum PeriodUnit {
    WORKING_DAYS,
    CALENDAR_DAYS
}
