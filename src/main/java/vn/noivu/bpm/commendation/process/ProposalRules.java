package vn.noivu.bpm.commendation.process;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.calendar.PeriodUnit;
import vn.noivu.bpm.commendation.domain.CommendationRules;
import vn.noivu.bpm.commendation.domain.LegalPeriod;
import vn.noivu.bpm.platform.rules.RuleTables;

/**
 * The rules of a proposal: the commendation tables it pinned at submission (owner "commendation-proposal:id"), and
 * the periods of its steps from the table {@value #DEADLINES_KEY}, read by step id (the same rows that give the
 * Tasklist its due dates, so a period and its basis are written once).
 */
@Component
public class ProposalRules {

    public static final String DEADLINES_KEY = "commendation-proposal-task-deadline";
    /** The row of the public posting's period (the timer), and of the simplified procedure's appraisal. */
    public static final String POSTING_STEP = "postingEnded";
    public static final String SIMPLIFIED_APPRAISAL_STEP = "appraiseSimplified";

    private final CommendationCaseRules caseRules;
    private final RuleTables ruleTables;
    private final Deadlines deadlines;

    public ProposalRules(CommendationCaseRules caseRules, RuleTables ruleTables, Deadlines deadlines) {
        this.caseRules = caseRules;
        this.ruleTables = ruleTables;
        this.deadlines = deadlines;
    }

    public void pin(long proposalId) {
        caseRules.pin(CommendationProposalProcess.owner(proposalId));
    }

    public CommendationRules rules(long proposalId) {
        return caseRules.rules(CommendationProposalProcess.owner(proposalId));
    }

    /** The period of a step of the process, from the latest deadline table (a designer's change applies at once). */
    public LegalPeriod period(String step) {
        DmnDecisionRuleResult row = ruleTables.dmnEngine().evaluateDecisionTable(ruleTables.latest(DEADLINES_KEY).decision(),
                Map.of("processDefinitionKey", CommendationProposalProcess.KEY, "taskDefinitionKey", step)).getFirstResult();
        if (row == null) {
            throw new IllegalStateException("Bảng " + DEADLINES_KEY + " không có dòng cho bước " + step);
        }
        return new LegalPeriod(((Number) row.getEntry("days")).intValue(), PeriodUnit.valueOf(row.getEntry("unit")),
                row.getEntry("citation"));
    }

    public LocalDate due(LegalPeriod period, LocalDate from) {
        return period.due(deadlines, from);
    }
}
