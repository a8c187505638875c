package vn.noivu.bpm.recruitment.process;

import static vn.noivu.bpm.recruitment.process.HiringVariables.cancellationReason;
import static vn.noivu.bpm.recruitment.process.HiringVariables.flag;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/**
 * {@code cancelHiringResult}: dossier incomplete at the deadline, or fraud (which also bars the next round). The
 * cancellation takes effect with its issued decision ({@code issueResultCancellation}); an instance of the earlier
 * model brings the number its head typed.
 */
@Component("recruitmentCancelHiringResult")
@LegacyBeanNames("cancelHiringResult")
public class CancelHiringResult implements JavaDelegate {

    private final Hiring hiring;
    private final DocumentService documents;

    CancelHiringResult(Hiring hiring, DocumentService documents) {
        this.hiring = hiring;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean fraud = flag(execution, HiringProcess.FRAUD_FOUND);
        String reason = cancellationReason(documents, execution, fraud ? "Gian lận trong kê khai, văn bằng, chứng chỉ"
                : "Không hoàn thiện đủ hồ sơ trong thời hạn");
        hiring.cancel(HiringProcess.applicationNumber(execution), false, fraud, reason);
    }
}
