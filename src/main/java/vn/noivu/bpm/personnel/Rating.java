package vn.noivu.bpm.personnel;

import java.util.Locale;

/** The yearly quality rating of a civil servant or public employee, best first. */
public enum Rating {
    HOAN_THANH_XUAT_SAC("Hoàn thành xuất sắc nhiệm vụ"),
    HOAN_THANH_TOT("Hoàn thành tốt nhiệm vụ"),
    HOAN_THANH("Hoàn thành nhiệm vụ"),
    KHONG_HOAN_THANH("Không hoàn thành nhiệm vụ");

    public final String label;

    Rating(String label) {
        this.label = label;
    }

    /** The code or the Vietnamese wording of a register export; null when it is neither. */
    public static Rating parse(String text) {
        String value = text.trim();
        for (Rating rating : values()) {
            if (rating.name().equalsIgnoreCase(value) || rating.label.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                return rating;
            }
        }
        return null;
    }
}
