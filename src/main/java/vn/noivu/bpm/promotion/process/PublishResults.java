package vn.noivu.bpm.promotion.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code publishResults} (asynchronous): the results are public; the winners wait for their appointment. */
@Component("promotionPublishResults")
@LegacyBeanNames({"publishPromotionResults"})
public class PublishResults implements JavaDelegate {

    private final PromotionPublication publication;

    public PublishResults(PromotionPublication publication) {
        this.publication = publication;
    }

    @Override
    public void execute(DelegateExecution execution) {
        publication.publish(PromotionProcess.roundCode(execution));
    }
}
