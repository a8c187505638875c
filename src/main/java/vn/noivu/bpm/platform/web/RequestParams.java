package vn.noivu.bpm.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters read by hand where the error must name the field and the rule in Vietnamese. */
public final class RequestParams {

    private RequestParams() {
    }

    /** A required date, yyyy-MM-dd. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "required", "Thiếu tham số " + field + " (ngày, dạng yyyy-MM-dd).");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "format",
                    "Tham số " + field + " phải là ngày dạng yyyy-MM-dd, ví dụ 2026-02-13.");
        }
        if (date.isBefore(InputHygiene.EARLIEST) || date.isAfter(InputHygiene.LATEST)) {
            throw new InvalidInputException(field, "range", "Tham số " + field + " phải trong khoảng 01/01/1900 đến 31/12/2100.");
        }
        return date;
    }
}
