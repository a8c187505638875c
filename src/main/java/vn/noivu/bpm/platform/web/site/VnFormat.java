package vn.noivu.bpm.platform.web.site;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * How a citizen reads dates and numbers, in the templates as {@code ${@vn.date(d)}}: dd/MM/yyyy, times in
 * Asia/Ho_Chi_Minh, decimals with a comma. Null reads as an empty string.
 */
@Component("vn")
public class VnFormat {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    public String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** An instant as a person in Vietnam reads it: "14:05 ngày 06/12/2026". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(ZONE));
    }

    /** The day of an instant in Vietnam. */
    public String date(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZONE));
    }

    /** 7.5 as "7,5", 80.00 as "80": scores as they are printed on Vietnamese lists. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(
                java.util.Locale.forLanguageTag("vi-VN")));
        return format.format(value);
    }

    public String number(Number value) {
        return value == null ? "" : number(new BigDecimal(value.toString()));
    }
}
