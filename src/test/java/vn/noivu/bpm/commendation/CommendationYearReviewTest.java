package vn.noivu.bpm.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.noivu.bpm.commendation.domain.CollectiveFacts;
import vn.noivu.bpm.commendation.domain.CommendationRules;
import vn.noivu.bpm.commendation.domain.CouncilVote;
import vn.noivu.bpm.commendation.domain.Decider;
import vn.noivu.bpm.commendation.domain.DisciplineLevel;
import vn.noivu.bpm.commendation.domain.IndividualFacts;
import vn.noivu.bpm.commendation.domain.LocalQuota;
import vn.noivu.bpm.commendation.domain.RuleTable;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.domain.YearReview;
import vn.noivu.bpm.commendation.domain.YearReview.Status;
import vn.noivu.bpm.personnel.Rating;

/**
 * The annual review's steps (YearReview) on the shipped rule tables, with the worked examples of commendation.md:
 * what each verdict leads to (vote, postponement, a title the province decides), the council's vote over all members
 * (C4b), the optional local quota (C4) with the tie rule at its edge (P18), the decider of a commune (C12c), and
 * the empty local-quota table (P4: none by default).
 */
class CommendationYearReviewTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final CommendationRules RULES = new CommendationRules(key -> rows(table(key)));
    private static final LocalDate DEC_2025 = LocalDate.of(2025, 12, 1);
    private static final LocalDate MAR_2025 = LocalDate.of(2025, 3, 1);

    private static DmnDecision table(String key) {
        try (InputStream in = CommendationYearReviewTest.class.getClassLoader()
                .getResourceAsStream("bpmn/commendation/" + key + ".dmn")) {
            return DMN.parseDecision(key, in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuleTable rows(DmnDecision decision) {
        return inputs -> {
            var row = DMN.evaluateDecisionTable(decision, inputs).getFirstResult();
            return row == null ? null : row.getEntryMap();
        };
    }

    private static YearReview.Evaluated person(Title title, IndividualFacts facts) {
        return YearReview.individual(RULES, title, facts, Decider.UnitKind.CO_QUAN_DON_VI);
    }

    @Test
    @DisplayName("C1, C2: Lao động tiên tiến needs no vote; rated only Hoàn thành → not awarded")
    void c1c2() {
        YearReview.Evaluated c1 = person(Title.LAO_DONG_TIEN_TIEN, IndividualFacts.rated(DEC_2025, Rating.HOAN_THANH_TOT));
        assertThat(c1.status()).isEqualTo(Status.DU_DIEU_KIEN);
        assertThat(c1.voteRule().required()).isFalse();
        YearReview.Evaluated c2 = person(Title.LAO_DONG_TIEN_TIEN, IndividualFacts.rated(DEC_2025, Rating.HOAN_THANH));
        assertThat(c2.status()).isEqualTo(Status.KHONG_DAT);
        assertThat(person(Title.CHIEN_SI_THI_DUA_CO_SO, IndividualFacts.rated(DEC_2025, Rating.HOAN_THANH)).status())
                .as("C2: not LĐTT, so not CSTĐ cơ sở").isEqualTo(Status.KHONG_DAT);
    }

    @Test
    @DisplayName("C3, C3b, C3c: an eligible CSTĐ cơ sở goes to the council's vote of 80% of all members (P6a)")
    void c3() {
        YearReview.Evaluated c3 = person(Title.CHIEN_SI_THI_DUA_CO_SO,
                IndividualFacts.rated(DEC_2025, Rating.HOAN_THANH_XUAT_SAC).withInitiatives(1));
        assertThat(c3.status()).isEqualTo(Status.CHO_BO_PHIEU);
        assertThat(c3.voteRule().thresholdPercent()).isEqualTo(80);
        assertThat(c3.note()).contains("80%");
        assertThat(person(Title.CHIEN_SI_THI_DUA_CO_SO, IndividualFacts.rated(DEC_2025, Rating.HOAN_THANH_XUAT_SAC))
                .status()).as("C3b").isEqualTo(Status.CHO_BO_PHIEU);
        assertThat(person(Title.CHIEN_SI_THI_DUA_CO_SO, IndividualFacts.rated(DEC_2025, Rating.HOAN_THANH_TOT))
                .status()).as("C3c").isEqualTo(Status.KHONG_DAT);
    }

    @Test
    @DisplayName("C12: under disciplinary review → postponed, not voted on; C12b: maternity leave still LĐTT")
    void c12() {
        YearReview.Evaluated c12 = person(Title.CHIEN_SI_THI_DUA_CO_SO,
                IndividualFacts.rated(DEC_2025, Rating.HOAN_THANH_XUAT_SAC).withOpenProceedings());
        assertThat(c12.status()).isEqualTo(Status.HOAN_XET);
        assertThat(c12.verdict().outcome()).isEqualTo(CommendationRules.Outcome.HOAN_XET);
        YearReview.Evaluated c12b = person(Title.LAO_DONG_TIEN_TIEN,
                IndividualFacts.rated(DEC_2025, Rating.HOAN_THANH_TOT).withMaternityLeave());
        assertThat(c12b.status()).isEqualTo(Status.DU_DIEU_KIEN);
    }

    @Test
    @DisplayName("A title the province decides is not the unit's: proposed upward (TTLĐXS, C10)")
    void provincialTitle() {
        YearReview.Evaluated c10 = YearReview.collective(RULES, Title.TAP_THE_LAO_DONG_XUAT_SAC,
                new CollectiveFacts(DEC_2025, false, 20, 20, 15, 1, DisciplineLevel.KHONG), Decider.UnitKind.CO_QUAN_DON_VI);
        assertThat(c10.status()).isEqualTo(Status.DE_NGHI_CAP_TREN);
        assertThat(c10.note()).contains("Chủ tịch Ủy ban nhân dân tỉnh");
        YearReview.Evaluated c9 = YearReview.collective(RULES, Title.TAP_THE_LAO_DONG_TIEN_TIEN,
                new CollectiveFacts(DEC_2025, false, 10, 10, 6, 0, DisciplineLevel.KHONG), Decider.UnitKind.CO_QUAN_DON_VI);
        assertThat(c9.status()).as("C9 with 6 LĐTT of 10").isEqualTo(Status.DU_DIEU_KIEN);
    }

    @Test
    @DisplayName("C12c: a commune's base titles are decided by the commune Chairman after 01/07/2025")
    void c12c() {
        assertThat(RULES.decider(Title.CHIEN_SI_THI_DUA_CO_SO, Decider.UnitKind.XA, DEC_2025).decider())
                .isEqualTo(Decider.CHU_TICH_UBND_XA);
        assertThat(RULES.decider(Title.CHIEN_SI_THI_DUA_CO_SO, Decider.UnitKind.CO_QUAN_DON_VI, DEC_2025).decider())
                .isEqualTo(Decider.THU_TRUONG_DON_VI);
    }

    @Test
    @DisplayName("C4b: a council of 9, 7 agree (2 absent, no written opinion) → 77.8% fails; 8 agree → passes")
    void c4b() {
        CouncilVote.Rule rule = RULES.voteRule(Title.CHIEN_SI_THI_DUA_CO_SO, MAR_2025);
        assertThat(rule.legalBasis()).isEqualTo("ND-98-2023");
        List<YearReview.Voted> voted = YearReview.tally(rule, 9, List.of(new YearReview.Ballot(1, 7, 0, false),
                new YearReview.Ballot(2, 8, 1, false)), Optional.empty(), 40, RULES.tieRule(MAR_2025));
        assertThat(voted.get(0).status()).isEqualTo(Status.KHONG_DAT);
        assertThat(voted.get(0).note()).contains("7/9 (77,8%) < 80%");
        assertThat(voted.get(1).status()).isEqualTo(Status.DU_DIEU_KIEN);
        assertThat(voted.get(1).note()).contains("8/9 (88,9%)");
    }

    @Test
    @DisplayName("C4: 7 candidates pass among 40 LĐTT: all 7 without a quota; a 15% quota keeps 6, the tie rule picks the woman")
    void c4() {
        CouncilVote.Rule rule = RULES.voteRule(Title.CHIEN_SI_THI_DUA_CO_SO, DEC_2025);
        List<YearReview.Ballot> ballots = List.of(new YearReview.Ballot(1, 9, 0, false),
                new YearReview.Ballot(2, 9, 0, false), new YearReview.Ballot(3, 9, 0, false),
                new YearReview.Ballot(4, 9, 0, false), new YearReview.Ballot(5, 9, 0, false),
                new YearReview.Ballot(6, 8, 1, false), new YearReview.Ballot(7, 8, 1, true));
        assertThat(YearReview.tally(rule, 9, ballots, Optional.empty(), 40, RULES.tieRule(DEC_2025)))
                .extracting(YearReview.Voted::status).containsOnly(Status.DU_DIEU_KIEN);
        LocalQuota quota = new LocalQuota(new BigDecimal("0.15"), RoundingMode.HALF_UP, "Quy định của tỉnh (ví dụ)");
        Map<Long, Status> withQuota = YearReview.tally(rule, 9, ballots, Optional.of(quota), 40, RULES.tieRule(DEC_2025))
                .stream().collect(Collectors.toMap(YearReview.Voted::nominationId, YearReview.Voted::status));
        assertThat(withQuota.values().stream().filter(s -> s == Status.DU_DIEU_KIEN)).hasSize(6);
        assertThat(withQuota).containsEntry(7L, Status.DU_DIEU_KIEN).containsEntry(6L, Status.VUOT_CHI_TIEU);
        assertThat(YearReview.tally(rule, 9, ballots, Optional.of(new LocalQuota(new BigDecimal("0.15"),
                RoundingMode.FLOOR, "x")), 41, RULES.tieRule(DEC_2025)).stream()
                .filter(v -> v.status() == Status.DU_DIEU_KIEN)).as("rounding is a parameter: 41 × 15% = 6.15").hasSize(6);
    }

    @Test
    @DisplayName("P4: the shipped local-quota table has no row: no quota unless a province adds one")
    void noQuotaByDefault() {
        RuleTable quota = rows(table("commendation-year-local-quota"));
        assertThat(quota.firstRow(Map.of("unitKind", "CO_QUAN_DON_VI", "effectiveOn", DEC_2025))).isNull();
    }
}
