package vn.noivu.bpm.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The shared exam rules on a table of this test's own (src/test/resources/exam): a procedure's table gives only
 * the numbers its exam uses, and a calculation that needs a number the table does not give is refused.
 */
class PassRulesTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision TABLE = table();

    private static DmnDecision table() {
        try (InputStream in = PassRulesTest.class.getClassLoader().getResourceAsStream("exam/exam-sample-pass-rules.dmn")) {
            return DMN.parseDecision("exam-sample-pass-rules", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PassRules rules(String kind) {
        return PassRules.fromRuleResult(DMN.evaluateDecisionTable(TABLE, Map.of("kind", kind)).getSingleResult().getEntryMap());
    }

    @Test
    void aTableGivesOnlyWhatItsExamUses() {
        PassRules single = rules("SINGLE");

        assertThat(single.professionalMinScore()).isEqualByComparingTo("50");
        assertThat(single.round1MinRatio()).isNull();
        assertThat(single.tieBreaks()).isEmpty();
        assertThat(single.citation()).isEqualTo("Mẫu: một bài thi, đạt từ 50 điểm");
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(Candidate.single("a", "70", "0"),
                Candidate.single("b", "49.5", "5"), Candidate.single("c", "60", "0")), 1, single);
        assertThat(ranked).extracting(r -> r.candidate().id() + ":" + r.outcome())
                .containsExactlyInAnyOrder("a:WINNER", "c:NOT_SELECTED", "b:FAILED");
    }

    @Test
    void aCalculationNeedingAMissingNumberIsRefused() {
        PassRules single = rules("SINGLE");

        assertThatThrownBy(() -> Scoring.round1Passed(10, 20, single))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("round1MinRatio");
        assertThatThrownBy(() -> Scoring.combined(BigDecimal.TEN, BigDecimal.TEN, single))
                .hasMessageContaining("writtenWeight");
    }

    @Test
    void twoRoundsUseEveryNumber() {
        PassRules rules = rules("TWO_ROUNDS");

        assertThat(Scoring.round1Passed(10, 20, rules)).isTrue();
        assertThat(Scoring.round1Passed(9, 20, rules)).isFalse();
        assertThat(Scoring.combined(new BigDecimal("80"), new BigDecimal("55"), rules)).isEqualByComparingTo("70.00");
        assertThat(rules.tieBreaks()).containsExactly(TieBreak.WRITTEN_SCORE, TieBreak.PROFESSIONAL_SCORE);
        Candidate weakPart = new Candidate("d", new BigDecimal("70"), new BigDecimal("95"), new BigDecimal("40"),
                null, BigDecimal.ZERO, false);
        assertThat(Scoring.professionalPassed(weakPart, rules)).as("each part's pass mark").isFalse();
    }
}
