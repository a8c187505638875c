package vn.noivu.bpm.personnel;

import java.time.Instant;
import java.time.LocalDate;
import vn.noivu.bpm.personnel.AwardVocabulary.HolderType;
import vn.noivu.bpm.personnel.AwardVocabulary.Kind;
import vn.noivu.bpm.personnel.AwardVocabulary.Source;
import vn.noivu.bpm.personnel.AwardVocabulary.Title;

/** One decided award of the register: who holds it, the title and year, and the decision that gave it. */
public record Award(long id, Holder holder, Title title, int year, Kind kind, Decision decision, Source source,
                    String sourceReference, String createdBy, Instant createdAt) {

    /** A person of the personnel register (by citizen ID; the name read from the register), or a collective. */
    public record Holder(HolderType type, String citizenId, String fullName, String unitCode, String unitName) {

        public static Holder person(String citizenId) {
            return new Holder(HolderType.CA_NHAN, citizenId, null, null, null);
        }

        public static Holder collective(String unitCode, String unitName) {
            return new Holder(HolderType.TAP_THE, null, null, unitCode, unitName);
        }
    }

    /** The decision (quyết định) of the competent authority: number, date, who decided. */
    public record Decision(String number, LocalDate date, String decider) {
    }

    /** What a decision gives one holder, before it is recorded. */
    public record Given(Holder holder, Title title, int year, Kind kind) {
    }

    /** As promotion ranks achievements: the level the personnel import would give this award. */
    public Person.Achievement asAchievement() {
        return new Person.Achievement(title.label(), title.level().achievementLevel(), year);
    }
}
