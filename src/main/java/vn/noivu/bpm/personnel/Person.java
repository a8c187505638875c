package vn.noivu.bpm.personnel;

import java.time.LocalDate;
import java.util.Map;

/**
 * One person of the register with the facts procedures read: yearly ratings, the discipline that bars a step up
 * (until when, or a pending prosecution), the highest recognised achievement.
 */
public record Person(String citizenId, String fullName, String gender, LocalDate dateOfBirth, String ethnicity,
                     boolean ethnicMinority, String staffType, String unitCode, String unitName, String rankCode,
                     String rankName, LocalDate rankSince, int equivalentMonths, LocalDate serviceStart,
                     Map<Integer, Rating> ratings, Discipline discipline, Achievement achievement) {

    public record Discipline(String kind, LocalDate effectiveUntil, boolean underProsecution) {
    }

    /** {@code level}: BO_TINH (ministry, province or higher) or CO_SO (the unit). */
    public record Achievement(String title, String level, Integer year) {
    }

    /** Months actually held in the current grade on a day. */
    public int monthsInRank(LocalDate on) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(rankSince, on);
    }

    /** Barred on a day: within a discipline period, or under prosecution. */
    public boolean disciplineBars(LocalDate on) {
        return discipline != null && (discipline.underProsecution()
                || discipline.effectiveUntil() != null && !on.isAfter(discipline.effectiveUntil()));
    }
}
