package vn.noivu.bpm.restructuring.process;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.rules.RulePins;
import vn.noivu.bpm.platform.rules.RuleTables;
import vn.noivu.bpm.restructuring.domain.RestructuringRules;
import vn.noivu.bpm.restructuring.domain.RuleTable;

/**
 * The rule tables of a restructuring case (a scheme, "restructuring-scheme:ID"): the versions deployed when the case
 * began, kept to its end, so a table a designer amends later changes later cases only; or today's tables for a
 * check outside a case.
 */
@Component
public class RestructuringCaseRules {

    private final RulePins pins;
    private final RuleTables ruleTables;

    public RestructuringCaseRules(RulePins pins, RuleTables ruleTables) {
        this.pins = pins;
        this.ruleTables = ruleTables;
    }

    public static String schemeOwner(long schemeId) {
        return "restructuring-scheme:" + schemeId;
    }

    /** Pins today's tables to a case that has just begun. */
    public void pin(String owner) {
        pins.pin(owner, pins.current(RestructuringRules.KEYS));
    }

    /** The rules of a case, from the tables it pinned. */
    public RestructuringRules rules(String owner) {
        return new RestructuringRules(key -> of(pins.table(owner, key).decision()));
    }

    /** The rules of the latest deployed tables. */
    public RestructuringRules latest() {
        return new RestructuringRules(key -> of(ruleTables.latest(key).decision()));
    }

    private RuleTable of(DmnDecision decision) {
        return inputs -> ruleTables.firstRow(decision, inputs);
    }
}
