package vn.noivu.bpm.platform.approval;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Whole numbers entered in a task form. Forms take them in a textfield with a digits pattern (the Tasklist's number
 * field redraws the form 300 ms after it is left and empties the field being typed in), so a value arrives as
 * digits in a String, or as a Number from an API client or an older form.
 */
public final class FormNumbers {

    private FormNumbers() {
    }

    /** The value, or null when the field was left empty; anything else outside min..max is refused with 400. */
    public static Integer wholeNumber(Object value, String variable, int min, int max) {
        Long number;
        if (value == null || value instanceof String text && text.isBlank()) {
            number = null;
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            number = ((Number) value).longValue();
        } else if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            number = d.longValue();
        } else if (value instanceof String text && text.trim().matches("[0-9]{1,9}")) {
            number = Long.valueOf(text.trim());
        } else {
            throw refused(variable, min, max);
        }
        if (number != null && (number < min || number > max)) {
            throw refused(variable, min, max);
        }
        return number == null ? null : number.intValue();
    }

    private static BadUserRequestException refused(String variable, int min, int max) {
        return new BadUserRequestException(variable + ": nhập số nguyên từ " + min + " đến " + max
                + " / a whole number from " + min + " to " + max);
    }
}
