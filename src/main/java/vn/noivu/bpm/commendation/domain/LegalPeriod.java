package vn.noivu.bpm.commendation.domain;

import java.time.LocalDate;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.calendar.PeriodUnit;

/** A legal period with its basis: e.g. 20 working days for MoHA's appraisal from a complete dossier (P13). */
public record LegalPeriod(int days, PeriodUnit unit, String citation) {

    /** The last day, counted from the day after {@code from} on the project's calendar. */
    public LocalDate due(Deadlines deadlines, LocalDate from) {
        return deadlines.deadline(from, days, unit);
    }
}
