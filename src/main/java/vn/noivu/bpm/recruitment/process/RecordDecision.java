package vn.noivu.bpm.recruitment.process;

import static vn.noivu.bpm.recruitment.process.HiringVariables.date;
import static vn.noivu.bpm.recruitment.process.HiringVariables.setStartDeadline;
import static vn.noivu.bpm.recruitment.process.HiringVariables.text;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code recordDecision}: the decision, the start-of-work period, the recruit told. */
@Component("recruitmentRecordDecision")
@LegacyBeanNames("recordRecruitmentDecision")
public class RecordDecision implements JavaDelegate {

    private final Hiring hiring;

    RecordDecision(Hiring hiring) {
        this.hiring = hiring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decisionNumber = text(execution, HiringProcess.DECISION_NUMBER);
        if (decisionNumber == null || decisionNumber.isEmpty()) {
            throw new BadUserRequestException(HiringProcess.DECISION_NUMBER + ": số quyết định là bắt buộc / required");
        }
        String number = HiringProcess.applicationNumber(execution);
        boolean request = hiring.decisionIssued(number, decisionNumber, date(execution, HiringProcess.DECISION_DATE));
        execution.setVariable(HiringProcess.CRIMINAL_RECORD_REQUEST, request);
        setStartDeadline(hiring, execution);
    }
}
