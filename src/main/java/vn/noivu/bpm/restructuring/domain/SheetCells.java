package vn.noivu.bpm.restructuring.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.noivu.bpm.documents.SheetRow;
import vn.noivu.bpm.restructuring.domain.UnitFiles.Parsed;
import vn.noivu.bpm.restructuring.domain.UnitFiles.RowError;

/** One row's cells of an uploaded register file by column name; every error is recorded and the row marked unclean. */
final class SheetCells {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final SheetRow row;
    private final Map<String, Integer> columns;
    private final Errors errors;
    private boolean clean = true;

    SheetCells(SheetRow row, Map<String, Integer> columns, Errors errors) {
        this.row = row;
        this.columns = columns;
        this.errors = errors;
    }

    void error(String column, String rule, String message) {
        clean = false;
        errors.add(row.number(), column, rule, message);
    }

    String raw(String column) {
        Integer index = columns.get(column);
        return index == null ? null : row.cell(index);
    }

    String text(String column, boolean required, int maxLength) {
        String value = raw(column);
        if (value == null) {
            if (required) {
                error(column, "required", "bắt buộc.");
            }
            return null;
        }
        if (value.length() > maxLength) {
            error(column, "maxLength", "tối đa " + maxLength + " ký tự.");
            return null;
        }
        if (value.chars().anyMatch(c -> c < 0x20 || Character.isSurrogate((char) c))) {
            error(column, "characters", "có ký tự điều khiển hoặc không hợp lệ.");
            return null;
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    String code(String column, boolean required) {
        String value = text(column, required, 20);
        if (value != null && !value.matches(UnitFiles.CODE)) {
            error(column, "pattern", "\"" + abbreviate(value) + "\" không phải mã đơn vị hành chính (chữ số, tối đa 20 ký tự).");
            return null;
        }
        return value;
    }

    LocalDate date(String column) {
        String value = text(column, true, 30);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
            if (date.getYear() < 1945 || date.getYear() > 2100) {
                error(column, "range", "ngày phải trong khoảng 1945 đến 2100.");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            error(column, "date", "\"" + abbreviate(value) + "\" không phải ngày (dd/MM/yyyy hoặc yyyy-MM-dd).");
            return null;
        }
    }

    BigDecimal decimal(String column, boolean required, BigDecimal max) {
        String value = text(column, required, 30);
        if (value == null) {
            return null;
        }
        String number = value.replace(" ", "");
        if (number.contains(",") && !number.contains(".")) {
            number = number.replace(',', '.'); // a Vietnamese decimal comma
        } else if (number.contains(",") && number.indexOf(',') > number.indexOf('.')) {
            number = number.replace(".", "").replace(',', '.'); // 1.234,5
        } else {
            number = number.replace(",", ""); // 1,234.5
        }
        try {
            BigDecimal decimal = new BigDecimal(number);
            if (decimal.signum() < 0 || decimal.compareTo(max) > 0 || decimal.scale() > 4) {
                error(column, "range", "số từ 0 đến " + max.toPlainString() + ", tối đa 4 chữ số thập phân.");
                return null;
            }
            return decimal;
        } catch (NumberFormatException e) {
            error(column, "number", "\"" + abbreviate(value) + "\" không phải số.");
            return null;
        }
    }

    Long count(String column) {
        String value = text(column, false, 30);
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("[\\s.,]", "");
        if (!value.matches("\\d{1,3}([.,\\s]\\d{3})*|\\d{1,12}") || digits.length() > 12) {
            error(column, "integer", "\"" + abbreviate(value) + "\" không phải số người (số nguyên không âm).");
            return null;
        }
        return Long.parseLong(digits);
    }

    boolean flag(String column) {
        String value = text(column, false, 20);
        if (value == null) {
            return false;
        }
        String word = value.toLowerCase(Locale.ROOT);
        if (List.of("x", "có", "co", "true", "1").contains(word)) {
            return true;
        }
        if (List.of("không", "khong", "false", "0", "-").contains(word)) {
            return false;
        }
        error(column, "flag", "\"" + abbreviate(value) + "\" không rõ: ghi x (có) hoặc để trống (không).");
        return false;
    }

    boolean clean() {
        return clean;
    }

    static Map<String, Integer> header(List<SheetRow> rows, Map<String, List<String>> known, List<String> required,
                                               Errors errors) {
        if (rows.isEmpty()) {
            errors.add(1, null, "header", "Tệp trống: dòng đầu cần tên cột (" + String.join(", ", required) + ", ...).");
            return null;
        }
        if (rows.size() - 1 > UnitFiles.MAX_ROWS) {
            errors.add(1, null, "tooManyRows", "Tệp có " + (rows.size() - 1) + " dòng, quá " + UnitFiles.MAX_ROWS + " dòng cho phép.");
            return null;
        }
        Map<String, Integer> columns = new HashMap<>();
        SheetRow header = rows.get(0);
        for (int c = 0; c < header.cells().size(); c++) {
            String name = header.cell(c);
            if (name == null) {
                continue;
            }
            String heading = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int column = c;
            known.forEach((key, headings) -> {
                if (headings.contains(heading)) {
                    columns.putIfAbsent(key, column);
                }
            });
        }
        boolean complete = true;
        for (String column : required) {
            if (!columns.containsKey(column)) {
                errors.add(header.number(), null, "header", "Thiếu cột " + column + " (" + known.get(column).get(1)
                        + ") ở dòng đầu.");
                complete = false;
            }
        }
        return complete ? columns : null;
    }

    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    static final class Errors {
        private final List<RowError> list = new ArrayList<>();
        private int count;

        int count() {
            return count;
        }

        void add(int row, String column, String rule, String message) {
            count++;
            if (list.size() < UnitFiles.MAX_ERRORS) {
                list.add(new RowError(row, column, rule, message));
            }
        }

        void sort() {
            list.sort(java.util.Comparator.comparingInt(RowError::row));
        }

        <T> Parsed<T> result(List<T> entries) {
            return new Parsed<>(count == 0 ? entries : List.of(), List.copyOf(list), count);
        }
    }

}
