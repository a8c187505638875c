package vn.noivu.bpm.recruitment.process;

import static vn.noivu.bpm.recruitment.process.HiringVariables.date;
import static vn.noivu.bpm.recruitment.process.HiringVariables.setDossierDeadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code setDossierDeadline}: public employees' dossier period runs from the day they received the notice. */
@Component("recruitmentSetDossierDeadline")
@LegacyBeanNames("setDossierDeadline")
public class SetDossierDeadline implements JavaDelegate {

    private final Hiring hiring;

    SetDossierDeadline(Hiring hiring) {
        this.hiring = hiring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        hiring.noticeReceived(HiringProcess.applicationNumber(execution), date(execution, HiringProcess.NOTICE_RECEIVED_ON));
        setDossierDeadline(hiring, execution);
    }
}
