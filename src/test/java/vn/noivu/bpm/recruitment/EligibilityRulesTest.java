package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.DegreeLevel;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.StaffType;
import vn.noivu.bpm.recruitment.domain.Eligibility;

/** The eligibility table bpmn/recruitment/recruitment-eligibility.dmn with the domain file's examples (R11, R15). */
class EligibilityRulesTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision TABLE = load();
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 15);

    private static DmnDecision load() {
        try (InputStream in = EligibilityRulesTest.class.getClassLoader()
                .getResourceAsStream("bpmn/recruitment/recruitment-eligibility.dmn")) {
            return DMN.parseDecision(Eligibility.DECISION_KEY, in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A civil-servant applicant who meets everything: 25, university degree in law, for a law position. */
    private static Eligibility.Facts civilServant() {
        return new Eligibility.Facts(StaffType.CONG_CHUC, LocalDate.of(2001, 3, 4), DEADLINE, false, false, false,
                DegreeLevel.DAI_HOC, "Luật", DegreeLevel.DAI_HOC, List.of("Luật", "Luật kinh tế"), false);
    }

    private static Eligibility.Verdict verdict(Eligibility.Facts facts) {
        return Eligibility.evaluate(DMN, TABLE, facts);
    }

    @Test
    void anApplicantWhoMeetsEveryConditionIsEligible() {
        assertThat(verdict(civilServant())).isEqualTo(new Eligibility.Verdict(true, "Đủ điều kiện dự tuyển",
                "Luật Cán bộ, công chức 80/2025/QH15, Điều 19; Luật Viên chức, Điều 22"));
    }

    @Test
    void r11AnotherNationalityAge17OrAnUnexpungedConvictionBarACivilServant() {
        Eligibility.Facts base = civilServant();
        Eligibility.Verdict dual = verdict(new Eligibility.Facts(base.staffType(), base.dateOfBirth(), DEADLINE, false,
                true, false, base.degree(), base.major(), base.minimumDegree(), base.requiredMajors(), false));
        assertThat(dual.eligible()).isFalse();
        assertThat(dual.citation()).contains("Điều 19 khoản 1 điểm a");

        // 17 on the deadline: born 16/12/2008, turns 18 the day after the deadline.
        Eligibility.Verdict young = verdict(new Eligibility.Facts(base.staffType(), LocalDate.of(2008, 12, 16), DEADLINE,
                false, false, false, base.degree(), base.major(), base.minimumDegree(), base.requiredMajors(), false));
        assertThat(young.eligible()).isFalse();
        assertThat(young.reason()).startsWith("Chưa đủ 18 tuổi");
        // Turning 18 on the deadline day is enough.
        assertThat(verdict(new Eligibility.Facts(base.staffType(), LocalDate.of(2008, 12, 15), DEADLINE, false, false,
                false, base.degree(), base.major(), base.minimumDegree(), base.requiredMajors(), false)).eligible()).isTrue();

        Eligibility.Verdict convicted = verdict(new Eligibility.Facts(base.staffType(), base.dateOfBirth(), DEADLINE,
                false, false, true, base.degree(), base.major(), base.minimumDegree(), base.requiredMajors(), false));
        assertThat(convicted.eligible()).isFalse();
        assertThat(convicted.citation()).contains("Điều 19 khoản 3 điểm b");
    }

    @Test
    void r15APublicEmployeeOf16WithWrittenConsentIsEligibleWithoutItNot() {
        Eligibility.Facts withConsent = new Eligibility.Facts(StaffType.VIEN_CHUC, LocalDate.of(2010, 6, 1), DEADLINE,
                true, false, false, DegreeLevel.TRUNG_CAP, "Thể dục thể thao", DegreeLevel.TRUNG_CAP, List.of(), false);
        assertThat(verdict(withConsent).eligible()).isTrue();

        Eligibility.Verdict without = verdict(new Eligibility.Facts(StaffType.VIEN_CHUC, LocalDate.of(2010, 6, 1),
                DEADLINE, false, false, false, DegreeLevel.TRUNG_CAP, "Thể dục thể thao", DegreeLevel.TRUNG_CAP,
                List.of(), false));
        assertThat(without.eligible()).isFalse();
        assertThat(without.citation()).contains("Điều 5 khoản 2");

        assertThat(verdict(new Eligibility.Facts(StaffType.VIEN_CHUC, LocalDate.of(2012, 1, 1), DEADLINE, true, false,
                false, DegreeLevel.TRUNG_CAP, "x", DegreeLevel.TRUNG_CAP, List.of(), false)).reason())
                .startsWith("Chưa đủ 15 tuổi");
    }

    @Test
    void theDegreeAndMajorMustFitThePosition() {
        Eligibility.Facts base = civilServant();
        assertThat(verdict(new Eligibility.Facts(base.staffType(), base.dateOfBirth(), DEADLINE, false, false, false,
                DegreeLevel.CAO_DANG, "Luật", DegreeLevel.DAI_HOC, base.requiredMajors(), false)).reason())
                .isEqualTo("Trình độ đào tạo thấp hơn yêu cầu của vị trí việc làm");
        assertThat(verdict(new Eligibility.Facts(base.staffType(), base.dateOfBirth(), DEADLINE, false, false, false,
                DegreeLevel.THAC_SI, "  luật  KINH tế ", DegreeLevel.DAI_HOC, base.requiredMajors(), false)).eligible())
                .as("a higher degree, the major typed differently").isTrue();
        assertThat(verdict(new Eligibility.Facts(base.staffType(), base.dateOfBirth(), DEADLINE, false, false, false,
                DegreeLevel.DAI_HOC, "Kế toán", DegreeLevel.DAI_HOC, base.requiredMajors(), false)).reason())
                .isEqualTo("Chuyên ngành đào tạo không phù hợp với yêu cầu của vị trí việc làm");
        assertThat(verdict(new Eligibility.Facts(base.staffType(), base.dateOfBirth(), DEADLINE, false, false, false,
                DegreeLevel.DAI_HOC, "Kế toán", DegreeLevel.DAI_HOC, List.of(), false)).eligible())
                .as("no majors listed: any major").isTrue();
    }

    @Test
    void fraudInThePreviousRoundBarsTheApplicant() {
        Eligibility.Facts base = civilServant();
        Eligibility.Verdict barred = verdict(new Eligibility.Facts(base.staffType(), base.dateOfBirth(), DEADLINE, false,
                false, false, base.degree(), base.major(), base.minimumDegree(), base.requiredMajors(), true));
        assertThat(barred.eligible()).isFalse();
        assertThat(barred.citation()).contains("Điều 18 khoản 2");
    }
}
