package vn.noivu.bpm.recruitment.process;

import static vn.noivu.bpm.recruitment.process.HiringVariables.date;
import static vn.noivu.bpm.recruitment.process.HiringVariables.setStartDeadline;
import static vn.noivu.bpm.recruitment.process.HiringVariables.text;

import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.documents.Decree30;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.documents.register.OutgoingDocument;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/**
 * {@code recordDecision}: the decision, the start-of-work period, the recruit told. The decision is the one issued
 * through document-issue (its number and date from the register); an instance of the earlier model, where the head
 * typed them in "issueDecision", brings {@code decisionNumber} and {@code decisionDate} instead.
 */
@Component("recruitmentRecordDecision")
@LegacyBeanNames("recordRecruitmentDecision")
public class RecordDecision implements JavaDelegate {

    private final Hiring hiring;
    private final DocumentService documents;

    RecordDecision(Hiring hiring, DocumentService documents) {
        this.hiring = hiring;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OutgoingDocument issued = HiringVariables.issued(documents, execution, HiringProcess.DECISION_DOCUMENT_ID);
        String decisionNumber;
        LocalDate decisionDate;
        if (issued != null) {
            decisionNumber = Decree30.numberText(issued.number(), issued.symbol());
            decisionDate = issued.issuedOn();
            // The later steps and their forms read the decision as before.
            execution.setVariable(HiringProcess.DECISION_NUMBER, decisionNumber);
            execution.setVariable(HiringProcess.DECISION_DATE, decisionDate.toString());
        } else {
            decisionNumber = text(execution, HiringProcess.DECISION_NUMBER);
            if (decisionNumber == null || decisionNumber.isEmpty()) {
                throw new BadUserRequestException(HiringProcess.DECISION_NUMBER + ": số quyết định là bắt buộc / required");
            }
            decisionDate = date(execution, HiringProcess.DECISION_DATE);
        }
        boolean request = hiring.decisionIssued(HiringProcess.applicationNumber(execution), decisionNumber, decisionDate);
        execution.setVariable(HiringProcess.CRIMINAL_RECORD_REQUEST, request);
        setStartDeadline(hiring, execution);
    }
}
