package vn.noivu.bpm.recruitment.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.calendar.PeriodUnit;
import vn.noivu.bpm.platform.rules.RuleTables;

/**
 * The periods after the results (hiring dossier, recruitment decision, start of work) and the probation of the
 * round's legal basis, from the round's own versions of recruitment-hiring-periods and recruitment-probation.
 */
@Component
public class HiringRules {

    public static final String PERIODS_KEY = "recruitment-hiring-periods";
    public static final String PROBATION_KEY = "recruitment-probation";

    /** Where a period is counted from. */
    public enum From { PUBLICATION, NOTICE_RECEIPT, DOSSIER_DEADLINE, DOSSIER_COMPLETED }

    public record Periods(int dossierDays, PeriodUnit dossierUnit, From dossierFrom, int decisionDays,
                          PeriodUnit decisionUnit, From decisionFrom, int startDays, boolean workContract,
                          boolean probation, boolean judicialRecordInDossier, String citation) {

        public LocalDate dossierDeadline(Deadlines deadlines, LocalDate from) {
            return deadlines.deadline(from, dossierDays, dossierUnit);
        }

        /** From the dossier deadline (civil servants) or the day the dossier was completed (public employees). */
        public LocalDate decisionDeadline(Deadlines deadlines, LocalDate dossierDeadline, LocalDate dossierCompleted) {
            return deadlines.deadline(decisionFrom == From.DOSSIER_DEADLINE ? dossierDeadline : dossierCompleted,
                    decisionDays, decisionUnit);
        }

        public LocalDate startDeadline(Deadlines deadlines, LocalDate decisionDate) {
            return deadlines.deadline(decisionDate, startDays, PeriodUnit.CALENDAR_DAYS);
        }
    }

    public record Probation(int months, String citation) {
    }

    private final RoundRules roundRules;
    private final RuleTables ruleTables;

    public HiringRules(RoundRules roundRules, RuleTables ruleTables) {
        this.roundRules = roundRules;
        this.ruleTables = ruleTables;
    }

    public Periods periods(RoundRow round) {
        return periods(ruleTables.dmnEngine().evaluateDecisionTable(roundRules.table(round.id(), PERIODS_KEY).decision(),
                RoundRules.inputs(round)).getSingleResult().getEntryMap());
    }

    public static Periods periods(Map<String, Object> result) {
        return new Periods(number(result, "dossierDays"), PeriodUnit.valueOf((String) result.get("dossierUnit")),
                From.valueOf((String) result.get("dossierFrom")), number(result, "decisionDays"),
                PeriodUnit.valueOf((String) result.get("decisionUnit")), From.valueOf((String) result.get("decisionFrom")),
                number(result, "startDays"), Boolean.TRUE.equals(result.get("workContract")),
                Boolean.TRUE.equals(result.get("probation")), Boolean.TRUE.equals(result.get("judicialRecordInDossier")),
                (String) result.get("citation"));
    }

    /**
     * The probation still to serve (Decree 115/2020 Art. 21(2), (5)): the table's months for the position's training
     * level, less the months of prior insured work in the same field and job; none once they cover it.
     */
    public Probation probation(RoundRow round, String trainingLevel, boolean physician,
                               int priorMonthsSameJob) {
        Map<String, Object> inputs = new HashMap<>(RoundRules.inputs(round));
        inputs.put("trainingLevel", trainingLevel);
        inputs.put("physician", physician);
        var result = ruleTables.dmnEngine().evaluateDecisionTable(roundRules.table(round.id(), PROBATION_KEY).decision(),
                inputs).getFirstResult();
        if (result == null) {
            throw new IllegalStateException("Rule table " + PROBATION_KEY + " has no row for " + inputs);
        }
        return probation(result.getEntryMap(), priorMonthsSameJob);
    }

    public static Probation probation(Map<String, Object> result, int priorMonthsSameJob) {
        int months = number(result, "months");
        return new Probation(Math.max(0, months - Math.max(0, priorMonthsSameJob)), (String) result.get("citation"));
    }

    private static int number(Map<String, Object> result, String name) {
        return ((Number) result.get(name)).intValue();
    }
}
