package vn.noivu.bpm.commendation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.noivu.bpm.personnel.Award;
import vn.noivu.bpm.personnel.AwardVocabulary.Kind;
import vn.noivu.bpm.personnel.AwardVocabulary.Source;
import vn.noivu.bpm.personnel.AwardVocabulary.Title;

/** The bonus table on the shipped rule tables of bpmn/commendation/ (P14, P15, C13). */
class BonusSheetTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final CommendationRules RULES = new CommendationRules(key -> {
        try (InputStream in = BonusSheetTest.class.getClassLoader().getResourceAsStream("bpmn/commendation/" + key + ".dmn")) {
            DmnDecision decision = DMN.parseDecision(key, in);
            return inputs -> {
                var row = DMN.evaluateDecisionTable(decision, inputs).getFirstResult();
                return row == null ? null : row.getEntryMap();
            };
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    });
    private static long ids;

    private static Award person(Title title, Kind kind, LocalDate decided) {
        return new Award(++ids, new Award.Holder(vn.noivu.bpm.personnel.AwardVocabulary.HolderType.CA_NHAN,
                "001085000" + (100 + ids), "Cán bộ " + ids, null, null), title, decided.getYear(), kind,
                new Award.Decision(ids + "/QĐ", decided, "Giám đốc Sở"), Source.NHAP_TAY, null, "chuyenvien", Instant.now());
    }

    private static Award collective(Title title, LocalDate decided) {
        return new Award(++ids, Award.Holder.collective("PHONG-" + ids, "Phòng " + ids), title, decided.getYear(),
                Kind.CONG_TRANG, new Award.Decision(ids + "/QĐ", decided, "Chủ tịch UBND tỉnh"), Source.NHAP_TAY, null,
                "chuyenvien", Instant.now());
    }

    private static BonusSheet.Line only(Award award) {
        return BonusSheet.of(List.of(award), RULES).lines().get(0);
    }

    @Test
    @DisplayName("C13: CSTĐ cơ sở 2,340,000; LĐTT 702,000; TTLĐXS 3,510,000 VND on the base salary of 01/07/2024")
    void c13() {
        LocalDate decided = LocalDate.of(2025, 12, 20);
        BonusSheet sheet = BonusSheet.of(List.of(person(Title.CHIEN_SI_THI_DUA_CO_SO, Kind.CONG_TRANG, decided),
                person(Title.LAO_DONG_TIEN_TIEN, Kind.CONG_TRANG, decided),
                person(Title.LAO_DONG_TIEN_TIEN, Kind.CONG_TRANG, decided),
                collective(Title.TAP_THE_LAO_DONG_XUAT_SAC, decided)), RULES);
        assertThat(sheet.lines()).extracting(l -> l.bonus().orElseThrow().amount()).containsExactly(
                new BigDecimal("2340000"), new BigDecimal("702000"), new BigDecimal("702000"), new BigDecimal("3510000"));
        CommendationRules.Bonus cstd = sheet.lines().get(0).bonus().orElseThrow();
        assertThat(cstd.baseSalary()).isEqualTo(2_340_000L);
        assertThat(cstd.multiplier()).isEqualByComparingTo("1.0");
        assertThat(cstd.citation()).startsWith("Nghị định 152/2025/NĐ-CP, Điều 50");
        assertThat(cstd.baseSalaryCitation()).isEqualTo("Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2");
        assertThat(sheet.totals()).extracting(BonusSheet.Total::title, t -> t.amount().longValueExact(), BonusSheet.Total::awards)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Title.LAO_DONG_TIEN_TIEN, 1_404_000L, 2),
                        org.assertj.core.groups.Tuple.tuple(Title.CHIEN_SI_THI_DUA_CO_SO, 2_340_000L, 1),
                        org.assertj.core.groups.Tuple.tuple(Title.TAP_THE_LAO_DONG_XUAT_SAC, 3_510_000L, 1));
        assertThat(sheet.grandTotal().amount()).isEqualByComparingTo("7254000");
        assertThat(sheet.grandTotal().withoutAmount()).isZero();
    }

    @Test
    @DisplayName("P15: a decision before 01/07/2024 takes 1,800,000 VND, whose citation says it is unconfirmed; P14 of Decree 98/2023")
    void aDecisionBeforeJuly2024TakesTheOlderBaseSalary() {
        CommendationRules.Bonus bonus = only(person(Title.CHIEN_SI_THI_DUA_CO_SO, Kind.CONG_TRANG,
                LocalDate.of(2024, 6, 30))).bonus().orElseThrow();
        assertThat(bonus.baseSalary()).isEqualTo(1_800_000L);
        assertThat(bonus.amount()).isEqualByComparingTo("1800000");
        assertThat(bonus.baseSalaryCitation()).contains("Nghị định 24/2023/NĐ-CP", "CHƯA XÁC NHẬN");
        assertThat(bonus.citation()).startsWith("Nghị định 98/2023/NĐ-CP, Điều 54");
        // The next day the 2024 base salary applies, still under Decree 98/2023's multipliers.
        CommendationRules.Bonus july = only(person(Title.LAO_DONG_TIEN_TIEN, Kind.CONG_TRANG, LocalDate.of(2024, 7, 1)))
                .bonus().orElseThrow();
        assertThat(july.amount()).isEqualByComparingTo("702000");
        assertThat(july.citation()).startsWith("Nghị định 98/2023/NĐ-CP");
    }

    @Test
    @DisplayName("P14: Bằng khen, Giấy khen, Cờ thi đua của tỉnh have no multiplier in the table: no amount, the reason")
    void aTitleWithoutMultiplierHasNoAmount() {
        LocalDate decided = LocalDate.of(2025, 12, 20);
        BonusSheet sheet = BonusSheet.of(List.of(person(Title.BANG_KHEN_TINH, Kind.CONG_TRANG, decided),
                person(Title.GIAY_KHEN, Kind.CONG_TRANG, decided), collective(Title.CO_THI_DUA_TINH, decided),
                person(Title.BANG_KHEN_THU_TUONG, Kind.CONG_TRANG, decided),
                person(Title.CHIEN_SI_THI_DUA_TINH, Kind.CONG_TRANG, decided)), RULES);
        assertThat(sheet.lines().subList(0, 4)).allSatisfy(line -> {
            assertThat(line.bonus()).isEmpty();
            assertThat(line.reason()).startsWith("chưa có hệ số trong bảng commendation-bonus")
                    .contains(line.award().title().label(), "20/12/2025");
        });
        assertThat(sheet.grandTotal().amount()).isEqualByComparingTo("7020000");
        assertThat(sheet.grandTotal().awards()).isEqualTo(5);
        assertThat(sheet.grandTotal().withoutAmount()).isEqualTo(4);
        assertThat(sheet.totals()).filteredOn(t -> t.title() == Title.GIAY_KHEN).singleElement()
                .satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("0"));
    }

    @Test
    @DisplayName("A decision before 01/01/2024 (no row of Law 06/2022's decrees) gets no amount, never a guess")
    void aDecisionBeforeTheTablesHasNoAmount() {
        BonusSheet.Line line = only(person(Title.CHIEN_SI_THI_DUA_CO_SO, Kind.CONG_TRANG, LocalDate.of(2023, 12, 15)));
        assertThat(line.bonus()).isEmpty();
        assertThat(line.reason()).startsWith("chưa có hệ số trong bảng commendation-bonus").contains("15/12/2023");
    }

    @Test
    @DisplayName("A sudden (đột xuất) award takes its title's multiplier: the table is per title")
    void aSuddenAwardTakesItsTitlesMultiplier() {
        BonusSheet.Line line = only(person(Title.CHIEN_SI_THI_DUA_CO_SO, Kind.DOT_XUAT, LocalDate.of(2025, 9, 2)));
        assertThat(line.bonus().orElseThrow().amount()).isEqualByComparingTo("2340000");
    }

    @Test
    @DisplayName("A multiplier for a day the base-salary table does not cover is reported, not computed")
    void aMultiplierWithoutBaseSalaryIsReported() {
        CommendationRules rules = new CommendationRules(key -> CommendationRules.BONUS_KEY.equals(key)
                ? inputs -> java.util.Map.of("multiplier", 1.0, "citation", "dòng thử")
                : inputs -> null);
        BonusSheet.Line line = BonusSheet.of(List.of(person(Title.CHIEN_SI_THI_DUA_CO_SO, Kind.CONG_TRANG,
                LocalDate.of(2023, 1, 10))), rules).lines().get(0);
        assertThat(line.bonus()).isEmpty();
        assertThat(line.reason()).startsWith("chưa có mức lương cơ sở trong bảng commendation-base-salary")
                .contains("10/01/2023");
    }
}
