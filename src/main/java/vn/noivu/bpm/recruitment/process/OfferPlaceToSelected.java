package vn.noivu.bpm.recruitment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code offerPlaceToSelected}: the head chose among tied next-ranked candidates. */
@Component("recruitmentOfferPlaceToSelected")
@LegacyBeanNames("offerPlaceToSelected")
public class OfferPlaceToSelected implements JavaDelegate {

    private final HiringOffers offers;

    OfferPlaceToSelected(HiringOffers offers) {
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String vacated = HiringProcess.applicationNumber(execution);
        String chosen = offers.selected(vacated, FormVariables.picked(execution));
        offers.offerVacatedPlace(vacated, chosen, execution.getProcessInstanceId());
    }
}
