package vn.noivu.bpm.recruitment.process;

import static vn.noivu.bpm.recruitment.process.HiringVariables.flag;
import static vn.noivu.bpm.recruitment.process.HiringVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.recruitment.HiringDocuments.CancellationGround;

/**
 * {@code prepareResultCancellation}: the ground of the cancellation (fraud found in the dossier, or the dossier
 * deadline passed) and the official's note, kept for the draft decision that document-issue has reviewed and signed.
 */
@Component("recruitmentPrepareResultCancellation")
public class PrepareResultCancellation implements JavaDelegate {

    private final Hiring hiring;

    PrepareResultCancellation(Hiring hiring) {
        this.hiring = hiring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CancellationGround ground = flag(execution, HiringProcess.FRAUD_FOUND) ? CancellationGround.GIAN_LAN
                : CancellationGround.KHONG_HOAN_THIEN_HO_SO;
        hiring.prepareCancellation(HiringProcess.applicationNumber(execution), ground,
                text(execution, HiringProcess.DOSSIER_NOTE));
    }
}
