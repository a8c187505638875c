package vn.noivu.bpm.restructuring.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A commune's consultation figures as a spreadsheet: a header row, then one row per village or residential group
 * (thôn, tổ dân phố): name, total households, consulted, agree, disagree, other opinions. The commune's figures are
 * the sums; every bad cell is listed.
 */
public final class ConsultationSheet {

    public static final List<String> COLUMNS = List.of("Thôn, tổ dân phố", "Tổng số hộ", "Số hộ tham gia", "Đồng ý",
            "Không đồng ý", "Ý kiến khác");
    private static final int MAX_ROWS = 2000;

    /** A bad cell: its row (1-based, as the sheet shows it), column and message. */
    public record Error(int row, String column, String message) {
    }

    public record Result(ConsultationTally tally, List<Error> errors) {
    }

    private ConsultationSheet() {
    }

    /** {@code rows}: each row's number and cells, the header first. */
    public static Result read(List<Integer> numbers, List<List<String>> rows) {
        List<Error> errors = new ArrayList<>();
        List<ConsultationTally.Village> villages = new ArrayList<>();
        if (rows.size() < 2) {
            errors.add(new Error(1, "file", "Bảng cần dòng tiêu đề và ít nhất một thôn, tổ dân phố (" + String.join(", ", COLUMNS) + ")."));
            return new Result(null, errors);
        }
        if (rows.size() > MAX_ROWS + 1) {
            errors.add(new Error(1, "file", "Tối đa " + MAX_ROWS + " thôn, tổ dân phố."));
            return new Result(null, errors);
        }
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            int row = numbers.get(i);
            String name = cell(cells, 0);
            if (name.isEmpty() && cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
                errors.add(new Error(row, COLUMNS.get(0), "Dòng " + row + ": tên thôn, tổ dân phố bắt buộc, tối đa 200 ký tự."));
            }
            long[] n = new long[5];
            for (int c = 1; c <= 5; c++) {
                String text = cell(cells, c).replace(".", "").replace(",", "");
                if (!text.matches("[0-9]{1,9}")) {
                    errors.add(new Error(row, COLUMNS.get(c), "Dòng " + row + ", cột " + COLUMNS.get(c) + ": số nguyên không âm."));
                } else {
                    n[c - 1] = Long.parseLong(text);
                }
            }
            villages.add(new ConsultationTally.Village(name, n[0], n[1], n[2], n[3], n[4]));
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        if (villages.isEmpty()) {
            errors.add(new Error(2, "file", "Bảng không có thôn, tổ dân phố nào."));
            return new Result(null, errors);
        }
        ConsultationTally tally = new ConsultationTally(sum(villages, 0), sum(villages, 1), sum(villages, 2),
                sum(villages, 3), sum(villages, 4), villages);
        return new Result(tally, errors);
    }

    private static long sum(List<ConsultationTally.Village> villages, int column) {
        return villages.stream().mapToLong(v -> switch (column) {
            case 0 -> v.totalHouseholds();
            case 1 -> v.consulted();
            case 2 -> v.agree();
            case 3 -> v.disagree();
            default -> v.otherOpinions();
        }).sum();
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() && cells.get(column) != null ? cells.get(column).trim() : "";
    }
}
