package vn.noivu.bpm.promotion.domain;

import java.time.LocalDate;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.Rating;

/**
 * A person nominated for promotion with the facts the rules read: from the personnel register, and from the
 * nomination (certificates of the target title; a vacancy in the approved structure).
 */
public record Nominee(Person person, String targetTitle, boolean certificatesMet, boolean vacancy) {

    /** The rating of the working year immediately before the year of the round. */
    public Rating lastYearRating(LocalDate roundDate) {
        return person.ratings().get(roundDate.getYear() - 1);
    }

    /** The year the time in the lower grade starts, equivalent time included (what the seniority counts). */
    private int lowerGradeFromYear() {
        return person.rankSince().minusMonths(person.equivalentMonths()).getYear();
    }

    /**
     * A merit certificate of a ministry, a province or higher (the register's highest award) in the time in the
     * lower grade; an award whose year the register does not give counts.
     */
    public boolean provincialAwardInLowerGrade() {
        Person.Achievement award = person.achievement();
        return award != null && "BO_TINH".equals(award.level())
                && (award.year() == null || award.year() >= lowerGradeFromYear());
    }

    /** Years rated "hoàn thành xuất sắc nhiệm vụ" in the time in the lower grade, up to the year before the round. */
    public int excellentYearsInLowerGrade(LocalDate roundDate) {
        return (int) person.ratings().entrySet().stream()
                .filter(r -> r.getKey() >= lowerGradeFromYear() && r.getKey() < roundDate.getYear())
                .filter(r -> r.getValue() == Rating.HOAN_THANH_XUAT_SAC).count();
    }
}
