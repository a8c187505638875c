package vn.noivu.bpm.commendation.process;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.CommendationRules;
import vn.noivu.bpm.commendation.domain.Decider;
import vn.noivu.bpm.commendation.domain.LocalQuota;
import vn.noivu.bpm.commendation.domain.RuleTable;
import vn.noivu.bpm.platform.rules.RulePins;
import vn.noivu.bpm.platform.rules.RuleTables;

/**
 * The rule tables an emulation year keeps (owner {@code commendation-year:<id>}): the commendation tables
 * ({@link CommendationRules#KEYS}) and the optional local quota of CSTĐ cơ sở ({@value #QUOTA_KEY}, no row by
 * default: P4), each pinned at the version deployed when the year was opened.
 */
@Component
public class YearRules {

    public static final String QUOTA_KEY = "commendation-year-local-quota";
    public static final List<String> KEYS;

    static {
        List<String> keys = new ArrayList<>(CommendationRules.KEYS);
        keys.add(QUOTA_KEY);
        KEYS = List.copyOf(keys);
    }

    private final RulePins pins;
    private final RuleTables ruleTables;
    private final CommendationCaseRules caseRules;

    public YearRules(RulePins pins, RuleTables ruleTables, CommendationCaseRules caseRules) {
        this.pins = pins;
        this.ruleTables = ruleTables;
        this.caseRules = caseRules;
    }

    public static String owner(long yearId) {
        return CommendationCaseRules.yearOwner(yearId);
    }

    /** At the year's opening, in its transaction: the commendation tables and the local quota. */
    public void pin(long yearId) {
        caseRules.pin(owner(yearId));
        pins.pin(owner(yearId), pins.current(List.of(QUOTA_KEY)));
    }

    public CommendationRules rules(long yearId) {
        return caseRules.rules(owner(yearId));
    }

    public Map<String, Integer> versions(long yearId) {
        return pins.versions(owner(yearId), KEYS);
    }

    /** The local quota of CSTĐ cơ sở for a unit of this kind, if the province or ministry configured one (P4). */
    public Optional<LocalQuota> quota(long yearId, Decider.UnitKind unitKind, LocalDate effectiveOn) {
        Map<String, Object> row = table(yearId, QUOTA_KEY).firstRow(Map.of("unitKind", unitKind.name(),
                "effectiveOn", effectiveOn));
        if (row == null || row.get("share") == null) {
            return Optional.empty();
        }
        return Optional.of(new LocalQuota(new BigDecimal(row.get("share").toString()),
                RoundingMode.valueOf((String) row.get("rounding")), (String) row.get("citation")));
    }

    private RuleTable table(long yearId, String key) {
        RuleTables.Table table = pins.table(owner(yearId), key);
        return inputs -> {
            DmnDecisionRuleResult row = ruleTables.dmnEngine().evaluateDecisionTable(table.decision(), inputs)
                    .getFirstResult();
            return row == null ? null : row.getEntryMap();
        };
    }
}
