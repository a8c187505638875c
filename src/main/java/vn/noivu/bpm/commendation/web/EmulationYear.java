package vn.noivu.bpm.commendation.web;

import vn.noivu.bpm.personnel.AwardRegister;
import vn.noivu.bpm.platform.web.InvalidInputException;

/** A year typed into a public address (?nam=, ?year=): empty means this year; otherwise a year of the register. */
final class EmulationYear {

    static final int LAST = 2100;

    private EmulationYear() {
    }

    /** The year, or 400 naming the parameter with the given message when it is not a year of the register. */
    static int parse(String value, int thisYear, String parameter, String message) {
        if (value == null || value.isBlank()) {
            return thisYear;
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= AwardRegister.FIRST_YEAR && year <= LAST) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException(parameter, "range", message);
    }
}
