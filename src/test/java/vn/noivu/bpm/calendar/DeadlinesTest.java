package vn.noivu.bpm.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.noivu.bpm.calendar.PeriodUnit.CALENDAR_DAYS;
import static vn.noivu.bpm.calendar.PeriodUnit.WORKING_DAYS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Civil Code 2015 Art. 147-148 on the shipped holiday files (config/holidays): the legal examples of the
 * deadlines issue.
 */
class DeadlinesTest {

    private static WorkingCalendar calendar(String holidaysDir) {
        return new WorkingCalendar(new PathMatchingResourcePatternResolver(), new CalendarProperties(holidaysDir));
    }

    private final Deadlines deadlines = new Deadlines(calendar("does-not-exist"));

    private LocalDate deadline(String event, int days, PeriodUnit unit) {
        return deadlines.deadline(LocalDate.parse(event), days, unit);
    }

    @Test
    void fiveWorkingDaysFromTheFridayBeforeTet2026EndAfterTheNineDayBreak() {
        // Break Sat 14/02 - Sun 22/02/2026; working days 23, 24, 25, 26, 27/02.
        assertThat(deadline("2026-02-13", 5, WORKING_DAYS)).isEqualTo("2026-02-27");
    }

    @Test
    void aCalendarPeriodOverTet2026EndingInTheBreakMovesToTheFirstWorkingDayAfterIt() {
        // 30 days from 16/01/2026 end on Sunday 15/02/2026, inside the Tết break: the period ends on Monday 23/02.
        assertThat(deadline("2026-01-16", 30, CALENDAR_DAYS)).isEqualTo("2026-02-23");
    }

    @Test
    void aThirtyDayPeriodEndingOnASundayEndsOnTheMonday() {
        assertThat(deadline("2026-06-05", 30, CALENDAR_DAYS)).isEqualTo("2026-07-06");
    }

    @Test
    void aThirtyDayPeriodEndingOnTheSecondOfSeptemberEndsOnTheNextWorkingDay() {
        // 02/09/2026 (Wednesday) is Quốc khánh; the break is 29/08 - 02/09.
        assertThat(deadline("2026-08-03", 30, CALENDAR_DAYS)).isEqualTo("2026-09-03");
        // 2025: 02/09 is a Tuesday, 01/09 the adjacent day off.
        assertThat(deadline("2025-08-03", 30, CALENDAR_DAYS)).isEqualTo("2025-09-03");
    }

    @Test
    void fiveWorkingDaysAcrossThirtyAprilAndFirstMay() {
        // 2026: Thursday 30/04 and Friday 01/05 off, no swap: 29/04, 04, 05, 06, 07/05.
        assertThat(deadline("2026-04-28", 5, WORKING_DAYS)).isEqualTo("2026-05-07");
        // 2025: 30/04, 01/05 and the swapped Friday 02/05 off, Saturday 26/04 worked: 25, 26/04 (Saturday), 28, 29/04, 05/05.
        assertThat(deadline("2025-04-24", 5, WORKING_DAYS)).isEqualTo("2025-05-05");
    }

    @Test
    void aMakeUpSaturdayCountsAsAWorkingDay() {
        // Saturday 10/01/2026 is worked in exchange for Friday 02/01/2026.
        assertThat(deadline("2026-01-07", 3, WORKING_DAYS)).isEqualTo("2026-01-10");
        assertThat(deadline("2026-01-09", 1, WORKING_DAYS)).isEqualTo("2026-01-10");
        // A calendar period ending on it ends there.
        assertThat(deadline("2025-12-31", 10, CALENDAR_DAYS)).isEqualTo("2026-01-10");
    }

    @Test
    void anOrdinaryWeekendIsSkippedAndTheStartDayIsNotCounted() {
        // Friday 20/11/2026: Monday 23/11 is day 1, Tuesday 24/11 (Ngày Văn hóa Việt Nam) is off.
        assertThat(deadline("2026-11-20", 1, WORKING_DAYS)).isEqualTo("2026-11-23");
        assertThat(deadline("2026-11-20", 2, WORKING_DAYS)).isEqualTo("2026-11-25");
        assertThat(deadline("2026-11-02", 3, CALENDAR_DAYS)).isEqualTo("2026-11-05");
    }

    @Test
    void aPeriodCrossingTheNewYearUsesTheNextYearsDaysOff() {
        // 29, 30, 31/12/2026; 01/01/2027 (Friday) off; 04, 05/01/2027.
        assertThat(deadline("2026-12-28", 5, WORKING_DAYS)).isEqualTo("2027-01-05");
    }

    @Test
    void aDeadlineIsTheEndOfItsDayInVietnam() {
        ZonedDateTime due = deadlines.workingDays("2026-02-13", 5).toInstant().atZone(Deadlines.ZONE);
        assertThat(due.toLocalDate()).isEqualTo("2026-02-27");
        assertThat(due.toLocalTime()).hasToString("23:59:59");
        ZonedDateTime followUp = deadlines.followUp(deadlines.workingDays("2026-02-13", 5)).toInstant().atZone(Deadlines.ZONE);
        assertThat(followUp.toLocalDate()).isEqualTo("2026-02-26");
        // The working day before Monday 23/02/2026 is Friday 13/02, before the break.
        assertThat(deadlines.previousWorkingDay(LocalDate.parse("2026-02-23"))).isEqualTo("2026-02-13");
    }

    @Test
    void handlingTimeInWorkingDaysSkipsDaysOff() {
        assertThat(deadlines.workingDaysBetween(LocalDate.parse("2026-02-13"), LocalDate.parse("2026-02-13"))).isZero();
        assertThat(deadlines.workingDaysBetween(LocalDate.parse("2026-02-13"), LocalDate.parse("2026-02-27"))).isEqualTo(5);
    }

    @Test
    void aYearWithoutConfigurationIsAnErrorNeverAGuess() {
        assertThatThrownBy(() -> deadline("2030-03-02", 5, WORKING_DAYS))
                .isInstanceOf(CalendarYearNotConfiguredException.class)
                .hasMessageContaining("config/holidays/2030.yaml");
        assertThatThrownBy(() -> deadline("2026-02-13", -1, WORKING_DAYS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAdministratorAddsNextYearsFileInTheHolidaysDirectory(@TempDir Path dir) throws IOException {
        WorkingCalendar calendar = calendar(dir.toString());
        assertThat(calendar.configuredYears()).doesNotContain(2030);

        Files.writeString(dir.resolve("2030.yaml"), """
                year: 2030
                confirmed: false
                source: "Thử nghiệm"
                daysOff:
                  - date: 2030-01-01
                    name: Tết Dương lịch
                    kind: HOLIDAY
                workingSaturdays: []
                """);
        assertThat(calendar.reload()).contains(2025, 2026, 2027, 2030);
        assertThat(new Deadlines(calendar).deadline(LocalDate.parse("2029-12-31"), 1, WORKING_DAYS))
                .as("31/12/2029 is not configured, but the period starts the day after").isEqualTo("2030-01-02");
    }

    @Test
    void aBrokenFileIsRefusedWithItsReason(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2031.yaml"), """
                year: 2031
                daysOff: []
                workingSaturdays:
                  - date: 2031-01-08
                    name: Làm bù
                """);
        assertThatThrownBy(() -> calendar(dir.toString()))
                .hasMessageContaining("2031-01-08 is not a Saturday or Sunday");

        Files.writeString(dir.resolve("2031.yaml"), "year: 2032\n");
        assertThatThrownBy(() -> calendar(dir.toString())).hasMessageContaining("belongs in 2032.yaml");
    }
}
