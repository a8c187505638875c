package vn.noivu.bpm.promotion.domain;

import vn.noivu.bpm.exam.Outcome;
import vn.noivu.bpm.promotion.PromotionVocabulary;

/** Between the shared selection's outcomes and the outcomes a promotion round publishes. */
public final class Selections {

    private Selections() {
    }

    public static PromotionVocabulary.Outcome published(Outcome outcome) {
        return switch (outcome) {
            case WINNER -> PromotionVocabulary.Outcome.TRUNG_TUYEN;
            case AWAITING_DECISION -> PromotionVocabulary.Outcome.CHO_QUYET_DINH;
            default -> PromotionVocabulary.Outcome.KHONG_TRUNG_TUYEN;
        };
    }

    /** A ranked nominee's outcome as the shared selection knows it (for the head's decision on a tie). */
    public static Outcome shared(PromotionVocabulary.Outcome outcome) {
        return switch (outcome) {
            case TRUNG_TUYEN -> Outcome.WINNER;
            case CHO_QUYET_DINH -> Outcome.AWAITING_DECISION;
            default -> Outcome.NOT_SELECTED;
        };
    }

    /** A display-only summary of a list for a task form: the first lines within the variable's size. */
    public static String summary(String title, java.util.List<String> lines) {
        StringBuilder text = new StringBuilder(title).append('\n');
        for (String line : lines) {
            if (text.length() + line.length() > 3800) {
                text.append("…\n");
                break;
            }
            text.append(line).append('\n');
        }
        return text.toString();
    }
}
