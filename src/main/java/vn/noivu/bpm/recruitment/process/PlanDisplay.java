package vn.noivu.bpm.recruitment.process;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.noivu.bpm.recruitment.domain.RoundRequest;

/** A round's plan in Vietnamese words and dd/MM/yyyy dates, for the head's approval form; what a revision changed. */
public final class PlanDisplay {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PlanDisplay() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    /** planSummary: the round, its method and dates, one line per position. */
    public static List<String> lines(RoundRequest request) {
        List<String> lines = new ArrayList<>();
        lines.add(request.title() + " — " + request.agency() + " (tuyển dụng " + request.staffTypeOrDefault().label()
                .toLowerCase(java.util.Locale.ROOT) + ")");
        lines.add("Hình thức: " + request.method().label() + "; ngày thông báo " + date(request.noticeDate())
                + "; hạn nhận Phiếu đăng ký: hết ngày " + date(request.applicationDeadline()));
        for (RoundRequest.Position p : request.positions()) {
            lines.add("- " + p.title() + " (mã " + p.code() + "): ngạch " + p.rank().label() + ", chỉ tiêu " + p.quota()
                    + agencies(p) + ", trình độ tối thiểu " + p.minDegree().label()
                    + (p.majors() == null || p.majors().isEmpty() ? "" : " (" + String.join(", ", p.majors()) + ")")
                    + ", thi vòng 2: " + p.round2Format().label());
        }
        return lines;
    }

    /** planRows: one row per position, in words, for the form's table. */
    public static List<Map<String, Object>> rows(RoundRequest request) {
        return request.positions().stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("position", p.title() + " (mã " + p.code() + ")");
            row.put("rank", p.rank().label());
            row.put("quota", p.quota() + agencies(p));
            row.put("minDegree", p.minDegree().label()
                    + (p.majors() == null || p.majors().isEmpty() ? "" : ": " + String.join(", ", p.majors())));
            row.put("round2Format", p.round2Format().label());
            return row;
        }).toList();
    }

    /** planChanges: the lines of the plan the revision removed and added; "" when nothing changed. */
    public static String changes(String before, List<String> after) {
        List<String> old = before == null ? List.of() : List.of(before.split("\n"));
        List<String> removed = old.stream().filter(l -> !after.contains(l)).toList();
        List<String> added = after.stream().filter(l -> !old.contains(l)).toList();
        if (removed.isEmpty() && added.isEmpty()) {
            return "Kế hoạch trình lại không thay đổi.";
        }
        StringBuilder text = new StringBuilder();
        removed.forEach(l -> text.append("Trước: ").append(l).append('\n'));
        added.forEach(l -> text.append("Nay: ").append(l).append('\n'));
        return text.toString().trim();
    }

    private static String agencies(RoundRequest.Position p) {
        return p.agencies() == null || p.agencies().isEmpty() ? "" : " (" + String.join(", ", p.agencies().stream()
                .map(a -> a.code() + ": " + a.quota()).toList()) + ")";
    }
}
