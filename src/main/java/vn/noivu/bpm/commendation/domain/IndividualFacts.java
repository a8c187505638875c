package vn.noivu.bpm.commendation.domain;

import java.time.LocalDate;
import vn.noivu.bpm.personnel.Rating;

/**
 * An individual's facts for a year: the year's rating (null when not rated), whether maternity leave fell in the
 * year (P17), whether a discipline review, investigation or complaint is open (P16), the year's initiatives
 * recognised at base level, science work, combat ingenuity; and from the award register and the ratings the
 * streaks ending in the year: consecutive CSTĐ cơ sở (P5), consecutive years rated excellent and the
 * initiatives in them (P10). {@code effectiveOn}: the day the case started, whose rules it keeps.
 */
public record IndividualFacts(LocalDate effectiveOn, Rating rating, boolean maternityLeave, boolean openProceedings,
                              int initiatives, boolean scienceWorkAccepted, boolean combatIngenuity,
                              int baseTitleStreak, boolean provinceWideInitiative, int excellentYearsStreak,
                              int initiativesInPeriod) {

    /** A nominee with only a rating: nothing else to their name. */
    public static IndividualFacts rated(LocalDate effectiveOn, Rating rating) {
        return new IndividualFacts(effectiveOn, rating, false, false, 0, false, false, 0, false, 0, 0);
    }

    public IndividualFacts withMaternityLeave() {
        return new IndividualFacts(effectiveOn, rating, true, openProceedings, initiatives, scienceWorkAccepted,
                combatIngenuity, baseTitleStreak, provinceWideInitiative, excellentYearsStreak, initiativesInPeriod);
    }

    public IndividualFacts withOpenProceedings() {
        return new IndividualFacts(effectiveOn, rating, maternityLeave, true, initiatives, scienceWorkAccepted,
                combatIngenuity, baseTitleStreak, provinceWideInitiative, excellentYearsStreak, initiativesInPeriod);
    }

    public IndividualFacts withInitiatives(int count) {
        return new IndividualFacts(effectiveOn, rating, maternityLeave, openProceedings, count, scienceWorkAccepted,
                combatIngenuity, baseTitleStreak, provinceWideInitiative, excellentYearsStreak, initiativesInPeriod);
    }

    public IndividualFacts withScienceWork() {
        return new IndividualFacts(effectiveOn, rating, maternityLeave, openProceedings, initiatives, true,
                combatIngenuity, baseTitleStreak, provinceWideInitiative, excellentYearsStreak, initiativesInPeriod);
    }

    public IndividualFacts withCombatIngenuity() {
        return new IndividualFacts(effectiveOn, rating, maternityLeave, openProceedings, initiatives,
                scienceWorkAccepted, true, baseTitleStreak, provinceWideInitiative, excellentYearsStreak,
                initiativesInPeriod);
    }

    public IndividualFacts withBaseTitleStreak(int years, boolean provinceWide) {
        return new IndividualFacts(effectiveOn, rating, maternityLeave, openProceedings, initiatives,
                scienceWorkAccepted, combatIngenuity, years, provinceWide, excellentYearsStreak, initiativesInPeriod);
    }

    public IndividualFacts withExcellentYears(int years, int initiativesInThem) {
        return new IndividualFacts(effectiveOn, rating, maternityLeave, openProceedings, initiatives,
                scienceWorkAccepted, combatIngenuity, baseTitleStreak, provinceWideInitiative, years, initiativesInThem);
    }
}
