package vn.noivu.bpm.restructuring.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.approval.FormNumbers;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.restructuring.domain.ConsultationTally;

/** On completing a commune's consultation task: the figures checked (a bad tally is refused) and stored. */
@Component("restructuringConsultationTally")
public class ConsultationTallyListener implements TaskListener {

    private final ConsultationReports reports;

    public ConsultationTallyListener(ConsultationReports reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        long[] values = new long[ConsultationReports.FIELDS.length];
        for (int i = 0; i < values.length; i++) {
            String field = ConsultationReports.FIELDS[i];
            Integer value = FormNumbers.wholeNumber(task.getVariable(field), field, 0, 100_000_000);
            if (value == null) {
                throw new org.camunda.bpm.engine.BadUserRequestException(field + ": bắt buộc / required");
            }
            values[i] = value;
        }
        long schemeId = ((Number) task.getVariable(SchemeProcess.SCHEME_ID)).longValue();
        String commune = (String) task.getVariable(SchemeProcess.COMMUNE_CODE);
        String by = task.getAssignee() == null ? "tasklist" : task.getAssignee();
        try {
            reports.record(schemeId, commune, new ConsultationTally(values[0], values[1], values[2], values[3], values[4],
                    List.of()), by);
        } catch (InvalidInputException e) {
            throw new org.camunda.bpm.engine.BadUserRequestException(e.getMessage());
        }
    }
}
