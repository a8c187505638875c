package vn.noivu.bpm.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.calendar.CalendarReloads;
import vn.noivu.bpm.calendar.CalendarYearNotConfiguredException;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.calendar.HolidayYear;
import vn.noivu.bpm.calendar.PeriodUnit;
import vn.noivu.bpm.calendar.WorkingCalendar;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.security.PublicEndpoint;

/** The calendar's deadlines and days off for applicants and integrating systems (the calendar itself knows no web). */
@Tag(name = PlatformApi.TAG, description = PlatformApi.DESCRIPTION)
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

    private static final int MAX_DAYS = 3650;

    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final CalendarReloads reloads;

    public CalendarController(Deadlines deadlines, WorkingCalendar calendar, CalendarReloads reloads) {
        this.reloads = reloads;
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    public record DeadlineAnswer(LocalDate from, int days, PeriodUnit unit, LocalDate deadline) {
    }

    public record ReloadAnswer(List<Integer> years) {
    }

    @PublicEndpoint
    @Parameter(name = "from", required = true, description = "Ngày xảy ra sự kiện bắt đầu thời hạn (yyyy-MM-dd)",
            schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "days", required = true, description = "Số ngày của thời hạn",
            schema = @Schema(type = "integer", format = "int32"))
    @Parameter(name = "unit", required = true, description = "WORKING_DAYS (ngày làm việc) hoặc CALENDAR_DAYS (ngày)",
            schema = @Schema(type = "string", allowableValues = {"WORKING_DAYS", "CALENDAR_DAYS"}))
    @Operation(summary = "Tính hạn theo ngày làm việc hoặc ngày lịch")
    @GetMapping("/deadline")
    public DeadlineAnswer deadline(@RequestParam(required = false) String from,
                                   @RequestParam(required = false) String days,
                                   @RequestParam(required = false) String unit) {
        LocalDate event = RequestParams.date("from", from);
        int count = parseDays(days);
        PeriodUnit periodUnit = parseUnit(unit);
        return new DeadlineAnswer(event, count, periodUnit, deadlines.deadline(event, count, periodUnit));
    }

    @PublicEndpoint
    @Parameter(name = "year", required = true, description = "Năm, 4 chữ số",
            schema = @Schema(type = "integer", format = "int32"))
    @Operation(summary = "Các ngày nghỉ lễ, Tết và ngày làm bù của một năm")
    @GetMapping("/days-off")
    public HolidayYear daysOff(@RequestParam(required = false) String year) {
        if (year == null || !year.matches("\\d{4}")) {
            throw new InvalidInputException("year", "format", "Tham số year phải là năm gồm 4 chữ số, ví dụ 2026.");
        }
        return calendar.year(Integer.parseInt(year));
    }

    /**
     * After an administrator adds or corrects config/holidays/<year>.yaml: no restart needed. The other nodes read
     * their files again within noivu.calendar.refresh-seconds (CalendarReloads).
     */
    @AllowedRoles(Role.CAMUNDA_ADMIN)
    @Operation(summary = "Nạp lại tệp ngày nghỉ sau khi quản trị sửa")
    @PostMapping("/reload")
    public ReloadAnswer reload() {
        try {
            return new ReloadAnswer(List.copyOf(reloads.reloadEverywhere()));
        } catch (IllegalStateException | UncheckedIOException | IllegalArgumentException e) {
            throw new KeyedStatusException(HttpStatus.BAD_REQUEST, "holiday_file_invalid",
                    "Tệp ngày nghỉ không hợp lệ, lịch cũ vẫn được dùng: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root == e ? e.getMessage() : e.getMessage() + " (" + root.getMessage() + ")";
    }

    @ExceptionHandler(CalendarYearNotConfiguredException.class)
    ResponseEntity<ApiError> notConfigured(CalendarYearNotConfiguredException e) {
        return ResponseEntity.status(404).body(ApiError.of(404, "calendar_year_not_configured",
                "Chưa có lịch ngày nghỉ của năm " + e.year() + " nên không tính được thời hạn."
                        + " Quản trị viên cần bổ sung tệp config/holidays/" + e.year() + ".yaml."));
    }

    private static int parseDays(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("days", "required", "Thiếu tham số days (số ngày của thời hạn).");
        }
        int days;
        try {
            days = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("days", "format", "Tham số days phải là số nguyên.");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "range", "Tham số days phải từ 1 đến " + MAX_DAYS + ".");
        }
        return days;
    }

    private static PeriodUnit parseUnit(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("unit", "required",
                    "Thiếu tham số unit (WORKING_DAYS: ngày làm việc, CALENDAR_DAYS: ngày).");
        }
        try {
            return PeriodUnit.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unit", "oneOf",
                    "Tham số unit phải là WORKING_DAYS (ngày làm việc) hoặc CALENDAR_DAYS (ngày).");
        }
    }
}
