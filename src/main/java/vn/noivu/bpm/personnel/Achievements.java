package vn.noivu.bpm.personnel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A person's highest recognised achievement, from the register import and the award register together, ranked as
 * promotion ranks them: a ministry's, province's or higher award (BO_TINH) before the unit's (CO_SO); at the same
 * level the later one, an undated import first (its year is unknown, so rules that look at the year count it).
 */
public final class Achievements {

    private static final Comparator<Person.Achievement> HIGHEST_FIRST = Comparator
            .comparingInt((Person.Achievement a) -> "BO_TINH".equals(a.level()) ? 0 : 1)
            .thenComparing(Person.Achievement::year, Comparator.nullsFirst(Comparator.reverseOrder()));

    private Achievements() {
    }

    /** Null when neither source has any; on a full tie the imported one. */
    public static Person.Achievement highest(Person.Achievement imported, List<Award> awards) {
        List<Person.Achievement> all = new ArrayList<>();
        if (imported != null) {
            all.add(imported);
        }
        awards.forEach(award -> all.add(award.asAchievement()));
        return all.stream().min(HIGHEST_FIRST).orElse(null);
    }
}
