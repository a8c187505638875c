package vn.noivu.bpm.restructuring.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as people read them: dd/MM/yyyy. */
final class Dates {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    static String text(LocalDate date) {
        return date == null ? "" : VIETNAMESE.format(date);
    }
}
