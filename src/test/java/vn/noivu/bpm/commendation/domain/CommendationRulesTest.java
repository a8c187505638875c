package vn.noivu.bpm.commendation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.noivu.bpm.calendar.CalendarProperties;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.calendar.PeriodUnit;
import vn.noivu.bpm.calendar.WorkingCalendar;
import vn.noivu.bpm.commendation.domain.TieRule.Contender;
import vn.noivu.bpm.commendation.domain.CommendationRules.Outcome;
import vn.noivu.bpm.commendation.domain.CouncilVote.Tally;
import vn.noivu.bpm.commendation.domain.CommendationRules.Verdict;
import vn.noivu.bpm.personnel.Rating;

/** The worked examples C1-C13 of the commendation domain file on the shipped rule tables of bpmn/commendation/. */
class CommendationRulesTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final CommendationRules RULES = new CommendationRules(key -> rows(table(key)));
    /** A 2025 annual round started in December 2025: Decree 152/2025. */
    private static final LocalDate ROUND_2025 = LocalDate.of(2025, 12, 1);
    /** A 2024 annual round started in December 2024: Decree 98/2023. */
    private static final LocalDate ROUND_2024 = LocalDate.of(2024, 12, 2);

    private static DmnDecision table(String key) {
        try (InputStream in = CommendationRulesTest.class.getClassLoader()
                .getResourceAsStream("bpmn/commendation/" + key + ".dmn")) {
            return DMN.parseDecision(key, in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuleTable rows(DmnDecision decision) {
        return inputs -> {
            var row = DMN.evaluateDecisionTable(decision, inputs).getFirstResult();
            return row == null ? null : row.getEntryMap();
        };
    }

    private static IndividualFacts rated(Rating rating) {
        return IndividualFacts.rated(ROUND_2025, rating);
    }

    private static Verdict advancedWorker(IndividualFacts facts) {
        return RULES.individual(Title.LAO_DONG_TIEN_TIEN, facts);
    }

    private static Verdict baseFighter(IndividualFacts facts) {
        return RULES.individual(Title.CHIEN_SI_THI_DUA_CO_SO, facts);
    }

    @Test
    @DisplayName("C1: rated Hoàn thành tốt nhiệm vụ → Lao động tiên tiến")
    void c1() {
        Verdict verdict = advancedWorker(rated(Rating.HOAN_THANH_TOT));
        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.outcome()).isEqualTo(Outcome.DU_DIEU_KIEN);
        assertThat(verdict.title()).isEqualTo(Title.LAO_DONG_TIEN_TIEN);
        assertThat(verdict.legalBasis()).isEqualTo("ND-152-2025");
        assertThat(verdict.citation()).contains("Luật Thi đua, khen thưởng 06/2022/QH15, Điều 24 khoản 1");
    }

    @Test
    @DisplayName("C2: rated Hoàn thành nhiệm vụ → not Lao động tiên tiến, so not CSTĐ cơ sở")
    void c2() {
        Verdict ldtt = advancedWorker(rated(Rating.HOAN_THANH));
        assertThat(ldtt.eligible()).isFalse();
        assertThat(ldtt.outcome()).isEqualTo(Outcome.KHONG_DU_DIEU_KIEN);
        assertThat(ldtt.reason()).contains("hoàn thành tốt nhiệm vụ");
        assertThat(ldtt.citation()).contains("Điều 24 khoản 1 điểm a");
        Verdict cstd = baseFighter(rated(Rating.HOAN_THANH).withInitiatives(1));
        assertThat(cstd.eligible()).isFalse();
        assertThat(cstd.reason()).contains("Lao động tiên tiến");
        assertThat(cstd.citation()).contains("Điều 23 khoản 1");
        assertThat(advancedWorker(rated(null)).eligible()).as("not rated").isFalse();
    }

    @Test
    @DisplayName("C3: excellent, Lao động tiên tiến, 1 initiative → CSTĐ cơ sở candidate")
    void c3() {
        Verdict verdict = baseFighter(rated(Rating.HOAN_THANH_XUAT_SAC).withInitiatives(1));
        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.citation()).contains("Điều 23");
    }

    @Test
    @DisplayName("C3b: excellent, Lao động tiên tiến, no initiative → CSTĐ cơ sở candidate (Art. 23(2))")
    void c3b() {
        assertThat(baseFighter(rated(Rating.HOAN_THANH_XUAT_SAC)).eligible()).isTrue();
    }

    @Test
    @DisplayName("C3c: rated good, no initiative, no science work → not CSTĐ cơ sở; any one route is enough")
    void c3c() {
        Verdict verdict = baseFighter(rated(Rating.HOAN_THANH_TOT));
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.citation()).contains("Điều 23 khoản 2");
        assertThat(baseFighter(rated(Rating.HOAN_THANH_TOT).withInitiatives(1)).eligible()).as("initiative").isTrue();
        assertThat(baseFighter(rated(Rating.HOAN_THANH_TOT).withScienceWork()).eligible()).as("science").isTrue();
        assertThat(baseFighter(rated(Rating.HOAN_THANH_TOT).withCombatIngenuity()).eligible()).as("combat").isTrue();
    }

    @Test
    @DisplayName("C4: 40 Lao động tiên tiến, 7 eligible: no quota → 7; local quota 15% → 6; rounding is a parameter")
    void c4() {
        assertThat(LocalQuota.awardable(Optional.empty(), 40, 7)).isEqualTo(7);
        LocalQuota fifteen = new LocalQuota(new BigDecimal("0.15"), RoundingMode.DOWN, "Quy định của tỉnh");
        assertThat(fifteen.limit(40)).isEqualTo(6);
        assertThat(LocalQuota.awardable(Optional.of(fifteen), 40, 7)).isEqualTo(6);
        // 45 × 15% = 6.75: the province's rounding decides.
        assertThat(fifteen.limit(45)).isEqualTo(6);
        assertThat(new LocalQuota(new BigDecimal("0.15"), RoundingMode.HALF_UP, "").limit(45)).isEqualTo(7);
        // Each of the 7 still needs 80% of the council.
        assertThat(RULES.voteRule(Title.CHIEN_SI_THI_DUA_CO_SO, ROUND_2025).thresholdPercent()).isEqualTo(80);
    }

    @Test
    @DisplayName("C4b: council of 9, 7 agree, 2 absent without written opinion → 77.8% < 80% fails; 8/9 passes")
    void c4b() {
        CouncilVote.Rule rule = RULES.voteRule(Title.CHIEN_SI_THI_DUA_CO_SO, ROUND_2025);
        assertThat(rule.required()).isTrue();
        var seven = CouncilVote.outcome(rule, new Tally(9, 7, 0));
        assertThat(seven.passed()).isFalse();
        assertThat(seven.share()).isEqualTo("7/9 (77,8%)");
        assertThat(CouncilVote.outcome(rule, new Tally(9, 8, 1)).passed()).isTrue();
    }

    @Test
    @DisplayName("C5: CSTĐ cơ sở 2023-2025 and a province-wide initiative → CSTĐ cấp tỉnh")
    void c5() {
        int streak = CommendationRules.streakEndingIn(List.of(2023, 2024, 2025), 2025);
        assertThat(streak).isEqualTo(3);
        Verdict verdict = RULES.individual(Title.CHIEN_SI_THI_DUA_TINH,
                rated(Rating.HOAN_THANH_XUAT_SAC).withBaseTitleStreak(streak, true));
        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.citation()).contains("Điều 22 khoản 1");
        Verdict unitOnly = RULES.individual(Title.CHIEN_SI_THI_DUA_TINH,
                rated(Rating.HOAN_THANH_XUAT_SAC).withBaseTitleStreak(3, false));
        assertThat(unitOnly.eligible()).as("initiative of unit scope only").isFalse();
        assertThat(unitOnly.citation()).contains("Điều 22 khoản 1 điểm b");
    }

    @Test
    @DisplayName("C6: CSTĐ cơ sở 2022, 2023, 2025 (2024 missing): the streak ending 2025 is 1 → not CSTĐ cấp tỉnh")
    void c6() {
        int streak = CommendationRules.streakEndingIn(List.of(2022, 2023, 2025), 2025);
        assertThat(streak).as("restarts in 2025").isEqualTo(1);
        Verdict verdict = RULES.individual(Title.CHIEN_SI_THI_DUA_TINH,
                rated(Rating.HOAN_THANH_XUAT_SAC).withBaseTitleStreak(streak, true));
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reason()).contains("03 lần liên tục");
        assertThat(verdict.citation()).contains("Điều 22 khoản 1 điểm a");
    }

    @Test
    @DisplayName("C7: provincial council of 15, 13 agree (2 absent, no written vote) → 86.7% < 90% fails")
    void c7() {
        CouncilVote.Rule rule = RULES.voteRule(Title.CHIEN_SI_THI_DUA_TINH, ROUND_2025);
        assertThat(rule.thresholdPercent()).isEqualTo(90);
        assertThat(CouncilVote.outcome(rule, new Tally(15, 13, 0)).passed()).isFalse();
    }

    @Test
    @DisplayName("C8: same council, 14/15 agree → 93.3% passes, the Chairman of the province decides")
    void c8() {
        var result = CouncilVote.outcome(RULES.voteRule(Title.CHIEN_SI_THI_DUA_TINH, ROUND_2025), new Tally(15, 14, 1));
        assertThat(result.passed()).isTrue();
        assertThat(result.share()).isEqualTo("14/15 (93,3%)");
        assertThat(RULES.decider(Title.CHIEN_SI_THI_DUA_TINH, Decider.UnitKind.CO_QUAN_DON_VI, ROUND_2025).decider())
                .isEqualTo(Decider.CHU_TICH_UBND_TINH);
    }

    @Test
    @DisplayName("C8b: Cờ thi đua of the province, 12/15 agree → 80.0% ≥ 80% passes (inclusive)")
    void c8b() {
        CouncilVote.Rule rule = RULES.voteRule(Title.CO_THI_DUA_TINH, ROUND_2025);
        assertThat(rule.thresholdPercent()).isEqualTo(80);
        assertThat(CouncilVote.outcome(rule, new Tally(15, 12, 3)).passed()).isTrue();
        assertThat(CouncilVote.outcome(rule, new Tally(15, 11, 4)).passed()).isFalse();
    }

    @Test
    @DisplayName("P6b: Lao động tiên tiến, collectives, Bằng khen need no vote; the ballot is secret by default")
    void p6bNoVote() {
        for (Title title : List.of(Title.LAO_DONG_TIEN_TIEN, Title.TAP_THE_LAO_DONG_XUAT_SAC, Title.BANG_KHEN_TINH,
                Title.GIAY_KHEN)) {
            CouncilVote.Rule rule = RULES.voteRule(title, ROUND_2025);
            assertThat(rule.required()).as(title.name()).isFalse();
            assertThatThrownBy(() -> CouncilVote.outcome(rule, new Tally(9, 9, 0)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        CouncilVote.Rule secret = RULES.voteRule(Title.CHIEN_SI_THI_DUA_CO_SO, ROUND_2025);
        assertThat(secret.secretBallot()).isTrue();
        assertThat(secret.citation()).contains("bỏ phiếu kín: CHƯA XÁC NHẬN");
    }

    @Test
    @DisplayName("Votes: more ballots than members, or none, are refused")
    void badTallies() {
        assertThatThrownBy(() -> new Tally(9, 8, 2)).hasMessageContaining("không được quá số thành viên");
        assertThatThrownBy(() -> new Tally(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tally(9, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static CollectiveFacts collective(int members, int completing, int advanced, int fighters,
                                              DisciplineLevel discipline) {
        return new CollectiveFacts(ROUND_2025, false, members, completing, advanced, fighters, discipline);
    }

    @Test
    @DisplayName("C9: collective of 10 with 5 Lao động tiên tiến (50%, not > 50%) → not Tập thể LĐTT; 6 → eligible")
    void c9() {
        Verdict five = RULES.collective(Title.TAP_THE_LAO_DONG_TIEN_TIEN, collective(10, 10, 5, 0, DisciplineLevel.KHONG));
        assertThat(five.eligible()).isFalse();
        assertThat(five.reason()).contains("trên 50%");
        assertThat(five.citation()).contains("CHƯA XÁC NHẬN");
        assertThat(RULES.collective(Title.TAP_THE_LAO_DONG_TIEN_TIEN, collective(10, 10, 6, 0, DisciplineLevel.KHONG))
                .eligible()).isTrue();
    }

    @Test
    @DisplayName("C10: collective of 20, 15 LĐTT, 1 CSTĐ cơ sở → TTLĐXS; 13 LĐTT no; khiển trách yes; cảnh cáo no")
    void c10() {
        Title title = Title.TAP_THE_LAO_DONG_XUAT_SAC;
        Verdict good = RULES.collective(title, collective(20, 20, 15, 1, DisciplineLevel.KHONG));
        assertThat(good.eligible()).isTrue();
        assertThat(good.citation()).contains("Điều 27", "CHƯA XÁC NHẬN");
        assertThat(RULES.collective(title, collective(20, 20, 13, 1, DisciplineLevel.KHONG)).reason()).contains("70%");
        assertThat(RULES.collective(title, collective(20, 20, 14, 1, DisciplineLevel.KHONG)).eligible()).as("70% exactly")
                .isTrue();
        assertThat(RULES.collective(title, collective(20, 20, 15, 1, DisciplineLevel.KHIEN_TRACH)).eligible()).isTrue();
        Verdict warned = RULES.collective(title, collective(20, 20, 15, 1,
                DisciplineLevel.heaviest(List.of(DisciplineLevel.KHIEN_TRACH, DisciplineLevel.CANH_CAO))));
        assertThat(warned.eligible()).isFalse();
        assertThat(warned.reason()).contains("cảnh cáo");
        assertThat(RULES.collective(title, collective(20, 19, 15, 1, DisciplineLevel.KHONG)).reason()).contains("100%");
        assertThat(RULES.collective(title, collective(20, 20, 15, 0, DisciplineLevel.KHONG)).reason())
                .contains("Chiến sĩ thi đua cơ sở");
        assertThat(RULES.collective(Title.TAP_THE_LAO_DONG_TIEN_TIEN, collective(20, 20, 15, 0, DisciplineLevel.CANH_CAO))
                .eligible()).as("P8 for Tập thể LĐTT too").isFalse();
    }

    @Test
    @DisplayName("C11: excellent 2024 and 2025 with 2 initiatives → Bằng khen of the provincial Chairman (UNCONFIRMED); 1 initiative → no")
    void c11() {
        int excellent = CommendationRules.excellentStreakEndingIn(java.util.Map.of(2023, Rating.HOAN_THANH_TOT,
                2024, Rating.HOAN_THANH_XUAT_SAC, 2025, Rating.HOAN_THANH_XUAT_SAC), 2025);
        assertThat(excellent).isEqualTo(2);
        Verdict two = RULES.individual(Title.BANG_KHEN_TINH,
                rated(Rating.HOAN_THANH_XUAT_SAC).withExcellentYears(excellent, 2));
        assertThat(two.eligible()).isTrue();
        assertThat(two.citation()).contains("Điều 74", "CHƯA XÁC NHẬN");
        Verdict one = RULES.individual(Title.BANG_KHEN_TINH,
                rated(Rating.HOAN_THANH_XUAT_SAC).withExcellentYears(2, 1));
        assertThat(one.eligible()).isFalse();
        assertThat(one.reason()).contains("02 sáng kiến");
        assertThat(RULES.individual(Title.BANG_KHEN_TINH,
                rated(Rating.HOAN_THANH_XUAT_SAC).withExcellentYears(1, 2)).eligible()).as("one excellent year").isFalse();
    }

    @Test
    @DisplayName("Giấy khen: the province sets the criteria; the default row asks for a rating of good or better (UNCONFIRMED)")
    void giayKhen() {
        Verdict good = RULES.individual(Title.GIAY_KHEN, rated(Rating.HOAN_THANH_TOT));
        assertThat(good.eligible()).isTrue();
        assertThat(good.citation()).contains("Điều 75 khoản 2", "CHƯA XÁC NHẬN");
        assertThat(RULES.individual(Title.GIAY_KHEN, rated(Rating.HOAN_THANH)).eligible()).isFalse();
    }

    @Test
    @DisplayName("Every title has a vote row and a decider for every kind of unit, under both decrees")
    void everyTitleHasItsRows() {
        for (LocalDate day : List.of(ROUND_2024, ROUND_2025)) {
            for (Title title : Title.values()) {
                assertThat(RULES.voteRule(title, day).citation()).as(title.name()).isNotBlank();
                for (Decider.UnitKind kind : Decider.UnitKind.values()) {
                    assertThat(RULES.decider(title, kind, day).citation()).as(title + " " + kind).isNotBlank();
                }
            }
        }
        assertThat(RULES.decider(Title.LAO_DONG_TIEN_TIEN, Decider.UnitKind.XA, ROUND_2024).decider())
                .as("no district level any more: the commune chairman").isEqualTo(Decider.CHU_TICH_UBND_XA);
    }

    @Test
    @DisplayName("C12: an otherwise eligible CSTĐ cơ sở nominee under disciplinary review → postponed")
    void c12() {
        Verdict verdict = baseFighter(rated(Rating.HOAN_THANH_XUAT_SAC).withInitiatives(1).withOpenProceedings());
        assertThat(verdict.outcome()).isEqualTo(Outcome.HOAN_XET);
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.citation()).isEqualTo("Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4");
        CollectiveFacts inspected = new CollectiveFacts(ROUND_2025, true, 20, 20, 15, 1, DisciplineLevel.KHONG);
        assertThat(RULES.collective(Title.TAP_THE_LAO_DONG_XUAT_SAC, inspected).outcome()).isEqualTo(Outcome.HOAN_XET);
    }

    @Test
    @DisplayName("C12b: six months of maternity leave in 2025, rated good → Lao động tiên tiến (leave counts)")
    void c12b() {
        Verdict verdict = advancedWorker(rated(Rating.HOAN_THANH_TOT).withMaternityLeave());
        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.citation()).contains("Nghị định 152/2025/NĐ-CP, Điều 4 khoản 5");
        assertThat(advancedWorker(rated(Rating.HOAN_THANH).withMaternityLeave()).eligible())
                .as("leave does not lift the rating criterion").isFalse();
    }

    @Test
    @DisplayName("C12c: a commune-level civil servant proposed for CSTĐ cơ sở after 01/07/2025 → Chairman of the commune")
    void c12c() {
        var row = RULES.decider(Title.CHIEN_SI_THI_DUA_CO_SO, Decider.UnitKind.XA, ROUND_2025);
        assertThat(row.decider()).isEqualTo(Decider.CHU_TICH_UBND_XA);
        assertThat(row.citation()).contains("Nghị định 129/2025/NĐ-CP, Điều 59");
        assertThat(RULES.decider(Title.CHIEN_SI_THI_DUA_CO_SO, Decider.UnitKind.CO_QUAN_DON_VI, ROUND_2025).decider())
                .isEqualTo(Decider.THU_TRUONG_DON_VI);
        assertThat(RULES.decider(Title.LAO_DONG_TIEN_TIEN, Decider.UnitKind.DOANH_NGHIEP, ROUND_2025).decider())
                .isEqualTo(Decider.GIAM_DOC_DOANH_NGHIEP);
        for (Title title : List.of(Title.BANG_KHEN_TINH, Title.CHIEN_SI_THI_DUA_TINH,
                Title.TAP_THE_LAO_DONG_XUAT_SAC, Title.CO_THI_DUA_TINH)) {
            assertThat(RULES.decider(title, Decider.UnitKind.XA, ROUND_2025).decider()).as(title.name())
                    .isEqualTo(Decider.CHU_TICH_UBND_TINH);
        }
    }

    @Test
    @DisplayName("C12d: a complete dossier received Mon 05/01/2026, 20 working days → Mon 02/02/2026 (no days off)")
    void c12d(@TempDir Path holidays) throws IOException {
        var appraisal = new LegalPeriod(20, PeriodUnit.WORKING_DAYS,
                "Nghị định 98/2023/NĐ-CP, Điều 32 khoản 2; Quyết định 311/QĐ-BNV/2025");
        // The example's calendar: no day off and no make-up Saturday in January 2026.
        Files.writeString(holidays.resolve("2026.yaml"), """
                year: 2026
                confirmed: false
                source: "Ví dụ C12d: không có ngày nghỉ"
                daysOff: []
                workingSaturdays: []
                """);
        assertThat(appraisal.due(deadlines(holidays.toString()), LocalDate.of(2026, 1, 5))).isEqualTo(LocalDate.of(2026, 2, 2));
        // The shipped calendar makes Saturday 10/01/2026 a working day (swapped for Friday 02/01): one day earlier.
        assertThat(appraisal.due(deadlines("does-not-exist"), LocalDate.of(2026, 1, 5))).isEqualTo(LocalDate.of(2026, 1, 30));
    }

    private static Deadlines deadlines(String holidaysDir) {
        return new Deadlines(new WorkingCalendar(new PathMatchingResourcePatternResolver(),
                new CalendarProperties(holidaysDir)));
    }

    @Test
    @DisplayName("C13: bonuses on 2,340,000: CSTĐ cơ sở 2,340,000; LĐTT 702,000; TTLĐXS 3,510,000 (no rounding)")
    void c13() {
        LocalDate decided = LocalDate.of(2025, 12, 20);
        var fighter = RULES.bonus(Title.CHIEN_SI_THI_DUA_CO_SO, decided).orElseThrow();
        assertThat(fighter.baseSalary()).isEqualTo(2_340_000L);
        assertThat(fighter.amount()).isEqualByComparingTo("2340000");
        assertThat(fighter.citation()).contains("Nghị định 152/2025/NĐ-CP, Điều 50", "làm tròn (Điều 49): CHƯA XÁC NHẬN");
        assertThat(fighter.baseSalaryCitation()).contains("Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2");
        assertThat(RULES.bonus(Title.LAO_DONG_TIEN_TIEN, decided).orElseThrow().amount()).isEqualByComparingTo("702000");
        assertThat(RULES.bonus(Title.TAP_THE_LAO_DONG_XUAT_SAC, decided).orElseThrow().amount())
                .isEqualByComparingTo("3510000");
        // Decided before 01/07/2025: Decree 98/2023 Art. 54; before 01/07/2024: the older base salary.
        var earlier = RULES.bonus(Title.LAO_DONG_TIEN_TIEN, LocalDate.of(2024, 3, 1)).orElseThrow();
        assertThat(earlier.citation()).contains("Nghị định 98/2023/NĐ-CP, Điều 54 khoản 1");
        assertThat(earlier.baseSalaryCitation()).contains("Nghị định 24/2023/NĐ-CP", "CHƯA XÁC NHẬN");
        assertThat(earlier.amount()).isEqualByComparingTo("540000");
        assertThat(RULES.bonus(Title.GIAY_KHEN, decided)).as("no confirmed multiplier").isEmpty();
        // A province that confirms a rounding up to tens of thousands fills the table's roundUpTo column.
        CommendationRules roundingUp = new CommendationRules(key -> {
            RuleTable shipped = rows(table(key));
            return !key.equals(CommendationRules.BONUS_KEY) ? shipped : inputs -> {
                var row = new java.util.HashMap<>(shipped.firstRow(inputs));
                row.put("roundUpTo", 10_000);
                return row;
            };
        });
        assertThat(roundingUp.bonus(Title.LAO_DONG_TIEN_TIEN, decided).orElseThrow().amount()).isEqualByComparingTo("710000");
        assertThat(roundingUp.bonus(Title.CHIEN_SI_THI_DUA_CO_SO, decided).orElseThrow().amount())
                .isEqualByComparingTo("2340000");
    }

    @Test
    @DisplayName("P18: in a tie the woman, or the collective with at least 70% women, is preferred")
    void p18() {
        TieRule rule = RULES.tieRule(LocalDate.of(2025, 12, 1));
        assertThat(rule.womenPercent()).isEqualTo(70);
        assertThat(rule.citation()).contains("152/2025", "Điều 4 khoản 6");
        Contender man = Contender.person("A", false);
        Contender woman = Contender.person("B", true);
        assertThat(rule.preferredInTie(List.of(man, woman))).containsExactly(woman);
        assertThat(rule.preferredInTie(List.of(man, Contender.person("C", false)))).hasSize(2);
        Contender seventy = Contender.collective("T1", 10, 7);
        Contender sixty = Contender.collective("T2", 10, 6);
        assertThat(rule.preferredInTie(List.of(sixty, seventy))).containsExactly(seventy);
        assertThat(rule.preferredInTie(List.of(sixty, Contender.collective("T3", 1, 1)))).extracting(Contender::id)
                .containsExactly("T3");
        // A case of 2024 keeps the Decree 98/2023 row; a province that sets another share changes the row.
        assertThat(RULES.tieRule(LocalDate.of(2024, 6, 1)).citation()).contains("98/2023", "CHƯA XÁC NHẬN");
        assertThat(new TieRule(60, "quy định của tỉnh").preferredInTie(List.of(sixty, Contender.collective("T4", 10, 5))))
                .containsExactly(sixty);
    }

    @Test
    @DisplayName("A case started before 01/07/2025 keeps the Decree 98/2023 rows; one started after takes Decree 152/2025")
    void regimes() {
        IndividualFacts review = IndividualFacts.rated(ROUND_2024, Rating.HOAN_THANH_XUAT_SAC).withOpenProceedings();
        Verdict postponed = RULES.individual(Title.CHIEN_SI_THI_DUA_CO_SO, review);
        assertThat(postponed.citation()).isEqualTo("Nghị định 98/2023/NĐ-CP, Điều 4");
        assertThat(postponed.legalBasis()).isEqualTo("ND-98-2023");
        assertThat(RULES.individual(Title.CHIEN_SI_THI_DUA_CO_SO, IndividualFacts.rated(ROUND_2024,
                Rating.HOAN_THANH_XUAT_SAC)).citation()).contains("Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7")
                .doesNotContain("152/2025");
        CouncilVote.Rule before = RULES.voteRule(Title.CHIEN_SI_THI_DUA_TINH, LocalDate.of(2025, 6, 30));
        assertThat(before.citation()).startsWith("Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7:").doesNotContain("152/2025");
        CouncilVote.Rule after = RULES.voteRule(Title.CHIEN_SI_THI_DUA_TINH, LocalDate.of(2025, 7, 1));
        assertThat(after.thresholdPercent()).isEqualTo(90);
        assertThat(before.legalBasis()).isEqualTo("ND-98-2023");
        assertThat(after.legalBasis()).isEqualTo("ND-152-2025");
        assertThat(after.citation()).contains("áp dụng mặc định", "Nghị định 152/2025/NĐ-CP");
        assertThat(RULES.individual(Title.CHIEN_SI_THI_DUA_CO_SO, IndividualFacts.rated(LocalDate.of(2025, 7, 1),
                Rating.HOAN_THANH_XUAT_SAC).withOpenProceedings()).citation())
                .isEqualTo("Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4");
        CollectiveFacts inspected2024 = new CollectiveFacts(ROUND_2024, true, 10, 10, 10, 1, DisciplineLevel.KHONG);
        assertThat(RULES.collective(Title.TAP_THE_LAO_DONG_TIEN_TIEN, inspected2024).citation())
                .isEqualTo("Nghị định 98/2023/NĐ-CP, Điều 4");
        // Before the Law of 2022 took effect there are no rows: the tables do not guess the old regime.
        assertThatThrownBy(() -> advancedWorker(IndividualFacts.rated(LocalDate.of(2023, 12, 1), Rating.HOAN_THANH_TOT)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("A collective title is not checked as an individual's, nor the other way round")
    void subjects() {
        assertThatThrownBy(() -> RULES.individual(Title.TAP_THE_LAO_DONG_TIEN_TIEN, rated(Rating.HOAN_THANH_TOT)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RULES.collective(Title.LAO_DONG_TIEN_TIEN, collective(10, 10, 6, 0, DisciplineLevel.KHONG)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> collective(10, 10, 11, 0, DisciplineLevel.KHONG)).isInstanceOf(IllegalArgumentException.class);
    }
}
