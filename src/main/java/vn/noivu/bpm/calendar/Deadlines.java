package vn.noivu.bpm.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Legal deadline arithmetic (Civil Code 2015 Art. 147-148): a period in days starts the day after the event;
 * a period in calendar days whose last day is a day off ends at the end of the next working day; a period in
 * working days counts working days only. A deadline is the end of its day, Asia/Ho_Chi_Minh.
 *
 * <p>A Spring bean named {@code deadlines}, for models: {@code camunda:dueDate="${deadlines.workingDays(publishedAt, 5)}"}.
 */
@Component("deadlines")
public class Deadlines {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final WorkingCalendar calendar;

    public Deadlines(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The day on which a period of {@code days} counted from {@code event} ends. */
    public LocalDate deadline(LocalDate event, int days, PeriodUnit unit) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        return switch (unit) {
            case CALENDAR_DAYS -> onOrAfterWorkingDay(event.plusDays(days));
            case WORKING_DAYS -> workingDaysAfter(event, days);
        };
    }

    private LocalDate workingDaysAfter(LocalDate event, int days) {
        LocalDate day = event;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return days == 0 ? onOrAfterWorkingDay(event) : day;
    }

    private LocalDate onOrAfterWorkingDay(LocalDate day) {
        LocalDate current = day;
        while (!calendar.isWorkingDay(current)) {
            current = current.plusDays(1);
        }
        return current;
    }

    /** The working day before {@code day}: when a reminder is due. */
    public LocalDate previousWorkingDay(LocalDate day) {
        LocalDate current = day.minusDays(1);
        while (!calendar.isWorkingDay(current)) {
            current = current.minusDays(1);
        }
        return current;
    }

    /** Working days from the day after {@code start} to {@code end} inclusive: 0 when finished the same day. */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    // For expressions in models: any date-like value in, the end of the deadline day out.

    public Date workingDays(Object event, int days) {
        return endOfDay(deadline(toLocalDate(event), days, PeriodUnit.WORKING_DAYS));
    }

    public Date calendarDays(Object event, int days) {
        return endOfDay(deadline(toLocalDate(event), days, PeriodUnit.CALENDAR_DAYS));
    }

    public Date period(Object event, int days, String unit) {
        return endOfDay(deadline(toLocalDate(event), days, PeriodUnit.valueOf(unit)));
    }

    /** The start of the working day before the deadline day: the task's follow-up date. */
    public Date followUp(Date due) {
        return Date.from(previousWorkingDay(toLocalDate(due)).atStartOfDay(ZONE).toInstant());
    }

    public static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant());
    }

    public static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZONE).toLocalDate();
        }
        if (value instanceof Instant instant) {
            return instant.atZone(ZONE).toLocalDate();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.withZoneSameInstant(ZONE).toLocalDate();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.atZoneSameInstant(ZONE).toLocalDate();
        }
        if (value instanceof String text && text.length() >= 10) {
            return LocalDate.parse(text.substring(0, 10));
        }
        throw new IllegalArgumentException("Not a date: " + value);
    }
}
