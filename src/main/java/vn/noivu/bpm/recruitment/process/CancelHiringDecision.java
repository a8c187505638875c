package vn.noivu.bpm.recruitment.process;

import static vn.noivu.bpm.recruitment.process.HiringVariables.cancellationReason;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/**
 * {@code cancelHiringDecision}: no-show by the deadline, or a criminal record that excludes the recruit. The
 * cancellation takes effect with its issued decision ({@code issueDecisionCancellation}); an instance of the earlier
 * model brings the number its head typed.
 */
@Component("recruitmentCancelHiringDecision")
@LegacyBeanNames("cancelHiringDecision")
public class CancelHiringDecision implements JavaDelegate {

    private final Hiring hiring;
    private final DocumentService documents;

    CancelHiringDecision(Hiring hiring, DocumentService documents) {
        this.hiring = hiring;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean record = HiringProcess.CRIMINAL_RECORD_DISQUALIFIES.equals(
                execution.getVariable(HiringProcess.CRIMINAL_RECORD_RESULT));
        String reason = cancellationReason(documents, execution, record
                ? "Phiếu lý lịch tư pháp thuộc trường hợp không được tuyển dụng" : "Không đến nhận việc trong thời hạn");
        hiring.cancel(HiringProcess.applicationNumber(execution), true, false, reason);
    }
}
