package vn.noivu.bpm.promotion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import vn.noivu.bpm.exam.Council;
import vn.noivu.bpm.exam.Outcome;
import vn.noivu.bpm.exam.Selection;
import vn.noivu.bpm.personnel.Achievements;
import vn.noivu.bpm.personnel.Award;
import vn.noivu.bpm.personnel.AwardVocabulary.Kind;
import vn.noivu.bpm.personnel.AwardVocabulary.Source;
import vn.noivu.bpm.personnel.AwardVocabulary.Title;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.Rating;

/** The worked examples P1-P10 of the promotion domain file on the rule tables of bpmn/promotion/. */
class PromotionRulesTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final String CIVIL = "ND-170-2025";
    private static final String PUBLIC = "ND-115-2020-85-2023";
    /** A round of 2025: the rating of 2024 counts; dossiers are filed by 30/09/2025. */
    private static final LocalDate ROUND = LocalDate.of(2025, 9, 1);
    private static final LocalDate FILING = LocalDate.of(2025, 9, 30);

    private static DmnDecision table(String key) {
        try (InputStream in = PromotionRulesTest.class.getClassLoader().getResourceAsStream("bpmn/promotion/" + key + ".dmn")) {
            return DMN.parseDecision(key, in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Person person(String id, String gender, LocalDate born, LocalDate rankSince, int equivalentMonths,
                                 Rating rating2024, Person.Discipline discipline, Person.Achievement achievement) {
        return person(id, gender, born, rankSince, equivalentMonths, Map.of(2022, Rating.HOAN_THANH_XUAT_SAC,
                2023, Rating.HOAN_THANH_XUAT_SAC, 2024, rating2024), discipline, achievement);
    }

    /** Two years rated excellent before 2024 unless said otherwise: the achievement grade II asks for. */
    private static Person person(String id, String gender, LocalDate born, LocalDate rankSince, int equivalentMonths,
                                 Map<Integer, Rating> ratings, Person.Discipline discipline, Person.Achievement achievement) {
        return new Person(id, "Người " + id, gender, born, "Kinh", false, "VIEN_CHUC", "DV", null, "V.HC", null,
                rankSince, equivalentMonths, LocalDate.of(2010, 1, 1), ratings, discipline, achievement);
    }

    private static RuleTable rows(DmnDecision decision) {
        return inputs -> {
            var row = DMN.evaluateDecisionTable(decision, inputs).getFirstResult();
            return row == null ? null : row.getEntryMap();
        };
    }

    private static PromotionEligibility.Verdict eligibility(String legalBasis, Nominee nominee) {
        return PromotionEligibility.evaluate(rows(table("promotion-eligibility")), rows(table("promotion-title-standards")),
                legalBasis, ROUND, FILING, nominee);
    }

    private static Nominee publicEmployee(Person person) {
        return new Nominee(person, "VC_HANH_CHINH_HANG_II", true, true);
    }

    private static Person good(LocalDate rankSince) {
        return person("A", "NAM", LocalDate.of(1985, 1, 1), rankSince, 0, Rating.HOAN_THANH_TOT, null, null);
    }

    @Test
    void p1APublicEmployeeRatedOnlyCompletedIsNotEligible() {
        Person p = person("P1", "NU", LocalDate.of(1985, 1, 1), LocalDate.of(2010, 1, 1), 0, Rating.HOAN_THANH, null, null);
        PromotionEligibility.Verdict verdict = eligibility(PUBLIC, publicEmployee(p));
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.citation()).contains("Điều 32 khoản 1 điểm a");
    }

    @Test
    void p2EightYearsSixMonthsAsChuyenVienIsShortOfTheNineYearsForGradeII() {
        PromotionEligibility.Verdict verdict = eligibility(PUBLIC, publicEmployee(good(FILING.minusYears(8).minusMonths(6))));
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reason()).contains("Chưa đủ thời gian giữ");
        assertThat(eligibility(PUBLIC, publicEmployee(good(FILING.minusYears(9)))).eligible()).as("nine years").isTrue();
    }

    @Test
    void p3NineYearsWithEquivalentTimeButElevenMonthsActuallyInTheGradeIsNotEnough() {
        Person p = person("P3", "NAM", LocalDate.of(1985, 1, 1), FILING.minusMonths(11), 97, Rating.HOAN_THANH_TOT, null, null);
        PromotionEligibility.Verdict verdict = eligibility(PUBLIC, publicEmployee(p));
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reason()).contains("12 tháng");
        Person twelve = person("P3b", "NAM", LocalDate.of(1985, 1, 1), FILING.minusMonths(12), 96, Rating.HOAN_THANH_TOT, null, null);
        assertThat(eligibility(PUBLIC, publicEmployee(twelve)).eligible()).isTrue();
    }

    @Test
    void gradeIIAsksForAProvincialAwardOrTwoYearsRatedExcellentFromTheRegister() {
        LocalDate since = LocalDate.of(2015, 1, 1);
        Person oneExcellentYear = person("A1", "NU", LocalDate.of(1985, 1, 1), since, 0,
                Map.of(2023, Rating.HOAN_THANH_XUAT_SAC, 2024, Rating.HOAN_THANH_TOT), null, null);
        PromotionEligibility.Verdict verdict = eligibility(PUBLIC, publicEmployee(oneExcellentYear));
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reason()).contains("bằng khen", "hoàn thành xuất sắc");
        assertThat(verdict.citation()).contains("Thông tư 05/2024/TT-BNV, Điều 3");

        Person twoExcellentYears = person("A2", "NU", LocalDate.of(1985, 1, 1), since, 0,
                Map.of(2022, Rating.HOAN_THANH_XUAT_SAC, 2024, Rating.HOAN_THANH_XUAT_SAC), null, null);
        assertThat(eligibility(PUBLIC, publicEmployee(twoExcellentYears)).eligible()).isTrue();

        Person provincialAward = person("A3", "NU", LocalDate.of(1985, 1, 1), since, 0,
                Map.of(2024, Rating.HOAN_THANH_TOT), null, new Person.Achievement("Bằng khen của Chủ tịch UBND tỉnh", "BO_TINH", 2021));
        assertThat(eligibility(PUBLIC, publicEmployee(provincialAward)).eligible()).isTrue();

        Person unitAward = person("A4", "NU", LocalDate.of(1985, 1, 1), since, 0,
                Map.of(2024, Rating.HOAN_THANH_TOT), null, new Person.Achievement("Giấy khen", "CO_SO", 2021));
        assertThat(eligibility(PUBLIC, publicEmployee(unitAward)).eligible()).as("a unit's award is not enough").isFalse();

        Person excellentBeforeTheGrade = person("A5", "NU", LocalDate.of(1985, 1, 1), LocalDate.of(2016, 1, 1), 0,
                Map.of(2012, Rating.HOAN_THANH_XUAT_SAC, 2013, Rating.HOAN_THANH_XUAT_SAC, 2024, Rating.HOAN_THANH_TOT),
                null, null);
        assertThat(excellentBeforeTheGrade.rankSince().minusMonths(excellentBeforeTheGrade.equivalentMonths()).getYear())
                .isEqualTo(2016);
        assertThat(eligibility(PUBLIC, publicEmployee(excellentBeforeTheGrade)).eligible())
                .as("years before the lower grade do not count").isFalse();

        Nominee civilServant = new Nominee(person("A6", "NAM", LocalDate.of(1985, 1, 1), since, 0,
                Map.of(2024, Rating.HOAN_THANH_TOT), null, null), "CHUYEN_VIEN_CHINH", true, true);
        assertThat(eligibility(CIVIL, civilServant).eligible()).as("no such condition for civil servants").isTrue();
    }

    private static Map<String, Object> method(String staffType, String method, LocalDate roundDate) {
        return DMN.evaluateDecisionTable(table("promotion-methods"), Map.of("staffType", staffType, "method", method,
                "effectiveOn", roundDate)).getFirstResult().getEntryMap();
    }

    @Test
    void civilServantsAreNoLongerPromotedByExamFromJuly2025() {
        Map<String, Object> exam = method("CONG_CHUC", "THI", LocalDate.of(2025, 7, 1));
        assertThat(exam.get("allowed")).isEqualTo(false);
        assertThat(exam.get("field")).isEqualTo("method");
        assertThat((String) exam.get("citation")).contains("80/2025/QH15, Điều 24 khoản 2", "170/2025/NĐ-CP, Điều 22-24",
                "Điều 71 khoản 2 điểm c");
        assertThat(method("CONG_CHUC", "XET", LocalDate.of(2026, 12, 1)).get("allowed")).isEqualTo(true);
        assertThat(method("VIEN_CHUC", "XET", LocalDate.of(2026, 12, 1)).get("allowed")).isEqualTo(true);
        assertThat(method("VIEN_CHUC", "THI", LocalDate.of(2026, 12, 1)).get("allowed"))
                .as("public employees where the sector's rules require an exam").isEqualTo(true);
        Map<String, Object> beforeDecree170 = method("CONG_CHUC", "XET", LocalDate.of(2025, 6, 30));
        assertThat(beforeDecree170.get("allowed")).isEqualTo(false);
        assertThat(beforeDecree170.get("field")).as("no rule for the date").isEqualTo("roundDate");
    }

    @Test
    void eachTargetTitleBelongsToOneStaffType() {
        for (String title : List.of("CHUYEN_VIEN_CHINH", "CHUYEN_VIEN_CAO_CAP", "VC_HANH_CHINH_HANG_II", "VC_HANH_CHINH_HANG_I")) {
            String staffType = DMN.evaluateDecisionTable(table("promotion-title-standards"), Map.of("targetTitle", title))
                    .getSingleResult().getEntry("staffType");
            assertThat(staffType).as(title).isEqualTo(title.startsWith("VC_") ? "VIEN_CHUC" : "CONG_CHUC");
        }
    }

    @Test
    void p4AnAchievementRanksBeforeBeingAWoman() {
        Nominee k = publicEmployee(person("K", "NAM", LocalDate.of(1980, 1, 1), LocalDate.of(2010, 1, 1), 0,
                Rating.HOAN_THANH_TOT, null, new Person.Achievement("Bằng khen của Bộ trưởng", "BO_TINH", 2023)));
        Nominee l = publicEmployee(person("L", "NU", LocalDate.of(1980, 1, 1), LocalDate.of(2010, 1, 1), 0,
                Rating.HOAN_THANH_TOT, null, null));
        assertThat(winners(List.of(l, k), 1)).containsExactly("K");
    }

    @Test
    void p4AnAwardOfTheAwardRegisterRanksLikeAnImportedOne() {
        // Without an achievement the woman comes first (Art. 40(2)(b)).
        Nominee k = publicEmployee(person("K", "NAM", LocalDate.of(1980, 1, 1), LocalDate.of(2010, 1, 1), 0,
                Rating.HOAN_THANH_TOT, null, null));
        Nominee l = publicEmployee(person("L", "NU", LocalDate.of(1980, 1, 1), LocalDate.of(2010, 1, 1), 0,
                Rating.HOAN_THANH_TOT, null, new Person.Achievement("Giấy khen", "CO_SO", 2022)));
        assertThat(winners(List.of(k, l), 1)).containsExactly("L");
        // His Bằng khen of the provincial Chairman is in the award register only, not in the import: he comes first (a).
        Award bangKhen = new Award(1, Award.Holder.person("K"), Title.BANG_KHEN_TINH, 2024, Kind.CONG_TRANG,
                new Award.Decision("25/QĐ-UBND", LocalDate.of(2025, 1, 20), "Chủ tịch UBND tỉnh"), Source.QUY_TRINH,
                null, "system", java.time.Instant.now());
        Nominee awarded = publicEmployee(person("K", "NAM", LocalDate.of(1980, 1, 1), LocalDate.of(2010, 1, 1), 0,
                Rating.HOAN_THANH_TOT, null, Achievements.highest(null, List.of(bangKhen))));
        assertThat(winners(List.of(awarded, l), 1)).containsExactly("K");
        // A unit-level award of the register equals her imported Giấy khen: being a woman decides again.
        Award coSo = new Award(2, Award.Holder.person("K"), Title.CHIEN_SI_THI_DUA_CO_SO, 2024, Kind.CONG_TRANG,
                new Award.Decision("3/QĐ-SNV", LocalDate.of(2025, 1, 10), "Giám đốc Sở"), Source.NHAP_TAY, null,
                "chuyenvien", java.time.Instant.now());
        Nominee unitLevel = publicEmployee(person("K", "NAM", LocalDate.of(1980, 1, 1), LocalDate.of(2010, 1, 1), 0,
                Rating.HOAN_THANH_TOT, null, Achievements.highest(null, List.of(coSo))));
        assertThat(winners(List.of(unitLevel, l), 1)).containsExactly("L");
    }

    @Test
    void p5TheOlderByFullDateOfBirthWinsThenLongerServiceThenTheHead() {
        Nominee m = publicEmployee(person("M", "NU", LocalDate.of(1980, 3, 2), LocalDate.of(2010, 1, 1), 0, Rating.HOAN_THANH_TOT, null, null));
        Nominee n = publicEmployee(person("N", "NU", LocalDate.of(1979, 7, 15), LocalDate.of(2010, 1, 1), 0, Rating.HOAN_THANH_TOT, null, null));
        assertThat(winners(List.of(m, n), 1)).containsExactly("N");
        // Same birth date and the same service: nothing in the law tells them apart.
        Nominee twin = publicEmployee(person("O", "NU", LocalDate.of(1979, 7, 15), LocalDate.of(2010, 1, 1), 0, Rating.HOAN_THANH_TOT, null, null));
        List<Selection.Placed<Nominee>> placed = Selection.withinQuota(List.of(n, twin), 1, order(PUBLIC));
        assertThat(placed).allMatch(p -> p.outcome() == Outcome.AWAITING_DECISION);
    }

    @Test
    void p6AWinnerUnderDisciplinaryReviewHasTheAppointmentDeferred() {
        Person underReview = person("P6", "NAM", LocalDate.of(1985, 1, 1), LocalDate.of(2010, 1, 1), 0, Rating.HOAN_THANH_TOT,
                new Person.Discipline("Đang xem xét kỷ luật", null, true), null);
        assertThat(underReview.disciplineBars(LocalDate.of(2025, 11, 1))).isTrue();
        Person served = person("P6b", "NAM", LocalDate.of(1985, 1, 1), LocalDate.of(2010, 1, 1), 0, Rating.HOAN_THANH_TOT,
                new Person.Discipline("Khiển trách", LocalDate.of(2025, 10, 31), false), null);
        assertThat(served.disciplineBars(LocalDate.of(2025, 11, 1))).as("the discipline is served").isFalse();
    }

    @Test
    void p7ACivilServantRatedGoodWithAVacancyIsAssessedByTheCouncil() {
        Nominee p = new Nominee(good(LocalDate.of(2015, 9, 1)), "CHUYEN_VIEN_CHINH", true, true);
        PromotionEligibility.Verdict verdict = eligibility(CIVIL, p);
        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.citation()).contains("Điều 23 khoản 2", "Điều 24 khoản 2");
    }

    @Test
    void p8AnExcellentCivilServantInADisciplinePeriodIsNotEligible() {
        Person p = person("P8", "NAM", LocalDate.of(1985, 1, 1), LocalDate.of(2015, 1, 1), 0, Rating.HOAN_THANH_XUAT_SAC,
                new Person.Discipline("Khiển trách", LocalDate.of(2026, 3, 31), false), null);
        PromotionEligibility.Verdict verdict = eligibility(CIVIL, new Nominee(p, "CHUYEN_VIEN_CHINH", true, true));
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reason()).contains("kỷ luật");
    }

    @Test
    void p9WithoutAVacancyInTheApprovedRatioACivilServantCannotMove() {
        PromotionEligibility.Verdict verdict = eligibility(CIVIL, new Nominee(good(LocalDate.of(2015, 1, 1)), "CHUYEN_VIEN_CHINH", true, false));
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.citation()).contains("Điều 23 khoản 2 điểm a");
    }

    @Test
    void p10ACouncilOfSevenWithFourPresentIsNotQuorate() {
        Council council = Council.fromRuleResult(DMN.evaluateDecisionTable(table("promotion-council"),
                Map.of("legalBasis", CIVIL, "effectiveOn", ROUND)).getSingleResult().getEntryMap());
        assertThat(council.quorate(7, 4)).isFalse();
        assertThat(council.quorate(7, 5)).isTrue();
        assertThat(council.validSize(6)).as("an odd number of members").isFalse();
        assertThat(Council.carried(3, 3, true)).as("a tie goes the chair's way").isTrue();
        assertThat(Council.carried(3, 3, false)).isFalse();
    }

    private static java.util.Comparator<Nominee> order(String legalBasis) {
        String criteria = DMN.evaluateDecisionTable(table("promotion-ordering"), Map.of("legalBasis", legalBasis,
                "effectiveOn", ROUND)).getSingleResult().getEntry("criteria");
        return PromotionOrder.comparator(PromotionOrder.parse(criteria), ROUND);
    }

    private static Set<String> winners(List<Nominee> nominees, int quota) {
        return Selection.withinQuota(nominees, quota, order(PUBLIC)).stream()
                .filter(p -> p.outcome() == Outcome.WINNER).map(p -> p.candidate().person().citizenId())
                .collect(Collectors.toSet());
    }
}
