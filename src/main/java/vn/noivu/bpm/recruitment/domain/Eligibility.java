package vn.noivu.bpm.recruitment.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.DegreeLevel;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.StaffType;

/**
 * Prepares an application's facts for the rule table {@code recruitment-eligibility} and reads its verdict.
 * The table holds the legal conditions and their citations; here are only the comparisons the table needs as
 * inputs: age on the deadline, degree against the position's minimum, major against the position's list.
 */
public final class Eligibility {

    public static final String DECISION_KEY = "recruitment-eligibility";

    /** What the rule table looks at for one application. */
    public record Facts(StaffType staffType, LocalDate dateOfBirth, LocalDate applicationDeadline,
                        boolean guardianConsent, boolean otherNationality, boolean unexpungedConviction,
                        DegreeLevel degree, String major, DegreeLevel minimumDegree, List<String> requiredMajors,
                        boolean barredForFraud) {
    }

    public record Verdict(boolean eligible, String reason, String citation) {
    }

    private Eligibility() {
    }

    public static Verdict evaluate(DmnEngine engine, DmnDecision table, Facts facts) {
        DmnDecisionRuleResult result = engine.evaluateDecisionTable(table, inputs(facts)).getFirstResult();
        if (result == null) {
            throw new IllegalStateException("The rule table " + DECISION_KEY + " gave no verdict");
        }
        return new Verdict(Boolean.TRUE.equals(result.getEntry("eligible")), result.getEntry("reason"),
                result.getEntry("citation"));
    }

    static Map<String, Object> inputs(Facts facts) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("staffType", facts.staffType().name());
        inputs.put("ageOnDeadline", Period.between(facts.dateOfBirth(), facts.applicationDeadline()).getYears());
        inputs.put("guardianConsent", facts.guardianConsent());
        inputs.put("otherNationality", facts.otherNationality());
        inputs.put("unexpungedConviction", facts.unexpungedConviction());
        inputs.put("degreeMeetsMinimum", facts.degree().compareTo(facts.minimumDegree()) >= 0);
        inputs.put("majorAccepted", facts.requiredMajors() == null || facts.requiredMajors().isEmpty()
                || facts.requiredMajors().stream().anyMatch(m -> sameMajor(m, facts.major())));
        inputs.put("barredForFraud", facts.barredForFraud());
        return inputs;
    }

    /** Majors as people type them: case, spacing and Unicode composition do not matter. */
    static boolean sameMajor(String a, String b) {
        return a != null && b != null && normalize(a).equals(normalize(b));
    }

    private static String normalize(String major) {
        return Normalizer.normalize(major, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
