package vn.noivu.bpm.restructuring.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;

/** Dates and texts as a Camunda Form submits them. */
final class FormValues {

    private FormValues() {
    }

    static LocalDate date(Object value, String field) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return LocalDate.parse(text.trim().length() > 10 ? text.trim().substring(0, 10) : text.trim());
            } catch (DateTimeParseException e) {
                throw new BadUserRequestException(field + ": ngày dạng yyyy-MM-dd / a date yyyy-MM-dd");
            }
        }
        return null;
    }

    static String text(Object value) {
        return value instanceof String text && !text.isBlank() ? text.trim() : null;
    }
}
