package vn.noivu.bpm.recruitment.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.rules.RuleTables;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Method;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Rank;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Round2Format;

/** Which exam rounds a position has and which round-2 formats the law allows: rule table {@value #DECISION_KEY}. */
@Component
public class ExamStructure {

    public static final String DECISION_KEY = "recruitment-exam-structure";

    public record Structure(boolean hasRound1, List<Round2Format> allowedFormats, String citation) {
    }

    private final RuleTables ruleTables;
    private final RoundRules roundRules;

    public ExamStructure(RuleTables ruleTables, RoundRules roundRules) {
        this.ruleTables = ruleTables;
        this.roundRules = roundRules;
    }

    /** Under the round's own version of the table. */
    public Structure of(RoundRow round, Rank rank) {
        return of(roundRules.table(round.id(), DECISION_KEY), Method.valueOf(round.method()), rank);
    }

    public Structure of(RuleTables.Table table, Method method, Rank rank) {
        DmnDecisionRuleResult result = ruleTables.dmnEngine().evaluateDecisionTable(table.decision(),
                Map.of("method", method.name(), "rank", rank.name())).getFirstResult();
        if (result == null) {
            throw new IllegalStateException("Rule table " + DECISION_KEY + " has no rule for " + method + ", " + rank);
        }
        List<Round2Format> formats = Arrays.stream(((String) result.getEntry("round2Formats")).split(","))
                .map(String::trim).map(Round2Format::valueOf).toList();
        return new Structure(Boolean.TRUE.equals(result.getEntry("hasRound1")), formats, result.getEntry("citation"));
    }
}
