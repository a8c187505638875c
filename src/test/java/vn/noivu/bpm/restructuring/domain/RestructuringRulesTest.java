package vn.noivu.bpm.restructuring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.noivu.bpm.restructuring.domain.RestructuringRules.Classification;
import vn.noivu.bpm.restructuring.domain.RestructuringRules.ConsultationResult;
import vn.noivu.bpm.restructuring.domain.RestructuringRules.OrientationCheck;
import vn.noivu.bpm.restructuring.domain.RestructuringRules.StandardCheck;
import vn.noivu.bpm.restructuring.domain.RestructuringRules.SubjectCheck;

/** The worked examples R1-R16 of the restructuring domain file on the shipped rule tables of bpmn/restructuring/. */
class RestructuringRulesTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final RestructuringRules RULES = new RestructuringRules(key -> rows(table(key)));
    /** A 2023-2025 dossier: the standards of Resolution 1211/2016 as amended. */
    private static final LocalDate PHASE_2023 = LocalDate.of(2024, 3, 1);
    /** The 2025 restructuring under Resolution 76/2025. */
    private static final LocalDate REFORM_2025 = LocalDate.of(2025, 4, 20);
    /** From 01/01/2026: Resolution 112/2025; consultations under Decree 321/2025. */
    private static final LocalDate FROM_2026 = LocalDate.of(2026, 2, 2);

    private static DmnDecision table(String key) {
        try (InputStream in = RestructuringRulesTest.class.getClassLoader()
                .getResourceAsStream("bpmn/restructuring/" + key + ".dmn")) {
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

    private static UnitFacts commune(String area, long population) {
        return UnitFacts.of(UnitKind.XA, area, population);
    }

    @Test
    @DisplayName("R1: lowland commune 5 km², 20,000 people, 2023-2025 → subject to restructuring (NQ 35/2023 R3, Q3, Q5)")
    void r1() {
        SubjectCheck check = RULES.subjectToRestructuring(commune("5", 20_000), PHASE_2023, "2023-2025", false);
        assertThat(check.areaPercent()).isEqualByComparingTo("16.67");
        assertThat(check.populationPercent()).isEqualByComparingTo("250");
        assertThat(check.subject()).isTrue();
        assertThat(check.rule()).isEqualTo("R3");
        assertThat(check.citation()).contains("Nghị quyết 35/2023/UBTVQH15", "dưới 20%", "dưới 300%");
        assertThat(check.standard().citations().get(0)).contains("Nghị quyết 1211/2016/UBTVQH13", "Điều 3", "8.000");
    }

    @Test
    @DisplayName("R2: lowland commune 5 km², 25,000 people → population 312.5% ≥ 300%: not subject (NQ 35/2023 R1, R3)")
    void r2() {
        SubjectCheck check = RULES.subjectToRestructuring(commune("5", 25_000), PHASE_2023, "2023-2025", false);
        assertThat(check.populationPercent()).isEqualByComparingTo("312.5");
        assertThat(check.subject()).isFalse();
        assertThat(check.rule()).isEqualTo("KHONG");
    }

    @Test
    @DisplayName("R3: mountain commune 30 km², 3,000 people → 60% and 60%: subject (NQ 35/2023 R1, Q1, Q5)")
    void r3() {
        SubjectCheck check = RULES.subjectToRestructuring(commune("30", 3_000).inMountains(), PHASE_2023, "2023-2025", false);
        assertThat(check.areaPercent()).isEqualByComparingTo("60");
        assertThat(check.populationPercent()).isEqualByComparingTo("60");
        assertThat(check.subject()).isTrue();
        assertThat(check.rule()).isEqualTo("R1");
    }

    @Test
    @DisplayName("R4: mountain commune 40 km², 3,000 people → not subject in 2023-2025, subject under the 2026-2030 rows (R4)")
    void r4() {
        UnitFacts facts = commune("40", 3_000).inMountains();
        SubjectCheck early = RULES.subjectToRestructuring(facts, PHASE_2023, "2023-2025", false);
        assertThat(early.areaPercent()).isEqualByComparingTo("80");
        assertThat(early.subject()).isFalse();
        SubjectCheck later = RULES.subjectToRestructuring(facts, PHASE_2023, "2026-2030", false);
        assertThat(later.subject()).isTrue();
        assertThat(later.rule()).isEqualTo("R4");
        assertThat(later.citation()).contains("hết hiệu lực từ 15/04/2025", "không bao giờ được áp dụng");
    }

    @Test
    @DisplayName("R5: lowland district 80 km², 200,000 people → subject (R2); with 100 km² (22.2%) → not subject (Q2, Q6)")
    void r5() {
        SubjectCheck small = RULES.subjectToRestructuring(UnitFacts.of(UnitKind.HUYEN, "80", 200_000), PHASE_2023,
                "2023-2025", false);
        assertThat(small.areaPercent()).isEqualByComparingTo("17.78");
        assertThat(small.populationPercent()).isEqualByComparingTo("166.67");
        assertThat(small.subject()).isTrue();
        assertThat(small.rule()).isEqualTo("R2");
        assertThat(small.standard().citations().get(0)).contains("Điều 2", "120.000", "450 km²");
        SubjectCheck larger = RULES.subjectToRestructuring(UnitFacts.of(UnitKind.HUYEN, "100", 200_000), PHASE_2023,
                "2023-2025", false);
        assertThat(larger.areaPercent()).isEqualByComparingTo("22.22");
        assertThat(larger.subject()).isFalse();
    }

    @Test
    @DisplayName("R6: lowland commune exactly 70% (21 km², 5,600 people) → \"dưới 70%\" is strict: not subject (Q1)")
    void r6() {
        SubjectCheck check = RULES.subjectToRestructuring(commune("21", 5_600), PHASE_2023, "2023-2025", false);
        assertThat(check.areaPercent()).isEqualByComparingTo("70");
        assertThat(check.populationPercent()).isEqualByComparingTo("70");
        assertThat(check.subject()).isFalse();
        assertThat(check.rule()).isEqualTo("KHONG");
    }

    @Test
    @DisplayName("R7: old standard, mountain commune with 55% ethnic minority → 2,000 people; with 100% → floor 20% = 1,000 (Q7, Art. 3a)")
    void r7() {
        RestructuringRules.Standard standard = RULES.standard(commune("50", 1_500).inMountains().withEthnicMinority("55"),
                PHASE_2023);
        assertThat(standard.basePopulation()).isEqualTo(5_000);
        assertThat(standard.minPopulation()).isEqualTo(2_000);
        assertThat(standard.citations()).anyMatch(c -> c.contains("Điều 3a") && c.contains("CHƯA XÁC NHẬN"));
        assertThat(RULES.standard(commune("50", 1_500).inMountains().withEthnicMinority("100"), PHASE_2023)
                .minPopulation()).isEqualTo(1_000);
        // a lowland commune away from the border gets no reduction, whatever its ethnic-minority share
        assertThat(RULES.standard(commune("50", 1_500).withEthnicMinority("55"), PHASE_2023).minPopulation())
                .isEqualTo(8_000);
        // on the land border it does
        assertThat(RULES.standard(commune("50", 1_500).onLandBorder().withEthnicMinority("35"), PHASE_2023)
                .minPopulation()).isEqualTo(4_000);
    }

    @Test
    @DisplayName("R8: Decree 321/2025, 4,000 households: 2,100 agree → continue; 2,000 (50%) → continue under \"từ 50% trở lên\"; 1,900 of 2,000 taking part → stop (Q11)")
    void r8() {
        ConsultationResult a = RULES.consultation(FROM_2026, 4_000, 3_000, 2_100);
        assertThat(a.agreePercentOfTotal()).isEqualByComparingTo("52.5");
        assertThat(a.passed()).isTrue();
        assertThat(a.rule().denominator()).isEqualTo("TONG_SO_HO");
        assertThat(a.rule().periodDays()).isEqualTo(60);
        assertThat(a.rule().legalBasis()).isEqualTo("ND-321-2025");
        assertThat(a.rule().citation()).contains("Nghị định 321/2025/NĐ-CP", "CHƯA XÁC NHẬN");

        ConsultationResult b = RULES.consultation(FROM_2026, 4_000, 2_500, 2_000);
        assertThat(b.agreePercentOfTotal()).isEqualByComparingTo("50");
        assertThat(b.rule().wording()).isEqualTo("từ 50% trở lên");
        assertThat(b.passed()).isTrue();

        ConsultationResult c = RULES.consultation(FROM_2026, 4_000, 2_000, 1_900);
        assertThat(c.agreePercentOfTotal()).isEqualByComparingTo("47.5");
        assertThat(c.passed()).as("95%% of those taking part agreed, but the denominator is all households").isFalse();
        assertThat(c.nextStep()).isEqualTo("DUNG");

        assertThatThrownBy(() -> RULES.consultation(FROM_2026, 4_000, 2_000, 2_001))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R8: the comparator is a configured row: with \"trên 50%\" exactly 50% fails")
    void r8StrictComparatorConfigured() {
        RestructuringRules strict = new RestructuringRules(key -> {
            RuleTable table = rows(table(key));
            if (!key.equals(RestructuringRules.CONSULTATION_KEY)) {
                return table;
            }
            return inputs -> {
                Map<String, Object> row = new HashMap<>(table.firstRow(inputs));
                row.put("comparator", "TREN");
                return row;
            };
        });
        ConsultationResult b = strict.consultation(FROM_2026, 4_000, 2_500, 2_000);
        assertThat(b.rule().wording()).isEqualTo("trên 50%");
        assertThat(b.passed()).isFalse();
        assertThat(strict.consultation(FROM_2026, 4_000, 2_500, 2_001).passed()).isTrue();
    }

    @Test
    @DisplayName("R9: Decree 54/2018, 10,000 voters: 5,001 agree → pass; 5,000 (50.00%) → fail, second round (Q9, Q10)")
    void r9() {
        ConsultationResult pass = RULES.consultation(PHASE_2023, 10_000, 8_000, 5_001);
        assertThat(pass.agreePercentOfTotal()).isEqualByComparingTo("50.01");
        assertThat(pass.passed()).isTrue();
        assertThat(pass.rule().denominator()).isEqualTo("TONG_SO_CU_TRI");
        assertThat(pass.rule().legalBasis()).isEqualTo("ND-54-2018");
        ConsultationResult fail = RULES.consultation(PHASE_2023, 10_000, 8_000, 5_000);
        assertThat(fail.passed()).isFalse();
        assertThat(fail.nextStep()).isEqualTo("LAY_Y_KIEN_LAN_HAI");
        assertThat(fail.rule().citation()).contains("Nghị định 54/2018/NĐ-CP", "lần hai");
    }

    @Test
    @DisplayName("R10: 2026 standards (NQ 112/2025): lowland xã 40 km², 15,000 → population not met; island xã 20 km², 3,000 → met; mountain xã 90 km², 6,000 → area not met (Q8)")
    void r10() {
        StandardCheck a = RULES.check(commune("40", 15_000), FROM_2026);
        assertThat(a.areaMet()).isTrue();
        assertThat(a.populationMet()).isFalse();
        assertThat(a.populationPercent()).isEqualByComparingTo("93.75");
        assertThat(a.met()).isFalse();
        assertThat(a.unmet()).singleElement().asString().contains("15000 người", "93,75%", "16000 người");
        assertThat(a.standard().legalBasis()).isEqualTo("NQ-112-2025");
        assertThat(a.standard().citations().get(0)).contains("Nghị quyết 112/2025/UBTVQH15", "16.000");

        StandardCheck b = RULES.check(commune("20", 3_000).onIsland(), FROM_2026);
        assertThat(b.met()).isTrue();
        assertThat(b.standard().minPopulation()).isEqualTo(2_500);
        assertThat(b.standard().minAreaKm2()).isEqualByComparingTo("15");

        StandardCheck c = RULES.check(commune("90", 6_000).inMountains(), FROM_2026);
        assertThat(c.populationMet()).isTrue();
        assertThat(c.areaMet()).isFalse();
        assertThat(c.areaPercent()).isEqualByComparingTo("90");
        assertThat(c.unmet()).singleElement().asString().contains("90 km²", "100 km²");
    }

    @Test
    @DisplayName("R10b: phường 69,318 people, 0.98 km²: not the NQ 112/2025 standard (17.82% of 5.5 km²); in 2025 from 3 units no check (NQ 76 Art. 5(2)), from 2 the area miss goes to the UBTVQH (Art. 5(3))")
    void r10b() {
        UnitFacts ward = UnitFacts.of(UnitKind.PHUONG, "0.98", 69_318);
        StandardCheck now = RULES.check(ward, FROM_2026);
        assertThat(now.populationMet()).isTrue();
        assertThat(now.areaMet()).isFalse();
        assertThat(now.areaPercent()).isEqualByComparingTo("17.82");
        assertThat(now.standard().minPopulation()).isEqualTo(21_000);

        OrientationCheck fromThree = RULES.orientation(ward, 3, false, UnitKind.THANH_PHO_TRUC_THUOC_TRUNG_UONG, false,
                REFORM_2025);
        assertThat(fromThree.checked()).isFalse();
        assertThat(fromThree.met()).isTrue();
        assertThat(fromThree.citations().get(0)).contains("Điều 5 khoản 2", "03 đơn vị");
        OrientationCheck fromTwo = RULES.orientation(ward, 2, false, UnitKind.THANH_PHO_TRUC_THUOC_TRUNG_UONG, false,
                REFORM_2025);
        assertThat(fromTwo.met()).isFalse();
        assertThat(fromTwo.unmet()).singleElement().asString().contains("0,98 km²");
        assertThat(fromTwo.ifNotMet()).contains("Ủy ban Thường vụ Quốc hội", "Điều 5 khoản 3");
    }

    @Test
    @DisplayName("R11: provincial People's Council of 80 delegates: 41 yes → adopted; 40 yes → not adopted (Q14, CHƯA XÁC NHẬN)")
    void r11() {
        RestructuringRules.CouncilResult adopted = RULES.councilVote(UnitKind.Level.TINH, FROM_2026, 80, 41);
        assertThat(adopted.adopted()).isTrue();
        assertThat(adopted.citation()).contains("quá nửa tổng số đại biểu", "CHƯA XÁC NHẬN");
        assertThat(RULES.councilVote(UnitKind.Level.TINH, FROM_2026, 80, 40).adopted()).isFalse();
        assertThat(RULES.councilVote(UnitKind.Level.XA, FROM_2026, 25, 13).adopted()).isTrue();
        assertThatThrownBy(() -> RULES.councilVote(UnitKind.Level.TINH, FROM_2026, 80, 81))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R12: a commune restructured in 2019-2021 that meets R3 in 2023 → not mandatory (NQ 35/2023 exemption)")
    void r12() {
        SubjectCheck check = RULES.subjectToRestructuring(commune("5", 20_000), PHASE_2023, "2023-2025", true);
        assertThat(check.subject()).isFalse();
        assertThat(check.rule()).isEqualTo("MIEN");
        assertThat(check.citation()).contains("chưa bắt buộc sắp xếp", "2019-2021");
    }

    @Test
    @DisplayName("R13: NQ 76/2025, lowland xã from 2 old xã, 35 km², 17,000 people → 212.5% and 116.67%: meets Art. 5(1)(b) (Q16)")
    void r13() {
        OrientationCheck check = RULES.orientation(commune("35", 17_000), 2, false, UnitKind.TINH, false, REFORM_2025);
        assertThat(check.checked()).isTrue();
        assertThat(check.populationPercent()).isEqualByComparingTo("212.5");
        assertThat(check.areaPercent()).isEqualByComparingTo("116.67");
        assertThat(check.requiredPopulationPercent()).isEqualTo(200);
        assertThat(check.requiredAreaPercent()).isEqualTo(100);
        assertThat(check.minPopulation()).isEqualTo(16_000);
        assertThat(check.met()).isTrue();
        assertThat(check.citations().get(0)).contains("Nghị quyết 76/2025/UBTVQH15", "Điều 5 khoản 1 điểm b");
    }

    @Test
    @DisplayName("R14: NQ 76/2025, mountain xã from 2 old xã, 90 km², 6,000 people → area 180% < 200%: not met, Art. 5(3); from 3 old xã → no check (Art. 5(2))")
    void r14() {
        UnitFacts facts = commune("90", 6_000).inMountains();
        OrientationCheck fromTwo = RULES.orientation(facts, 2, false, UnitKind.TINH, true, REFORM_2025);
        assertThat(fromTwo.areaPercent()).isEqualByComparingTo("180");
        assertThat(fromTwo.requiredAreaPercent()).isEqualTo(200);
        assertThat(fromTwo.met()).isFalse();
        assertThat(fromTwo.unmet()).singleElement().asString().contains("180%", "100 km²");
        assertThat(fromTwo.ifNotMet()).contains("Điều 5 khoản 3");
        assertThat(fromTwo.citations().get(0)).contains("Điều 5 khoản 1 điểm a");
        OrientationCheck fromThree = RULES.orientation(facts, 3, false, UnitKind.TINH, true, REFORM_2025);
        assertThat(fromThree.checked()).isFalse();
        assertThat(fromThree.met()).isTrue();
    }

    @Test
    @DisplayName("R15: NQ 76/2025, phường of a centrally-run city from 2 phường, 6 km², 40,000 → population < 45,000 not met; in a lowland province it meets 21,000")
    void r15() {
        UnitFacts ward = UnitFacts.of(UnitKind.PHUONG, "6", 40_000);
        OrientationCheck city = RULES.orientation(ward, 2, false, UnitKind.THANH_PHO_TRUC_THUOC_TRUNG_UONG, false, REFORM_2025);
        assertThat(city.minPopulation()).isEqualTo(45_000);
        assertThat(city.met()).isFalse();
        assertThat(city.unmet()).singleElement().asString().contains("40000 người", "45000 người");
        OrientationCheck province = RULES.orientation(ward, 2, false, UnitKind.TINH, false, REFORM_2025);
        assertThat(province.minPopulation()).isEqualTo(21_000);
        assertThat(province.met()).isTrue();
        OrientationCheck mountainProvince = RULES.orientation(ward, 2, false, UnitKind.TINH, true, REFORM_2025);
        assertThat(mountainProvince.minPopulation()).isEqualTo(15_000);
    }

    @Test
    @DisplayName("R16: Decree 307/2025, provinces of class II and I merged by a resolution effective 01/03/2027 → classify by 01/03/2028; class I until then (Q20)")
    void r16() {
        Classification merged = RULES.classification(RestructuringRules.Change.NHAP_HOP_NHAT, LocalDate.of(2027, 3, 1),
                List.of(UnitClass.LOAI_II, UnitClass.LOAI_I));
        assertThat(merged.dueDate()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(merged.interimClass()).isEqualTo(UnitClass.LOAI_I);
        assertThat(merged.citation()).contains("Nghị định 307/2025/NĐ-CP", "Điều 15", "01 năm");
        Classification divided = RULES.classification(RestructuringRules.Change.CHIA_TACH, LocalDate.of(2027, 3, 1),
                List.of(UnitClass.LOAI_I));
        assertThat(divided.interimClass()).isEqualTo(UnitClass.LOAI_III);
        assertThat(RULES.classification(RestructuringRules.Change.SAP_XEP_2025, LocalDate.of(2025, 7, 1), List.of())
                .dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    @DisplayName("Regimes: NQ 1211/2016 until 31/12/2025, NQ 112/2025 from 01/01/2026 (lowland xã 8,000 → 16,000 people)")
    void regimeChangesOnNewYear() {
        assertThat(RULES.standard(commune("30", 1), LocalDate.of(2025, 12, 31)).minPopulation()).isEqualTo(8_000);
        assertThat(RULES.standard(commune("30", 1), LocalDate.of(2026, 1, 1)).minPopulation()).isEqualTo(16_000);
        assertThat(RULES.standard(commune("30", 1), LocalDate.of(2026, 1, 1)).legalBasis()).isEqualTo("NQ-112-2025");
        // bãi ngang coastal xã from 2026: 50% of the "other xã" value
        assertThat(RULES.standard(commune("30", 1).coastal(), FROM_2026).minPopulation()).isEqualTo(8_000);
        // no confirmed standard for an đặc khu: reported, not guessed
        StandardCheck zone = RULES.check(UnitFacts.of(UnitKind.DAC_KHU, "100", 1_000), FROM_2026);
        assertThat(zone.met()).isFalse();
        assertThat(zone.standard().confirmed()).isFalse();
        assertThat(zone.standard().citations().get(0)).contains("CHƯA XÁC NHẬN");
        // old phường by the unit above it (Art. 8)
        assertThat(RULES.standard(UnitFacts.of(UnitKind.PHUONG, "6", 1).under(UnitKind.QUAN), PHASE_2023).minPopulation())
                .isEqualTo(15_000);
        assertThat(RULES.standard(UnitFacts.of(UnitKind.PHUONG, "6", 1).under(UnitKind.THI_XA), PHASE_2023).minPopulation())
                .isEqualTo(5_000);
    }

    /** Every row of every table carries a citation; the unconfirmed values say so in it. */
    @Test
    @DisplayName("Every row of bpmn/restructuring/*.dmn cites its source; UNCONFIRMED rows say CHƯA XÁC NHẬN")
    void everyRowCitesItsSource() throws IOException {
        Pattern rule = Pattern.compile("<rule id=\"(\\w+)\">(.*?)</rule>", Pattern.DOTALL);
        for (String key : RestructuringRules.KEYS) {
            String xml;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/restructuring/" + key + ".dmn")) {
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(xml).as(key).contains("camunda:historyTimeToLive=", "modeler:executionPlatform=\"Camunda Platform\"",
                    "modeler:executionPlatformVersion=\"7.24.0\"", "<dmndi:DMNShape");
            Matcher rows = rule.matcher(xml);
            int count = 0;
            while (rows.find()) {
                count++;
                assertThat(rows.group(2)).as(key + " " + rows.group(1))
                        .containsPattern("(Nghị quyết|Nghị định|Luật) [^\"]*\\d");
            }
            assertThat(count).as(key).isPositive();
        }
        assertThat(RULES.consultationRule(FROM_2026).citation()).contains("CHƯA XÁC NHẬN");
        assertThat(RULES.councilVote(UnitKind.Level.XA, FROM_2026, 10, 6).citation()).contains("CHƯA XÁC NHẬN");
        assertThat(BigDecimal.ONE).isNotNull();
    }
}
