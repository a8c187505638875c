package vn.noivu.bpm.recruitment.process;

import static vn.noivu.bpm.recruitment.process.HiringVariables.setDossierDeadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code openHiringDossier}: the dossier period, from the publication or from the notice's receipt. */
@Component("recruitmentOpenHiringDossier")
@LegacyBeanNames("openHiringDossier")
public class OpenHiringDossier implements JavaDelegate {

    private final Hiring hiring;

    OpenHiringDossier(Hiring hiring) {
        this.hiring = hiring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = HiringProcess.applicationNumber(execution);
        boolean receiptNeeded = hiring.openDossier(number);
        execution.setVariable(HiringProcess.NOTICE_RECEIPT_NEEDED, receiptNeeded);
        execution.setVariable(HiringProcess.REQUIRED_DOCUMENTS, hiring.requiredDocuments(hiring.winner(number)));
        if (!receiptNeeded) {
            setDossierDeadline(hiring, execution);
        }
    }
}
