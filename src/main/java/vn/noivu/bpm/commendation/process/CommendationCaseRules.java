package vn.noivu.bpm.commendation.process;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.CommendationRules;
import vn.noivu.bpm.commendation.domain.RuleTable;
import vn.noivu.bpm.platform.rules.RulePins;
import vn.noivu.bpm.platform.rules.RuleTables;

/**
 * The rule tables of a commendation case (an emulation year of a unit, a proposal to the province): the versions
 * deployed when the case began, kept to its end, so a table a designer amends later changes later cases only.
 * Owners are "commendation-year:ID" or "commendation-proposal:ID".
 */
@Component
public class CommendationCaseRules {

    private final RulePins pins;
    private final RuleTables ruleTables;

    public CommendationCaseRules(RulePins pins, RuleTables ruleTables) {
        this.pins = pins;
        this.ruleTables = ruleTables;
    }

    public static String yearOwner(long yearId) {
        return "commendation-year:" + yearId;
    }

    public static String proposalOwner(long proposalId) {
        return "commendation-proposal:" + proposalId;
    }

    /** Pins today's tables to a case that has just begun. */
    public void pin(String owner) {
        pins.pin(owner, pins.current(CommendationRules.KEYS));
    }

    /** The rules of a case, from the tables it pinned. */
    public CommendationRules rules(String owner) {
        return new CommendationRules(key -> of(pins.table(owner, key).decision()));
    }

    /** Key and version of each table of a case, for its page. */
    public java.util.Map<String, Integer> versions(String owner) {
        return pins.versions(owner, CommendationRules.KEYS);
    }

    private RuleTable of(DmnDecision decision) {
        return inputs -> ruleTables.firstRow(decision, inputs);
    }
}
