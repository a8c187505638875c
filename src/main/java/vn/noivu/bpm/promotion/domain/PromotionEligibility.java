package vn.noivu.bpm.promotion.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.noivu.bpm.personnel.Rating;

/**
 * Eligibility for promotion from the rule tables promotion-eligibility and promotion-title-standards: the facts
 * are computed here from the register (months in the lower grade on the filing deadline, equivalent time, last
 * year's rating, awards and years rated excellent in the lower grade); what counts and the numbers are in the tables.
 */
public final class PromotionEligibility {

    public record Verdict(boolean eligible, String reason, String citation) {
    }

    private PromotionEligibility() {
    }

    public static Verdict evaluate(RuleTable eligibility, RuleTable standards, String legalBasis, LocalDate roundDate,
                                   LocalDate filingDeadline, Nominee nominee) {
        Map<String, Object> standard = standards.firstRow(Map.of("targetTitle", nominee.targetTitle()));
        if (standard == null) {
            return new Verdict(false, "Chưa có tiêu chuẩn cho ngạch, hạng dự xét " + nominee.targetTitle()
                    + " trong bảng promotion-title-standards", "promotion-title-standards");
        }
        Map<String, Object> result = eligibility.firstRow(facts(standard, legalBasis, roundDate, filingDeadline, nominee));
        if (result == null) {
            throw new IllegalStateException("promotion-eligibility has no row for legal basis " + legalBasis);
        }
        return new Verdict(Boolean.TRUE.equals(result.get("eligible")), (String) result.get("reason"),
                (String) result.get("citation"));
    }

    private static Map<String, Object> facts(Map<String, Object> standard, String legalBasis, LocalDate roundDate,
                                             LocalDate filingDeadline, Nominee nominee) {
        int actual = nominee.person().monthsInRank(filingDeadline);
        Rating rating = nominee.lastYearRating(roundDate);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("legalBasis", legalBasis);
        inputs.put("effectiveOn", roundDate);
        inputs.put("lastYearRating", rating == null ? "KHONG_CO" : rating.name());
        inputs.put("disciplineBars", nominee.person().disciplineBars(filingDeadline));
        inputs.put("vacancy", nominee.vacancy());
        inputs.put("monthsInLowerGrade", actual + nominee.person().equivalentMonths());
        inputs.put("actualMonthsInLowerGrade", actual);
        inputs.put("equivalentCounted", nominee.person().equivalentMonths() > 0);
        inputs.put("certificatesMet", nominee.certificatesMet());
        inputs.put("requiredMonths", ((Number) standard.get("requiredMonths")).intValue());
        inputs.put("minActualMonths", ((Number) standard.get("minActualMonths")).intValue());
        // Tables pinned before these columns existed ask for no achievement.
        inputs.put("achievementRequired", Boolean.TRUE.equals(standard.get("achievementRequired")));
        Object minExcellentYears = standard.get("minExcellentYears");
        inputs.put("minExcellentYears", minExcellentYears == null ? 0 : ((Number) minExcellentYears).intValue());
        inputs.put("provincialAward", nominee.provincialAwardInLowerGrade());
        inputs.put("excellentYears", nominee.excellentYearsInLowerGrade(roundDate));
        return inputs;
    }
}
