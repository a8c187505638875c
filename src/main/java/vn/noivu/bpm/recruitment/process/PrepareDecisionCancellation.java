package vn.noivu.bpm.recruitment.process;

import static vn.noivu.bpm.recruitment.process.HiringVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.recruitment.HiringDocuments.CancellationGround;

/**
 * {@code prepareDecisionCancellation}: the ground of the cancellation (a criminal record that excludes the recruit,
 * or no start of work by the deadline), kept for the draft decision that document-issue has reviewed and signed.
 */
@Component("recruitmentPrepareDecisionCancellation")
public class PrepareDecisionCancellation implements JavaDelegate {

    private final Hiring hiring;

    PrepareDecisionCancellation(Hiring hiring) {
        this.hiring = hiring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean record = HiringProcess.CRIMINAL_RECORD_DISQUALIFIES.equals(
                execution.getVariable(HiringProcess.CRIMINAL_RECORD_RESULT));
        hiring.prepareCancellation(HiringProcess.applicationNumber(execution),
                record ? CancellationGround.LY_LICH_TU_PHAP : CancellationGround.KHONG_NHAN_VIEC,
                record ? text(execution, HiringProcess.CRIMINAL_RECORD_NOTE) : null);
    }
}
