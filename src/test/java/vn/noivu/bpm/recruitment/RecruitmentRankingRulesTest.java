package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import vn.noivu.bpm.exam.Candidate;
import vn.noivu.bpm.exam.Outcome;
import vn.noivu.bpm.exam.PassRules;
import vn.noivu.bpm.exam.Ranking;
import vn.noivu.bpm.exam.Scoring;

/**
 * The worked examples R1-R9 and R12 of the recruitment domain file, on the rule tables designers edit
 * (bpmn/recruitment/*.dmn) and the shared ranking.
 */
class RecruitmentRankingRulesTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private static DmnDecision decision(String file, String key) {
        try (InputStream in = RecruitmentRankingRulesTest.class.getClassLoader().getResourceAsStream(file)) {
            return DMN.parseDecision(key, in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final PassRules CIVIL_SERVANTS = rules("ND-170-2025");
    private static final PassRules PUBLIC_EMPLOYEES = rules("ND-115-2020-85-2023");

    private static PassRules rules(String legalBasis) {
        return PassRules.fromRuleResult(DMN.evaluateDecisionTable(
                decision("bpmn/recruitment/recruitment-pass-rules.dmn", "recruitment-pass-rules"),
                Map.of("legalBasis", legalBasis, "effectiveOn", java.time.LocalDate.of(2026, 1, 5))).getSingleResult().getEntryMap());
    }

    private static BigDecimal priority(String... categories) {
        DmnDecision table = decision("bpmn/recruitment/recruitment-priority-points.dmn", "recruitment-priority-points");
        return Scoring.highestPriority(java.util.Arrays.stream(categories)
                .map(c -> new BigDecimal(DMN.evaluateDecisionTable(table, Map.of("category", c)).getSingleResult()
                        .getEntry("points").toString()))
                .toList());
    }

    private static Map<String, Outcome> outcomes(List<Ranking.Ranked> ranked) {
        return ranked.stream().collect(Collectors.toMap(r -> r.candidate().id(), Ranking.Ranked::outcome));
    }

    private static Candidate writtenAndInterview(String id, String written, String interview, String priority) {
        BigDecimal w = new BigDecimal(written);
        BigDecimal i = new BigDecimal(interview);
        return new Candidate(id, Scoring.combined(w, i, CIVIL_SERVANTS), w, i, null, new BigDecimal(priority), false);
    }

    @Test
    void r1AndR2Round1NeedsHalfOfTheQuestionsRight() {
        assertThat(Scoring.round1Passed(29, 60, CIVIL_SERVANTS)).as("29/60 = 48.33%").isFalse();
        assertThat(Scoring.round1Passed(30, 60, CIVIL_SERVANTS)).as("30/60 = 50%").isTrue();
        assertThatThrownBy(() -> Scoring.round1Passed(61, 60, CIVIL_SERVANTS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void r3AnInterviewBelowHalfFailsWhateverTheCombinedScore() {
        Candidate candidate = writtenAndInterview("R3", "80", "40", "0");
        assertThat(candidate.professionalScore()).isEqualByComparingTo("68.00");
        assertThat(Scoring.professionalPassed(candidate, CIVIL_SERVANTS)).isFalse();
        assertThat(outcomes(Ranking.rank(List.of(candidate), 1, CIVIL_SERVANTS))).containsEntry("R3", Outcome.FAILED);
    }

    @Test
    void r4OnlyTheHighestPriorityCounts() {
        BigDecimal points = priority("DAN_TOC_THIEU_SO", "HOAN_THANH_NGHIA_VU_QUAN_SU");
        assertThat(points).isEqualByComparingTo("5");
        Candidate candidate = writtenAndInterview("R4", "62", "71", points.toPlainString());
        assertThat(candidate.professionalScore()).isEqualByComparingTo("64.70");
        assertThat(Ranking.rank(List.of(candidate), 1, CIVIL_SERVANTS).get(0).total()).isEqualByComparingTo("69.70");
    }

    @Test
    void r5PriorityPointsCannotLiftAFailedProfessionalScore() {
        Candidate candidate = Candidate.single("R5", "48.00", priority("THUONG_BINH").toPlainString());
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(candidate), 1, CIVIL_SERVANTS);
        assertThat(ranked.get(0).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(ranked.get(0).rank()).isNull();
    }

    @Test
    void r6ATieGoesToTheHigherProfessionalScore() {
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(
                Candidate.single("B", "65.00", "5"), Candidate.single("A", "70.00", "0")), 1, CIVIL_SERVANTS);
        assertThat(outcomes(ranked)).containsEntry("A", Outcome.WINNER).containsEntry("B", Outcome.NOT_SELECTED);
        assertThat(ranked).extracting(r -> r.candidate().id()).containsExactly("A", "B");
        assertThat(ranked.get(1).rank()).isEqualTo(2);
    }

    @Test
    void r7ThenToTheHigherWrittenScore() {
        Candidate a = writtenAndInterview("A", "74", "54", "0");
        Candidate b = writtenAndInterview("B", "68", "68", "0");
        assertThat(a.professionalScore()).isEqualByComparingTo(b.professionalScore()).isEqualByComparingTo("68.00");
        assertThat(outcomes(Ranking.rank(List.of(b, a), 1, CIVIL_SERVANTS)))
                .containsEntry("A", Outcome.WINNER).containsEntry("B", Outcome.NOT_SELECTED);
    }

    @Test
    void r8ATieForTheSecondPlaceOfTwo() {
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(Candidate.single("C", "81.5", "0"),
                Candidate.single("D", "72", "5"), Candidate.single("E", "77", "0"), Candidate.single("F", "60", "0")),
                2, CIVIL_SERVANTS);
        assertThat(ranked).extracting(r -> r.candidate().id()).containsExactly("C", "E", "D", "F");
        assertThat(outcomes(ranked)).containsEntry("C", Outcome.WINNER).containsEntry("E", Outcome.WINNER)
                .containsEntry("D", Outcome.NOT_SELECTED).containsEntry("F", Outcome.NOT_SELECTED);
    }

    @Test
    void r9XetTuyenATieOnTheTotalGoesToTheHigherOralScore() {
        assertThat(outcomes(Ranking.rank(List.of(Candidate.single("H", "70", "5"), Candidate.single("G", "75", "0")),
                1, CIVIL_SERVANTS))).containsEntry("G", Outcome.WINNER).containsEntry("H", Outcome.NOT_SELECTED);
    }

    @Test
    void r12PublicEmployeesBreakATieOnRound1PartI() {
        Candidate i = new Candidate("I", new BigDecimal("70"), null, null, new BigDecimal("45"), BigDecimal.ZERO, false);
        Candidate j = new Candidate("J", new BigDecimal("65"), null, null, new BigDecimal("50"), new BigDecimal("5"), false);
        assertThat(outcomes(Ranking.rank(List.of(i, j), 1, PUBLIC_EMPLOYEES)))
                .containsEntry("J", Outcome.WINNER).containsEntry("I", Outcome.NOT_SELECTED);
    }

    @Test
    void aTieThatStillStandsAtTheLastPlaceGoesToTheHead() {
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(Candidate.single("K", "90", "0"),
                Candidate.single("L", "80", "0"), Candidate.single("M", "80", "0"), Candidate.single("N", "70", "0"),
                new Candidate("V", null, null, null, null, BigDecimal.ZERO, true)), 2, CIVIL_SERVANTS);
        assertThat(outcomes(ranked)).containsEntry("K", Outcome.WINNER).containsEntry("L", Outcome.AWAITING_DECISION)
                .containsEntry("M", Outcome.AWAITING_DECISION).containsEntry("N", Outcome.NOT_SELECTED)
                .containsEntry("V", Outcome.ABSENT);
        assertThat(ranked).filteredOn(r -> Set.of("L", "M").contains(r.candidate().id()))
                .extracting(Ranking.Ranked::rank).containsOnly(2);

        List<Ranking.Ranked> decided = Ranking.decide(ranked, Set.of("M"), 2);
        assertThat(outcomes(decided)).containsEntry("M", Outcome.WINNER).containsEntry("L", Outcome.NOT_SELECTED)
                .containsEntry("K", Outcome.WINNER);
        assertThatThrownBy(() -> Ranking.decide(ranked, Set.of("L", "M"), 2)).hasMessageContaining("exactly 1");
        assertThatThrownBy(() -> Ranking.decide(ranked, Set.of("N"), 2)).hasMessageContaining("awaiting");
    }

    @Test
    void everyPriorityCategoryCarriesItsPointsAndCitation() {
        DmnDecision table = decision("bpmn/recruitment/recruitment-priority-points.dmn", "recruitment-priority-points");
        assertThat(DMN.evaluateDecisionTable(table, Map.of("category", "CAN_BO_CONG_DOAN")).getSingleResult()
                .getEntryMap()).containsEntry("points", 1.5)
                .hasEntrySatisfying("citation", c -> assertThat((String) c).contains("Điều 6 khoản 1 điểm d"));
        assertThat(DMN.evaluateDecisionTable(table, Map.of("category", "KHONG_CO")).getResultList()).isEmpty();
    }

    @Test
    void aRuleAppliesFromItsEffectiveDateOnly() {
        DmnDecision table = decision("bpmn/recruitment/recruitment-pass-rules.dmn", "recruitment-pass-rules");
        assertThat(DMN.evaluateDecisionTable(table, Map.of("legalBasis", "ND-170-2025",
                "effectiveOn", java.time.LocalDate.of(2025, 6, 30))).getResultList()).as("before Decree 170/2025").isEmpty();
        assertThat(DMN.evaluateDecisionTable(table, Map.of("legalBasis", "ND-170-2025",
                "effectiveOn", java.time.LocalDate.of(2025, 7, 1))).getResultList()).hasSize(1);
    }
}
