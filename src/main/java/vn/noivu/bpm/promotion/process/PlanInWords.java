package vn.noivu.bpm.promotion.process;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.noivu.bpm.promotion.PromotionVocabulary;
import vn.noivu.bpm.promotion.PromotionVocabulary.Method;
import vn.noivu.bpm.promotion.PromotionVocabulary.StaffType;
import vn.noivu.bpm.promotion.persistence.PromotionRepository.RoundRow;
import vn.noivu.bpm.promotion.web.PromotionRoundRequest;

/** A promotion plan as the head reads it: words, not codes; dates dd/MM/yyyy; and what a revision changed. */
final class PlanInWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PlanInWords() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String summary(PromotionRoundRequest r) {
        return "Đối tượng: " + r.staffType().label() + "; hình thức: " + r.method().label()
                + "; ngạch, hạng dự xét: " + PromotionVocabulary.targetTitleLabel(r.targetTitle())
                + "; chỉ tiêu: " + r.quota() + "; cơ quan: " + r.authority() + "; ngày kỳ xét: " + date(r.roundDate())
                + "; hạn nộp hồ sơ: " + date(r.filingDeadline()) + "; Hội đồng " + r.councilMembers() + " thành viên.";
    }

    /** "Chỉ tiêu: 1 → 2; …", or an empty string when the plan is the same. */
    static String changes(RoundRow before, PromotionRoundRequest after) {
        List<String> changes = new ArrayList<>();
        change(changes, "Tên kỳ xét", before.title(), after.title());
        change(changes, "Cơ quan", before.authority(), after.authority());
        change(changes, "Đối tượng", StaffType.valueOf(before.staffType()).label(), after.staffType().label());
        change(changes, "Hình thức", Method.valueOf(before.method()).label(), after.method().label());
        change(changes, "Ngạch, hạng dự xét", PromotionVocabulary.targetTitleLabel(before.targetTitle()),
                PromotionVocabulary.targetTitleLabel(after.targetTitle()));
        change(changes, "Chỉ tiêu", String.valueOf(before.quota()), String.valueOf(after.quota()));
        change(changes, "Ngày kỳ xét", date(before.roundDate()), date(after.roundDate()));
        change(changes, "Hạn nộp hồ sơ", date(before.filingDeadline()), date(after.filingDeadline()));
        change(changes, "Số thành viên Hội đồng", String.valueOf(before.councilMembers()),
                String.valueOf(after.councilMembers()));
        return String.join("; ", changes);
    }

    private static void change(List<String> changes, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + ": " + before + " → " + after);
        }
    }
}
