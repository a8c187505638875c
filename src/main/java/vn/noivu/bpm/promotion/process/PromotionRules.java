package vn.noivu.bpm.promotion.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.exam.Council;
import vn.noivu.bpm.platform.rules.RulePins;
import vn.noivu.bpm.platform.rules.RuleTables;
import vn.noivu.bpm.promotion.domain.RuleTable;
import vn.noivu.bpm.promotion.persistence.PromotionRepository.RoundRow;

/** The rule tables of a promotion round: the versions pinned when the round was created, kept to its end. */
@Component
public class PromotionRules {

    public static final String ELIGIBILITY_KEY = "promotion-eligibility";
    public static final String STANDARDS_KEY = "promotion-title-standards";
    public static final String ORDERING_KEY = "promotion-ordering";
    public static final String COUNCIL_KEY = "promotion-council";
    public static final String EXAM_RULES_KEY = "promotion-exam-rules";
    public static final String METHODS_KEY = "promotion-methods";
    public static final List<String> KEYS = List.of(ELIGIBILITY_KEY, STANDARDS_KEY, ORDERING_KEY, COUNCIL_KEY,
            EXAM_RULES_KEY, METHODS_KEY);

    private final RulePins pins;
    private final RuleTables ruleTables;

    public PromotionRules(RulePins pins, RuleTables ruleTables) {
        this.pins = pins;
        this.ruleTables = ruleTables;
    }

    static String owner(long roundId) {
        return "promotion-round:" + roundId;
    }

    /** The latest tables, to check a new plan against and pin to it. */
    Map<String, RuleTables.Table> current() {
        return pins.current(KEYS);
    }

    void pin(long roundId, Map<String, RuleTables.Table> tables) {
        pins.pin(owner(roundId), tables);
    }

    public Map<String, Integer> versions(long roundId) {
        return pins.versions(owner(roundId), KEYS);
    }

    /** A table of the round, for the domain. */
    public RuleTable table(RoundRow round, String key) {
        return of(pins.table(owner(round.id()), key).decision());
    }

    RuleTable of(DmnDecision decision) {
        return inputs -> ruleTables.firstRow(decision, inputs);
    }

    /** A table read once per round: its single row for the round's legal basis and date. */
    Map<String, Object> roundRow(RoundRow round, String key) {
        return ruleTables.dmnEngine().evaluateDecisionTable(pins.table(owner(round.id()), key).decision(),
                Map.of("legalBasis", round.legalBasis(), "effectiveOn", round.roundDate())).getSingleResult().getEntryMap();
    }

    public Council council(RoundRow round) {
        return Council.fromRuleResult(roundRow(round, COUNCIL_KEY));
    }

    /** The legal order's criteria, comma-separated (promotion-ordering). */
    public String orderingCriteria(RoundRow round) {
        return (String) roundRow(round, ORDERING_KEY).get("criteria");
    }

    public vn.noivu.bpm.exam.PassRules passRules(RoundRow round) {
        return vn.noivu.bpm.exam.PassRules.fromRuleResult(roundRow(round, EXAM_RULES_KEY));
    }
}
