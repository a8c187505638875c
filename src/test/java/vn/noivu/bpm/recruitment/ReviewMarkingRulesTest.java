package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import vn.noivu.bpm.exam.Remarking;

/**
 * Re-marking on review (Circular 22/2025/TT-BNV Art. 17-18, domain file A.1.8) with the threshold and window of
 * the rule table bpmn/recruitment/recruitment-review-marking.dmn.
 */
class ReviewMarkingRulesTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private static Map<String, Object> rules(String legalBasis) {
        try (InputStream in = ReviewMarkingRulesTest.class.getClassLoader()
                .getResourceAsStream("bpmn/recruitment/recruitment-review-marking.dmn")) {
            DmnDecision decision = DMN.parseDecision("recruitment-review-marking", in);
            return DMN.evaluateDecisionTable(decision, Map.of("legalBasis", legalBasis, "effectiveOn", java.time.LocalDate.of(2026, 1, 5))).getSingleResult().getEntryMap();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static final BigDecimal THRESHOLD = new BigDecimal(rules("ND-170-2025").get("adoptionThreshold").toString());

    @Test
    void civilServantsHaveFiveWorkingDaysAndAFivePointThreshold() {
        assertThat(((Number) rules("ND-170-2025").get("windowWorkingDays")).intValue()).isEqualTo(5);
        assertThat(THRESHOLD).isEqualByComparingTo("5");
        assertThat((String) rules("ND-170-2025").get("citation")).contains("Điều 16(4)(b)", "Điều 18");
        assertThat((String) rules("ND-115-2020-85-2023").get("citation")).contains("CHƯA XÁC NHẬN");
    }

    @Test
    void twoEqualMarkersGiveTheirScore() {
        assertThat(Remarking.reviewScore(d("72.5"), d("72.5"), null)).isEqualByComparingTo("72.50");
    }

    @Test
    void differentMarkersNeedAThirdWhoseAgreementDecides() {
        assertThatThrownBy(() -> Remarking.reviewScore(d("70"), d("74"), null))
                .isInstanceOf(Remarking.ThirdMarkerRequired.class);
        assertThat(Remarking.reviewScore(d("70"), d("74"), d("74"))).isEqualByComparingTo("74.00");
        assertThat(Remarking.reviewScore(d("70"), d("74"), d("70"))).isEqualByComparingTo("70.00");
    }

    @Test
    void threeDifferentScoresGiveTheirMeanToTwoDecimals() {
        assertThat(Remarking.reviewScore(d("70"), d("74"), d("75"))).isEqualByComparingTo("73.00");
        assertThat(Remarking.reviewScore(d("70"), d("71"), d("75"))).isEqualByComparingTo("72.00");
        assertThat(Remarking.reviewScore(d("70"), d("70.5"), d("75"))).isEqualByComparingTo("71.83");
    }

    @Test
    void belowTheThresholdTheReviewScoreIsAdoptedFromItTheCouncilMeets() {
        assertThat(Remarking.needsCouncil(d("62"), d("66.99"), THRESHOLD)).isFalse();
        assertThat(Remarking.needsCouncil(d("62"), d("57.01"), THRESHOLD)).isFalse();
        assertThat(Remarking.needsCouncil(d("62"), d("67"), THRESHOLD)).isTrue();
        assertThat(Remarking.needsCouncil(d("62"), d("57"), THRESHOLD)).isTrue();
    }
}
