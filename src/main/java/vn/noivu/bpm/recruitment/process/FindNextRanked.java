package vn.noivu.bpm.recruitment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code findNextRanked}: the place goes to the candidate immediately below; a tie goes to the head. */
@Component("recruitmentFindNextRanked")
@LegacyBeanNames("findNextRanked")
public class FindNextRanked implements JavaDelegate {

    private final HiringOffers offers;

    FindNextRanked(HiringOffers offers) {
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String vacated = HiringProcess.applicationNumber(execution);
        HiringOffers.NextRanked next = offers.nextRanked(vacated);
        boolean tie = next.applicationNumbers().size() > 1;
        execution.setVariable(HiringProcess.REPLACEMENT_TIE, tie);
        execution.setVariable(HiringProcess.TIE_SUMMARY, next.summary());
        execution.setVariable(RecruitmentProcess.TIE_OPTIONS, FormVariables.json(next.options()));
        if (next.applicationNumbers().size() == 1) {
            offers.offerVacatedPlace(vacated, next.applicationNumbers().get(0), execution.getProcessInstanceId());
        } else if (!tie) {
            offers.progress(offers.winner(vacated).round(), execution.getProcessInstanceId());
        }
    }
}
