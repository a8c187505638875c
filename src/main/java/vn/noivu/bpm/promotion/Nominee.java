package vn.noivu.bpm.promotion;

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
}
