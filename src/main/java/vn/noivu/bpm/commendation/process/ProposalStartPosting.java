package vn.noivu.bpm.commendation.process;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.commendation.domain.LegalPeriod;
import vn.noivu.bpm.commendation.domain.ProposalStatus;

/**
 * startPosting: the proposed names go on the public page for the period of the row {@code postingEnded} of the
 * deadline table (P12, UNCONFIRMED, Law 06/2022 Art. 84(5),(7)), counted on the working-day calendar.
 */
@Component("commendationProposalStartPosting")
public class ProposalStartPosting implements JavaDelegate {

    private final ProposalCases cases;
    private final ProposalRules rules;

    public ProposalStartPosting(ProposalCases cases, ProposalRules rules) {
        this.cases = cases;
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LegalPeriod period = rules.period(ProposalRules.POSTING_STEP);
        LocalDate last = rules.due(period, LocalDate.now(Deadlines.ZONE));
        long id = CommendationProposalProcess.proposalId(execution);
        cases.repository().setPostingUntil(id, last);
        execution.setVariable(CommendationProposalProcess.POSTING_ENDS, Deadlines.endOfDay(last));
        execution.setVariable(CommendationProposalProcess.POSTING_BASIS, "Niêm yết đến hết ngày "
                + last.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " (" + period.days() + " "
                + (period.unit() == vn.noivu.bpm.calendar.PeriodUnit.WORKING_DAYS ? "ngày làm việc" : "ngày") + "; " + period.citation() + ")");
        cases.status(execution, ProposalStatus.NIEM_YET, null);
    }
}
