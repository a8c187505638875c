package vn.noivu.bpm.recruitment.domain;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.rules.RulePins;
import vn.noivu.bpm.platform.rules.RuleTables;

/**
 * The rule tables a round runs under: the latest versions when it is planned, kept for the whole round. A designer
 * who deploys an amended table from Modeler changes later rounds only; within a table, rows carry the dates from
 * which they apply (input effectiveOn, the round's notice date).
 */
@Component
public class RoundRules {

    /** Pass marks and weights of the exams (recruitment-pass-rules). */
    public static final String PASS_RULES_KEY = "recruitment-pass-rules";
    /** Review window and adoption threshold of re-marked papers (recruitment-review-marking). */
    public static final String REVIEW_MARKING_KEY = "recruitment-review-marking";

    /** Every rule table a recruitment round reads. */
    public static final List<String> KEYS = List.of(Eligibility.DECISION_KEY, PriorityCategories.DECISION_KEY,
            ExamStructure.DECISION_KEY, PASS_RULES_KEY, REVIEW_MARKING_KEY, HiringRules.PERIODS_KEY,
            HiringRules.PROBATION_KEY);

    private final RulePins pins;

    public RoundRules(RulePins pins) {
        this.pins = pins;
    }

    private static String owner(long roundId) {
        return "recruitment-round:" + roundId;
    }

    /** What a round's rule tables are asked with: its legal basis and the date its rules are fixed on. */
    public static Map<String, Object> inputs(RoundRow round) {
        return Map.of("legalBasis", round.legalBasis(), "effectiveOn", round.noticeDate());
    }

    /** The latest version of every table: what a round planned now would run under. */
    public Map<String, RuleTables.Table> current() {
        return pins.current(KEYS);
    }

    public void pin(long roundId, Map<String, RuleTables.Table> tables) {
        pins.pin(owner(roundId), tables);
    }

    public RuleTables.Table table(long roundId, String key) {
        return pins.table(owner(roundId), key);
    }

    /** Key and version of each table of the round, for the round's page. */
    public Map<String, Integer> versions(long roundId) {
        return pins.versions(owner(roundId), KEYS);
    }
}
