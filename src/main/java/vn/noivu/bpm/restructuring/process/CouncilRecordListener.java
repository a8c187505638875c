package vn.noivu.bpm.restructuring.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.approval.FormNumbers;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.web.InvalidInputException;

/** On completing the councils' task: the council entered in the form (if any) recorded, checked as the API checks it. */
@Component("restructuringCouncilRecord")
public class CouncilRecordListener implements TaskListener {

    private final CouncilRecords councils;

    public CouncilRecordListener(CouncilRecords councils) {
        this.councils = councils;
    }

    @Override
    public void notify(DelegateTask task) {
        String unit = FormValues.text(task.getVariable("councilUnitCode"));
        if (unit == null) {
            return;
        }
        long schemeId = ((Number) task.getVariable(SchemeProcess.SCHEME_ID)).longValue();
        try {
            councils.record(schemeId, new CouncilRecords.CouncilInput(unit,
                    FormValues.text(task.getVariable("councilResolutionNumber")),
                    FormValues.date(task.getVariable("councilResolutionDate"), "councilResolutionDate"),
                    FormNumbers.wholeNumber(task.getVariable("councilDelegates"), "councilDelegates", 1, 1000),
                    FormNumbers.wholeNumber(task.getVariable("councilVotesFor"), "councilVotesFor", 0, 1000),
                    FormNumbers.wholeNumber(task.getVariable("councilVotesAgainst"), "councilVotesAgainst", 0, 1000)),
                    task.getAssignee() == null ? "tasklist" : task.getAssignee());
        } catch (InvalidInputException | Refused e) {
            throw new BadUserRequestException(e.getMessage());
        }
    }
}
