package vn.noivu.bpm.recruitment.process;

import static vn.noivu.bpm.recruitment.process.HiringVariables.date;
import static vn.noivu.bpm.recruitment.process.HiringVariables.flag;
import static vn.noivu.bpm.recruitment.process.HiringVariables.setStartDeadline;

import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code extendStartDeadline}: the head's decision on a requested extension of the start of work. */
@Component("recruitmentExtendStartDeadline")
@LegacyBeanNames("extendStartDeadline")
public class ExtendStartDeadline implements JavaDelegate {

    private final Hiring hiring;

    ExtendStartDeadline(Hiring hiring) {
        this.hiring = hiring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!flag(execution, "approved")) {
            return;
        }
        LocalDate until = date(execution, HiringProcess.EXTENSION_UNTIL);
        if (!until.isAfter(hiring.startDeadline(HiringProcess.applicationNumber(execution)))) {
            throw new BadUserRequestException(HiringProcess.EXTENSION_UNTIL
                    + ": ngày gia hạn phải sau hạn nhận việc hiện tại / must be after the current deadline");
        }
        hiring.extendStart(HiringProcess.applicationNumber(execution), until);
        setStartDeadline(hiring, execution);
    }
}
