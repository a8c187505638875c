package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.noivu.bpm.calendar.CalendarProperties;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.calendar.WorkingCalendar;
import vn.noivu.bpm.recruitment.domain.HiringRules;

/**
 * Worked examples R10, R13 and R14 of the recruitment domain file on the rule tables recruitment-hiring-periods
 * and recruitment-probation with the shipped working-day calendar (Civil Code 2015 Art. 147-148).
 */
class HiringRulesTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final Deadlines DEADLINES = new Deadlines(new WorkingCalendar(
            new PathMatchingResourcePatternResolver(), new CalendarProperties("does-not-exist")));
    private static final LocalDate NOTICE = LocalDate.of(2025, 9, 1);

    private static DmnDecision decision(String file, String key) {
        try (InputStream in = HiringRulesTest.class.getClassLoader().getResourceAsStream(file)) {
            return DMN.parseDecision(key, in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HiringRules.Periods periods(String legalBasis) {
        return HiringRules.periods(DMN.evaluateDecisionTable(
                decision("bpmn/recruitment/recruitment-hiring-periods.dmn", HiringRules.PERIODS_KEY),
                Map.of("legalBasis", legalBasis, "effectiveOn", NOTICE)).getSingleResult().getEntryMap());
    }

    private static HiringRules.Probation probation(String level, boolean physician, int priorMonths) {
        return HiringRules.probation(DMN.evaluateDecisionTable(
                decision("bpmn/recruitment/recruitment-probation.dmn", HiringRules.PROBATION_KEY),
                Map.of("legalBasis", "ND-115-2020-85-2023", "effectiveOn", NOTICE, "trainingLevel", level,
                        "physician", physician)).getFirstResult().getEntryMap(), priorMonths);
    }

    @Test
    void r10CivilServantsDossierTwentyDaysFromPublicationThenDecisionWithinFiveWorkingDays() {
        HiringRules.Periods civil = periods("ND-170-2025");
        assertThat(civil.dossierFrom()).isEqualTo(HiringRules.From.PUBLICATION);
        // Published Mon 03/11/2025: day 20 is Sun 23/11, so the dossier period ends on Mon 24/11/2025.
        LocalDate dossier = civil.dossierDeadline(DEADLINES, LocalDate.of(2025, 11, 3));
        assertThat(dossier).isEqualTo("2025-11-24");
        // The decision within 05 working days after the dossier deadline, whenever the dossier came in.
        assertThat(civil.decisionDeadline(DEADLINES, dossier, LocalDate.of(2025, 11, 10))).isEqualTo("2025-12-01");
        assertThat(civil.startDeadline(DEADLINES, LocalDate.of(2025, 12, 1))).isEqualTo("2025-12-31");
        assertThat(civil.probation()).isFalse();
        assertThat(civil.workContract()).isFalse();
        assertThat(civil.judicialRecordInDossier()).as("the authority asks for it itself").isFalse();
    }

    @Test
    void r14PublicEmployeesDossierThirtyDaysFromReceiptDecisionFifteenDaysFromCompletionThenContract() {
        HiringRules.Periods publicEmployees = periods("ND-115-2020-85-2023");
        assertThat(publicEmployees.dossierFrom()).isEqualTo(HiringRules.From.NOTICE_RECEIPT);
        LocalDate dossier = publicEmployees.dossierDeadline(DEADLINES, LocalDate.of(2025, 11, 10));
        assertThat(dossier).isEqualTo("2025-12-10");
        // Completed Fri 05/12/2025: 15 days end on Sat 20/12, so Mon 22/12/2025.
        assertThat(publicEmployees.decisionDeadline(DEADLINES, dossier, LocalDate.of(2025, 12, 5))).isEqualTo("2025-12-22");
        assertThat(publicEmployees.startDays()).isEqualTo(30);
        assertThat(publicEmployees.workContract()).isTrue();
        assertThat(publicEmployees.judicialRecordInDossier()).isTrue();
    }

    @Test
    void r13APhysicianWithSixMonthsInTheSameJobServesThreeMonthsOfProbation() {
        assertThat(probation("DAI_HOC", true, 6).months()).isEqualTo(3);
        assertThat(probation("DAI_HOC", false, 0).months()).isEqualTo(12);
        assertThat(probation("CAO_DANG", false, 0).months()).isEqualTo(9);
        assertThat(probation("TRUNG_CAP", false, 0).months()).isEqualTo(6);
        assertThat(probation("TRUNG_CAP", false, 8).months()).as("prior work covers it: exempt").isZero();
    }
}
