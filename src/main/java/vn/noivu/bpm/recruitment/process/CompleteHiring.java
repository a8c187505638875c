package vn.noivu.bpm.recruitment.process;

import static vn.noivu.bpm.recruitment.process.HiringVariables.date;
import static vn.noivu.bpm.recruitment.process.HiringVariables.flag;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.approval.FormNumbers;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code completeHiring}: the recruit started work; public employees' probation is set. */
@Component("recruitmentCompleteHiring")
@LegacyBeanNames("completeHiring")
public class CompleteHiring implements JavaDelegate {

    private final Hiring hiring;

    CompleteHiring(Hiring hiring) {
        this.hiring = hiring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Integer prior = FormNumbers.wholeNumber(execution.getVariable(HiringProcess.PRIOR_INSURED_MONTHS),
                HiringProcess.PRIOR_INSURED_MONTHS, 0, 600);
        hiring.started(HiringProcess.applicationNumber(execution), date(execution, HiringProcess.STARTED_ON),
                flag(execution, HiringProcess.PHYSICIAN_TITLE), prior == null ? 0 : prior,
                execution.getProcessInstanceId());
    }
}
