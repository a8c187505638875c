package vn.noivu.bpm.commendation.domain;

import java.util.Collection;
import java.util.Comparator;

/**
 * Discipline forms of civil servants and public employees, lightest first, for "nobody disciplined at cảnh cáo or
 * above" (P8): the table commendation-collective-titles reads the heaviest form of the year.
 */
public enum DisciplineLevel {
    KHONG("không bị kỷ luật"),
    KHIEN_TRACH("khiển trách"),
    CANH_CAO("cảnh cáo"),
    HA_BAC_LUONG("hạ bậc lương"),
    GIANG_CHUC("giáng chức"),
    CACH_CHUC("cách chức"),
    BUOC_THOI_VIEC("buộc thôi việc");

    private final String label;

    DisciplineLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The heaviest form among the members' (KHONG when nobody was disciplined). */
    public static DisciplineLevel heaviest(Collection<DisciplineLevel> levels) {
        return levels.stream().max(Comparator.naturalOrder()).orElse(KHONG);
    }
}
