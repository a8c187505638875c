package vn.noivu.bpm.restructuring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A scheme's resulting units against the regime of its date, and a commune's tally and sheet (worked examples). */
class RestructuringSchemeRulesTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final RestructuringRules RULES = new RestructuringRules(key -> {
        try (InputStream in = RestructuringSchemeRulesTest.class.getClassLoader()
                .getResourceAsStream("bpmn/restructuring/" + key + ".dmn")) {
            DmnDecision decision = DMN.parseDecision(key, in);
            return inputs -> {
                var row = DMN.evaluateDecisionTable(decision, inputs).getFirstResult();
                return row == null ? null : row.getEntryMap();
            };
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    });

    @Test
    @DisplayName("R10 (NQ 112/2025, from 01/01/2026): a lowland xã of 40 km², 15,000 people does not meet the population standard")
    void r10FromTheStandardsTableOfTheSchemesDate() {
        SchemeStandards.ResultCheck check = SchemeStandards.check(RULES, UnitFacts.of(UnitKind.XA, "40", 15000), 2,
                UnitKind.TINH, LocalDate.of(2026, 2, 1));
        assertThat(check.basis()).isEqualTo("NQ-112-2025");
        assertThat(check.met()).isFalse();
        assertThat(check.populationPercent()).isEqualByComparingTo("93.75");
        assertThat(check.unmet()).hasSize(1);
        assertThat(check.ifNotMet()).contains("giải trình");
    }

    @Test
    @DisplayName("R14 (NQ 76/2025): a mountain xã of 90 km², 6,000 people from 2 xã misses Art. 5(1)(a); from 3 xã no check (Art. 5(2))")
    void r14TheWaiverForThreeOrMoreMergedUnits() {
        UnitFacts facts = UnitFacts.of(UnitKind.XA, "90", 6000).inMountains();
        LocalDate reform = LocalDate.of(2025, 4, 20);
        SchemeStandards.ResultCheck two = SchemeStandards.check(RULES, facts, 2, UnitKind.TINH, reform);
        assertThat(two.basis()).isEqualTo("NQ-76-2025");
        assertThat(two.met()).isFalse();
        assertThat(two.areaPercent()).isEqualByComparingTo("180.00");
        SchemeStandards.ResultCheck three = SchemeStandards.check(RULES, facts, 3, UnitKind.TINH, reform);
        assertThat(three.met()).isTrue();
        assertThat(three.waived()).isTrue();
    }

    @Test
    @DisplayName("R8: 1,900 of 4,000 households fails although 95% of the 2,000 participants agreed; more agreeing than households is refused")
    void r8TheTallyIsOverAllHouseholds() {
        assertThat(RULES.consultation(LocalDate.of(2026, 2, 1), 4000, 2000, 1900).passed()).isFalse();
        assertThat(new ConsultationTally(4000, 2000, 4100, 0, 0, List.of()).problem()).get()
                .extracting(ConsultationTally.Problem::field).isEqualTo("agree");
        assertThat(new ConsultationTally(4000, 2000, 1900, 100, 0, List.of(
                new ConsultationTally.Village("Thôn 1", 3000, 1000, 900, 100, 0))).problem()).get()
                .extracting(ConsultationTally.Problem::rule).isEqualTo("sumsToCommune");
    }

    @Test
    void aSheetListsEveryBadCellAndSumsTheVillages() {
        List<String> header = List.of("Thôn", "Tổng", "Tham gia", "Đồng ý", "Không", "Khác");
        ConsultationSheet.Result bad = ConsultationSheet.read(List.of(1, 2, 3), List.of(header,
                List.of("Thôn 1", "x", "1", "1", "0", "0"), List.of("", "5", "1", "1", "0", "y")));
        assertThat(bad.errors()).extracting(ConsultationSheet.Error::row).containsExactly(2, 3, 3);
        ConsultationSheet.Result good = ConsultationSheet.read(List.of(1, 2, 3), List.of(header,
                List.of("Thôn 1", "1.000", "800", "700", "100", "0"), List.of("Thôn 2", "2000", "1200", "1100", "100", "0")));
        assertThat(good.errors()).isEmpty();
        assertThat(good.tally().totalHouseholds()).isEqualTo(3000);
        assertThat(good.tally().agree()).isEqualTo(1800);
        assertThat(good.tally().problem()).isEmpty();
    }

    @Test
    void eachChangeTakesAndGivesItsNumberOfUnits() {
        assertThat(ChangeKind.MERGE.unitsAllowed(1)).isFalse();
        assertThat(ChangeKind.MERGE.resultsAllowed(1)).isTrue();
        assertThat(ChangeKind.DIVIDE.resultsAllowed(1)).isFalse();
        assertThat(ChangeKind.RENAME.checksStandards()).isFalse();
    }
}
