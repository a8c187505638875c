package vn.noivu.bpm.commendation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.noivu.bpm.personnel.Rating;

/**
 * The legal rules of emulation and commendation for one case, from its rule tables (bpmn/commendation/*.dmn, the
 * versions the case pinned): titles of individuals and collectives, the council's vote, the decider, the bonus. What
 * the law says and its citations are in the tables, dated by regime (Decree 98/2023 until 30/06/2025, Decree
 * 152/2025 from 01/07/2025); here are only the facts the tables need and the arithmetic around them.
 */
public final class CommendationRules {

    public static final String INDIVIDUAL_KEY = "commendation-individual-titles";
    public static final String COLLECTIVE_KEY = "commendation-collective-titles";
    public static final String VOTE_KEY = "commendation-council-vote";
    public static final String BONUS_KEY = "commendation-bonus";
    public static final String BASE_SALARY_KEY = "commendation-base-salary";
    public static final String DECIDERS_KEY = "commendation-deciders";
    public static final String TIE_RULE_KEY = "commendation-tie-rule";
    public static final List<String> KEYS = List.of(INDIVIDUAL_KEY, COLLECTIVE_KEY, VOTE_KEY, BONUS_KEY,
            BASE_SALARY_KEY, DECIDERS_KEY, TIE_RULE_KEY);

    /** What a title check says about a nominee. */
    public enum Outcome {
        DU_DIEU_KIEN("đủ điều kiện"), KHONG_DU_DIEU_KIEN("không đủ điều kiện"), HOAN_XET("hoãn xét");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** {@code legalBasis}: the regime whose row decided, ND-98-2023 or ND-152-2025. */
    public record Verdict(Title title, boolean eligible, Outcome outcome, String reason, String citation,
                          String legalBasis) {
    }

    public record DeciderRow(Decider decider, String citation) {
    }

    /** A bonus: multiplier × the base salary in force on the decision date, rounded up only if the table says so. */
    public record Bonus(Title title, BigDecimal multiplier, long baseSalary, BigDecimal amount, String citation,
                        String baseSalaryCitation) {
    }

    private final RuleTable individual;
    private final RuleTable collective;
    private final RuleTable vote;
    private final RuleTable bonus;
    private final RuleTable baseSalary;
    private final RuleTable deciders;
    private final RuleTable tieRule;

    /** {@code tables}: each key of {@link #KEYS} to the case's version of that table. */
    public CommendationRules(Function<String, RuleTable> tables) {
        this.individual = tables.apply(INDIVIDUAL_KEY);
        this.collective = tables.apply(COLLECTIVE_KEY);
        this.vote = tables.apply(VOTE_KEY);
        this.bonus = tables.apply(BONUS_KEY);
        this.baseSalary = tables.apply(BASE_SALARY_KEY);
        this.deciders = tables.apply(DECIDERS_KEY);
        this.tieRule = tables.apply(TIE_RULE_KEY);
    }

    /** An individual title (P1, P3, P5, P5b, P10, P16, P17). CSTĐ cơ sở asks for Lao động tiên tiến first. */
    public Verdict individual(Title title, IndividualFacts facts) {
        if (title.subject() != Title.Subject.CA_NHAN) {
            throw new IllegalArgumentException(title.label() + " là danh hiệu của tập thể");
        }
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("title", title.name());
        inputs.put("effectiveOn", facts.effectiveOn());
        inputs.put("openProceedings", facts.openProceedings());
        inputs.put("rating", facts.rating() == null ? "KHONG_CO" : facts.rating().name());
        inputs.put("maternityLeave", facts.maternityLeave());
        inputs.put("advancedWorker", title == Title.CHIEN_SI_THI_DUA_CO_SO
                && individual(Title.LAO_DONG_TIEN_TIEN, facts).eligible());
        inputs.put("initiatives", facts.initiatives());
        inputs.put("scienceWorkAccepted", facts.scienceWorkAccepted());
        inputs.put("combatIngenuity", facts.combatIngenuity());
        inputs.put("baseTitleStreak", facts.baseTitleStreak());
        inputs.put("provinceWideInitiative", facts.provinceWideInitiative());
        inputs.put("excellentYearsStreak", facts.excellentYearsStreak());
        inputs.put("initiativesInPeriod", facts.initiativesInPeriod());
        return verdict(title, row(individual, INDIVIDUAL_KEY, inputs));
    }

    /** A collective title (P7, P8, P9, P16). */
    public Verdict collective(Title title, CollectiveFacts facts) {
        if (title.subject() != Title.Subject.TAP_THE) {
            throw new IllegalArgumentException(title.label() + " là danh hiệu của cá nhân");
        }
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("title", title.name());
        inputs.put("effectiveOn", facts.effectiveOn());
        inputs.put("openProceedings", facts.openProceedings());
        inputs.put("members", facts.members());
        inputs.put("membersCompletingTasks", facts.membersCompletingTasks());
        inputs.put("advancedWorkers", facts.advancedWorkers());
        inputs.put("baseEmulationFighters", facts.baseEmulationFighters());
        inputs.put("heaviestDiscipline", facts.heaviestDiscipline().name());
        return verdict(title, row(collective, COLLECTIVE_KEY, inputs));
    }

    private static Verdict verdict(Title title, Map<String, Object> row) {
        return new Verdict(title, Boolean.TRUE.equals(row.get("eligible")), Outcome.valueOf((String) row.get("outcome")),
                (String) row.get("reason"), (String) row.get("citation"), (String) row.get("legalBasis"));
    }

    /** Whether the council votes on a title, and its threshold (P6, P6a, P6b). */
    public CouncilVote.Rule voteRule(Title title, LocalDate effectiveOn) {
        Map<String, Object> row = row(vote, VOTE_KEY, Map.of("title", title.name(), "effectiveOn", effectiveOn));
        Object threshold = row.get("thresholdPercent");
        return new CouncilVote.Rule(Boolean.TRUE.equals(row.get("voteRequired")),
                threshold == null ? null : ((Number) threshold).intValue(), Boolean.TRUE.equals(row.get("secretBallot")),
                (String) row.get("citation"), (String) row.get("legalBasis"));
    }

    /** Who decides a title proposed by a unit of this kind (Law Art. 80; Decree 129/2025 Art. 59 for communes). */
    public DeciderRow decider(Title title, Decider.UnitKind unitKind, LocalDate effectiveOn) {
        Map<String, Object> row = row(deciders, DECIDERS_KEY, Map.of("title", title.name(), "unitKind", unitKind.name(),
                "effectiveOn", effectiveOn));
        return new DeciderRow(Decider.valueOf((String) row.get("decider")), (String) row.get("citation"));
    }

    /** The bonus of a title decided on a day (P14, P15); empty when the table has no multiplier for the title. */
    /** The tie rule of a case started on {@code effectiveOn} (P18). */
    public TieRule tieRule(LocalDate effectiveOn) {
        Map<String, Object> row = row(tieRule, TIE_RULE_KEY, Map.of("effectiveOn", effectiveOn));
        return new TieRule(((Number) row.get("womenPercent")).intValue(), (String) row.get("citation"));
    }

    public Optional<Bonus> bonus(Title title, LocalDate decisionDate) {
        Map<String, Object> multiplierRow = bonus.firstRow(Map.of("title", title.name(), "decisionDate", decisionDate));
        if (multiplierRow == null) {
            return Optional.empty();
        }
        Map<String, Object> salaryRow = row(baseSalary, BASE_SALARY_KEY, Map.of("decisionDate", decisionDate));
        BigDecimal multiplier = new BigDecimal(multiplierRow.get("multiplier").toString());
        long salary = ((Number) salaryRow.get("baseSalary")).longValue();
        BigDecimal amount = multiplier.multiply(BigDecimal.valueOf(salary));
        Object roundUpTo = multiplierRow.get("roundUpTo");
        if (roundUpTo != null) {
            BigDecimal step = BigDecimal.valueOf(((Number) roundUpTo).longValue());
            amount = amount.divide(step, 0, RoundingMode.CEILING).multiply(step);
        }
        return Optional.of(new Bonus(title, multiplier, salary, amount.setScale(0, RoundingMode.UNNECESSARY),
                (String) multiplierRow.get("citation"), (String) salaryRow.get("citation")));
    }

    private static Map<String, Object> row(RuleTable table, String key, Map<String, Object> inputs) {
        Map<String, Object> row = table.firstRow(inputs);
        if (row == null) {
            throw new IllegalStateException("Rule table " + key + " has no row for " + inputs);
        }
        return row;
    }

    /**
     * Consecutive years ending in {@code year} among {@code years} (e.g. the years of a person's CSTĐ cơ sở in the
     * award register, P5): a missing year breaks the streak, which starts again after it (C6).
     */
    public static int streakEndingIn(Collection<Integer> years, int year) {
        Set<Integer> held = Set.copyOf(years);
        int streak = 0;
        while (held.contains(year - streak)) {
            streak++;
        }
        return streak;
    }

    /** Consecutive years rated "Hoàn thành xuất sắc nhiệm vụ" ending in {@code year} (P10). */
    public static int excellentStreakEndingIn(Map<Integer, Rating> ratings, int year) {
        return streakEndingIn(ratings.entrySet().stream().filter(e -> e.getValue() == Rating.HOAN_THANH_XUAT_SAC)
                .map(Map.Entry::getKey).toList(), year);
    }
}
