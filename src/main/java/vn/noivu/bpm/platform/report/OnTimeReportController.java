package vn.noivu.bpm.platform.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.noivu.bpm.platform.web.PlatformApi;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.RequestParams;
import vn.noivu.bpm.platform.web.TableDownload;

/** The on-time report for managers: JSON for the page and integrators, CSV and .xlsx for reporting upward. */
@Tag(name = PlatformApi.TAG, description = PlatformApi.DESCRIPTION)
@RestController
@RequestMapping("/api/reports")
@AllowedRoles(Role.LANH_DAO)
public class OnTimeReportController {

    static final String[] HEADER = {"Mã thủ tục", "Thủ tục", "Mã bước", "Bước", "Tháng", "Đơn vị", "Tổng số",
            "Đúng hạn", "Trễ hạn", "Đang quá hạn", "Tỷ lệ đúng hạn (%)", "Trung vị (ngày làm việc)",
            "95% (ngày làm việc)"};
    private static final int MAX_DAYS = 5 * 366;

    private final OnTimeReportService reports;

    public OnTimeReportController(OnTimeReportService reports) {
        this.reports = reports;
    }

    @Parameter(name = "from", required = true, description = "Từ ngày (yyyy-MM-dd)",
            schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "to", required = true, description = "Đến ngày (yyyy-MM-dd), tối đa 5 năm sau from",
            schema = @Schema(type = "string", format = "date"))
    @Operation(summary = "Báo cáo xử lý công việc đúng hạn")
    @GetMapping("/on-time")
    public OnTimeReport onTime(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = period(from, to);
        return reports.report(period.from(), period.to(), ClockUtil.getCurrentTime().toInstant());
    }

    @Parameter(name = "from", required = true, description = "Từ ngày (yyyy-MM-dd)",
            schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "to", required = true, description = "Đến ngày (yyyy-MM-dd), tối đa 5 năm sau from",
            schema = @Schema(type = "string", format = "date"))
    @Operation(summary = "Tải báo cáo xử lý đúng hạn (CSV)")
    @GetMapping("/on-time.csv")
    public ResponseEntity<byte[]> onTimeCsv(@RequestParam(required = false) String from,
                                            @RequestParam(required = false) String to) {
        Period period = period(from, to);
        return TableDownload.csv(fileName(period), List.of(HEADER), table(period));
    }

    @Parameter(name = "from", required = true, description = "Từ ngày (yyyy-MM-dd)",
            schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "to", required = true, description = "Đến ngày (yyyy-MM-dd), tối đa 5 năm sau from",
            schema = @Schema(type = "string", format = "date"))
    @Operation(summary = "Tải báo cáo xử lý đúng hạn (XLSX)")
    @GetMapping("/on-time.xlsx")
    public ResponseEntity<byte[]> onTimeXlsx(@RequestParam(required = false) String from,
                                             @RequestParam(required = false) String to) {
        Period period = period(from, to);
        return TableDownload.xlsx(fileName(period), "Đúng hạn", "Báo cáo xử lý công việc đúng hạn từ ngày "
                + vietnamese(period.from()) + " đến ngày " + vietnamese(period.to()), List.of(HEADER), table(period));
    }

    private List<List<Object>> table(Period period) {
        return reports.rows(period.from(), period.to(), ClockUtil.getCurrentTime().toInstant()).stream()
                .map(OnTimeReportController::cells).toList();
    }

    private static String fileName(Period period) {
        return "bao-cao-dung-han_" + period.from() + "_" + period.to();
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    private static Period period(String from, String to) {
        LocalDate start = RequestParams.date("from", from);
        LocalDate end = RequestParams.date("to", to);
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "afterFrom", "Ngày kết thúc (to) không được trước ngày bắt đầu (from).");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new InvalidInputException("to", "range", "Mỗi báo cáo tối đa 5 năm.");
        }
        return new Period(start, end);
    }

    private static List<Object> cells(OnTimeReport.Row row) {
        OnTimeReport.Figures f = row.figures();
        return List.of(row.processKey(), row.processName(), row.taskKey(), row.taskName(), row.month(), row.unit(),
                f.onTime() + f.late() + f.openOverdue(), f.onTime(), f.late(), f.openOverdue(),
                f.onTimeRate() == null ? "" : Math.round(f.onTimeRate() * 1000) / 10.0,
                f.p50WorkingDays() == null ? "" : f.p50WorkingDays(),
                f.p95WorkingDays() == null ? "" : f.p95WorkingDays());
    }

    private static String vietnamese(LocalDate date) {
        return "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

}
