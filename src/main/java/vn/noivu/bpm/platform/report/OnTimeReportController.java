package vn.noivu.bpm.platform.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.RequestParams;

/** The on-time report for managers: JSON for the page and integrators, CSV and .xlsx for reporting upward. */
@RestController
@RequestMapping("/api/reports")
@AllowedRoles(Role.LANH_DAO)
public class OnTimeReportController {

    static final String[] HEADER = {"Mã thủ tục", "Thủ tục", "Mã bước", "Bước", "Tháng", "Đơn vị", "Tổng số",
            "Đúng hạn", "Trễ hạn", "Đang quá hạn", "Tỷ lệ đúng hạn (%)", "Trung vị (ngày làm việc)",
            "95% (ngày làm việc)"};
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int MAX_DAYS = 5 * 366;

    private final OnTimeReportService reports;

    public OnTimeReportController(OnTimeReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/on-time")
    public OnTimeReport onTime(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = period(from, to);
        return reports.report(period.from(), period.to(), ClockUtil.getCurrentTime().toInstant());
    }

    @GetMapping("/on-time.csv")
    public ResponseEntity<byte[]> onTimeCsv(@RequestParam(required = false) String from,
                                            @RequestParam(required = false) String to) {
        Period period = period(from, to);
        StringBuilder csv = new StringBuilder("\uFEFF").append(csvLine(List.of(HEADER)));
        for (OnTimeReport.Row row : reports.rows(period.from(), period.to(), ClockUtil.getCurrentTime().toInstant())) {
            csv.append(csvLine(cells(row).stream().map(OnTimeReportController::text).toList()));
        }
        return download(csv.toString().getBytes(StandardCharsets.UTF_8),
                MediaType.parseMediaType("text/csv;charset=UTF-8"), period, "csv");
    }

    @GetMapping("/on-time.xlsx")
    public ResponseEntity<byte[]> onTimeXlsx(@RequestParam(required = false) String from,
                                             @RequestParam(required = false) String to) {
        Period period = period(from, to);
        List<OnTimeReport.Row> rows = reports.rows(period.from(), period.to(), ClockUtil.getCurrentTime().toInstant());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "noivu-bpm", "1.0");
            Worksheet sheet = workbook.newWorksheet("Đúng hạn");
            sheet.value(0, 0, "Báo cáo xử lý công việc đúng hạn từ ngày " + vietnamese(period.from())
                    + " đến ngày " + vietnamese(period.to()));
            for (int c = 0; c < HEADER.length; c++) {
                sheet.value(2, c, HEADER[c]);
                sheet.style(2, c).bold().set();
            }
            int r = 3;
            for (OnTimeReport.Row row : rows) {
                List<Object> cells = cells(row);
                for (int c = 0; c < cells.size(); c++) {
                    Object cell = cells.get(c);
                    if (cell instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (cell != null) {
                        sheet.value(r, c, cell.toString());
                    }
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return download(out.toByteArray(), XLSX, period, "xlsx");
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

    private static String text(Object cell) {
        return cell == null ? "" : cell.toString();
    }

    private static String csvLine(List<String> cells) {
        return String.join(",", cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()) + "\r\n";
    }

    private static String vietnamese(LocalDate date) {
        return "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, Period period, String extension) {
        String name = "bao-cao-dung-han_" + period.from() + "_" + period.to() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
