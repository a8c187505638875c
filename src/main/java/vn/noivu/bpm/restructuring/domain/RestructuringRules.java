package vn.noivu.bpm.restructuring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import static vn.noivu.bpm.restructuring.domain.RuleRows.asInteger;
import static vn.noivu.bpm.restructuring.domain.RuleRows.percent;
import static vn.noivu.bpm.restructuring.domain.RuleRows.plain;
import static vn.noivu.bpm.restructuring.domain.RuleRows.ratio;
import static vn.noivu.bpm.restructuring.domain.RuleRows.require;

/**
 * The legal rules of restructuring administrative units, from the rule tables of bpmn/restructuring/: the standards
 * of each regime and unit kind with their special factors, the 2023-2025 "subject to restructuring" rule, the 2025
 * orientation standards, the consultation threshold, the People's Council majority and the classification period.
 * What the law says and its citations are in the tables; here are the facts the tables need and the arithmetic.
 */
public final class RestructuringRules {

    public static final String STANDARDS_KEY = "restructuring-unit-standards";
    public static final String SPECIAL_FACTORS_KEY = "restructuring-special-factors";
    public static final String SUBJECT_KEY = "restructuring-subject-nq35";
    public static final String ORIENTATION_KEY = "restructuring-orientation-nq76";
    public static final String CONSULTATION_KEY = "restructuring-consultation";
    public static final String COUNCIL_KEY = "restructuring-council-majority";
    public static final String CLASSIFICATION_KEY = "restructuring-classification";
    public static final List<String> KEYS = List.of(STANDARDS_KEY, SPECIAL_FACTORS_KEY, SUBJECT_KEY, ORIENTATION_KEY,
            CONSULTATION_KEY, COUNCIL_KEY, CLASSIFICATION_KEY);

    /**
     * The standard a unit is measured against on a day: the table's minimums ({@code basePopulation}) and the
     * population minimum after the special factors ({@code minPopulation}); null values: no confirmed standard.
     */
    public record Standard(UnitKind kind, Long basePopulation, Long minPopulation, BigDecimal minAreaKm2,
                           String otherCriteria, List<String> citations, String legalBasis, boolean confirmed) {

        public boolean exists() {
            return minPopulation != null || minAreaKm2 != null;
        }
    }

    /** A unit against a standard: each value as a percentage of its minimum, and what is not met, in Vietnamese. */
    public record StandardCheck(Standard standard, BigDecimal areaPercent, BigDecimal populationPercent, Boolean areaMet,
                                Boolean populationMet, List<String> unmet) {

        /** Met when every checked minimum is reached (a standard that is not confirmed is not met automatically). */
        public boolean met() {
            return standard.exists() && !Boolean.FALSE.equals(areaMet) && !Boolean.FALSE.equals(populationMet);
        }
    }

    /** Resolution 35/2023 (2023-2025, repealed 15/04/2025): whether a unit must be restructured, and by which rule. */
    public record SubjectCheck(boolean subject, String rule, BigDecimal areaPercent, BigDecimal populationPercent,
                               Standard standard, String citation) {
    }

    /**
     * Resolution 76/2025 Art. 4-5: {@code checked} false when the standards need not be considered (03 or more
     * units merged, island districts); otherwise the minimums, the values as percentages of the reference standard,
     * what is not met and what the law says happens then.
     */
    public record OrientationCheck(boolean checked, BigDecimal minAreaKm2, Long minPopulation,
                                   Integer requiredAreaPercent, Integer requiredPopulationPercent,
                                   BigDecimal areaPercent, BigDecimal populationPercent, List<String> unmet,
                                   String ifNotMet, List<String> citations) {

        public boolean met() {
            return !checked || unmet.isEmpty();
        }
    }

    public record ConsultationRule(String denominator, String comparator, int thresholdPercent, Integer periodDays,
                                   String onFailure, String citation, String legalBasis) {

        /** "từ 50% trở lên" or "trên 50%". */
        public String wording() {
            return "TU_TRO_LEN".equals(comparator) ? "từ " + thresholdPercent + "% trở lên" : "trên " + thresholdPercent + "%";
        }
    }

    /** A consultation's result over ALL households (or voters) of the area, not over those who took part. */
    public record ConsultationResult(boolean passed, BigDecimal agreePercentOfTotal, long total, long participating,
                                     long agree, ConsultationRule rule, String nextStep) {
    }

    public record CouncilResult(boolean adopted, int delegates, int yes, String comparator, int thresholdPercent,
                                String citation) {
    }

    /** How a change of units is classified: by when, and in which class until then. */
    public enum Change {
        SAP_XEP_2025, KHONG_SAP_XEP, NHAP_HOP_NHAT, CHIA_TACH, THANH_LAP
    }

    public record Classification(LocalDate dueDate, UnitClass interimClass, String interimRule, String citation) {
    }

    private final StandardsTable standardsTables;
    private final RuleTable subject;
    private final RuleTable orientation;
    private final RuleTable consultation;
    private final RuleTable council;
    private final RuleTable classification;

    /** {@code tables}: each key of {@link #KEYS} to the version of that table in use. */
    public RestructuringRules(Function<String, RuleTable> versions) {
        Function<String, RuleTable> tables = key -> RuleRows.memoized(versions.apply(key));
        this.standardsTables = new StandardsTable(tables.apply(STANDARDS_KEY), tables.apply(SPECIAL_FACTORS_KEY));
        this.subject = tables.apply(SUBJECT_KEY);
        this.orientation = tables.apply(ORIENTATION_KEY);
        this.consultation = tables.apply(CONSULTATION_KEY);
        this.council = tables.apply(COUNCIL_KEY);
        this.classification = tables.apply(CLASSIFICATION_KEY);
    }

    /** The standard of a unit's kind on a day, its population minimum lowered by the special factors that apply. */
    public Standard standard(UnitFacts facts, LocalDate on) {
        return standardsTables.standard(facts, on);
    }

    /** A unit against the standard of its kind on a day (R10, R10b). */
    public StandardCheck check(UnitFacts facts, LocalDate on) {
        Standard standard = standard(facts, on);
        List<String> unmet = new ArrayList<>();
        if (!standard.exists()) {
            unmet.add("Chưa có tiêu chuẩn xác nhận của " + facts.kind().label() + " để kiểm tra tự động.");
            return new StandardCheck(standard, null, null, null, null, List.copyOf(unmet));
        }
        BigDecimal areaPercent = null;
        Boolean areaMet = null;
        if (standard.minAreaKm2() != null) {
            areaPercent = percent(facts.areaKm2(), standard.minAreaKm2());
            areaMet = facts.areaKm2().compareTo(standard.minAreaKm2()) >= 0;
            if (!areaMet) {
                unmet.add("Diện tích tự nhiên " + plain(facts.areaKm2()) + " km² bằng " + plain(areaPercent)
                        + "% tiêu chuẩn, chưa đạt " + plain(standard.minAreaKm2()) + " km².");
            }
        }
        BigDecimal populationPercent = null;
        Boolean populationMet = null;
        if (standard.minPopulation() != null) {
            populationPercent = percent(BigDecimal.valueOf(facts.population()), BigDecimal.valueOf(standard.minPopulation()));
            populationMet = facts.population() >= standard.minPopulation();
            if (!populationMet) {
                unmet.add("Quy mô dân số " + facts.population() + " người bằng " + plain(populationPercent)
                        + "% tiêu chuẩn, chưa đạt " + standard.minPopulation() + " người.");
            }
        }
        return new StandardCheck(standard, areaPercent, populationPercent, areaMet, populationMet, List.copyOf(unmet));
    }

    /**
     * Resolution 35/2023 (R1-R6, R12): {@code phase} "2023-2025" or "2026-2030"; ratios to the standard in force on
     * {@code standardsOn} (Resolution 1211/2016 as amended, with its Art. 3a adjustment).
     */
    public SubjectCheck subjectToRestructuring(UnitFacts facts, LocalDate standardsOn, String phase, boolean exempt) {
        if (facts.kind().level() == UnitKind.Level.TINH) {
            throw new IllegalArgumentException("Nghị quyết 35/2023 chỉ áp dụng cho đơn vị cấp huyện, cấp xã");
        }
        Standard standard = standard(facts, standardsOn);
        if (standard.minAreaKm2() == null || standard.minPopulation() == null) {
            throw new IllegalArgumentException("Không có tiêu chuẩn của " + facts.kind().label() + " để tính tỷ lệ");
        }
        BigDecimal area = ratio(facts.areaKm2(), standard.minAreaKm2());
        BigDecimal population = ratio(BigDecimal.valueOf(facts.population()), BigDecimal.valueOf(standard.minPopulation()));
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("phase", phase);
        inputs.put("level", facts.kind().level().name());
        inputs.put("exempt", exempt);
        inputs.put("areaPercent", area.doubleValue());
        inputs.put("populationPercent", population.doubleValue());
        Map<String, Object> row = require(subject.firstRow(inputs), SUBJECT_KEY);
        return new SubjectCheck(Boolean.TRUE.equals(row.get("subject")), (String) row.get("rule"),
                area.setScale(2, RoundingMode.HALF_UP), population.setScale(2, RoundingMode.HALF_UP), standard,
                (String) row.get("citation"));
    }

    /**
     * Resolution 76/2025 Art. 4-5 for a unit formed in the 2025 restructuring (R13-R15, R10b): from
     * {@code mergedUnits} units, in an island district or not, in a province of {@code provinceKind}.
     */
    public OrientationCheck orientation(UnitFacts facts, int mergedUnits, boolean islandDistrict, UnitKind provinceKind,
                                        boolean mountainOrBorderProvince, LocalDate on) {
        return OrientationTable.check(orientation, standardsTables, facts, mergedUnits, islandDistrict, provinceKind,
                mountainOrBorderProvince, on);
    }

    /** The consultation rule of a consultation started on a day. */
    public ConsultationRule consultationRule(LocalDate startedOn) {
        Map<String, Object> row = require(consultation.firstRow(Map.of("startedOn", startedOn)), CONSULTATION_KEY);
        return new ConsultationRule((String) row.get("denominator"), (String) row.get("comparator"),
                ((Number) row.get("thresholdPercent")).intValue(), asInteger(row.get("periodDays")),
                (String) row.get("onFailure"), (String) row.get("citation"), (String) row.get("legalBasis"));
    }

    /** A commune's tally against the rule (R8, R9): agreeing over ALL households or voters of the area. */
    public ConsultationResult consultation(LocalDate startedOn, long total, long participating, long agree) {
        if (total <= 0 || participating < 0 || agree < 0 || participating > total || agree > participating) {
            throw new IllegalArgumentException("0 ≤ đồng ý ≤ tham gia ≤ tổng số, tổng số > 0");
        }
        ConsultationRule rule = consultationRule(startedOn);
        boolean passed = reaches(agree, total, rule.comparator(), rule.thresholdPercent());
        return new ConsultationResult(passed, percent(BigDecimal.valueOf(agree), BigDecimal.valueOf(total)), total,
                participating, agree, rule, passed ? null : rule.onFailure());
    }

    /** A People's Council's vote on a scheme (R11): yes votes over ALL its delegates. */
    public CouncilResult councilVote(UnitKind.Level level, LocalDate on, int delegates, int yes) {
        if (delegates <= 0 || yes < 0 || yes > delegates) {
            throw new IllegalArgumentException("0 ≤ tán thành ≤ tổng số đại biểu, tổng số > 0");
        }
        Map<String, Object> row = require(council.firstRow(Map.of("councilLevel", level.name(), "on", on)), COUNCIL_KEY);
        String comparator = (String) row.get("comparator");
        int threshold = ((Number) row.get("thresholdPercent")).intValue();
        return new CouncilResult(reaches(yes, delegates, comparator, threshold), delegates, yes, comparator, threshold,
                (String) row.get("citation"));
    }

    /** When a changed unit must be classified and its class until then (Decree 307/2025 Art. 15; R16). */
    public Classification classification(Change change, LocalDate effectiveOn, List<UnitClass> predecessorClasses) {
        Map<String, Object> row = require(classification.firstRow(Map.of("change", change.name(), "effectiveOn", effectiveOn)),
                CLASSIFICATION_KEY);
        String fixed = (String) row.get("fixedDueDate");
        Integer months = asInteger(row.get("withinMonths"));
        LocalDate due = fixed != null && !fixed.isEmpty() ? LocalDate.parse(fixed)
                : months == null ? null : effectiveOn.plusMonths(months);
        String interimRule = (String) row.get("interimClass");
        UnitClass interim = switch (interimRule == null ? "" : interimRule) {
            case "CAO_NHAT_TRUOC_SAP_XEP" -> predecessorClasses.stream().min(Comparator.naturalOrder()).orElse(null);
            case "LOAI_III" -> UnitClass.LOAI_III;
            default -> null;
        };
        return new Classification(due, interim, interimRule, (String) row.get("citation"));
    }

    private static boolean reaches(long part, long whole, String comparator, int thresholdPercent) {
        long scaled = part * 100;
        long limit = (long) thresholdPercent * whole;
        return "TU_TRO_LEN".equals(comparator) ? scaled >= limit : scaled > limit;
    }

}
