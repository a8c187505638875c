package vn.noivu.bpm.restructuring.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.restructuring.persistence.SchemeRepository;

/** On creating the councils' task: the councils still to record (a list to pick from) and those recorded, in words. */
@Component("restructuringCouncilOptions")
public class CouncilOptionsListener implements TaskListener {

    private final CouncilRecords councils;
    private final SchemeRepository schemes;
    private final ObjectMapper json;

    public CouncilOptionsListener(CouncilRecords councils, SchemeRepository schemes, ObjectMapper json) {
        this.councils = councils;
        this.schemes = schemes;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        long schemeId = ((Number) task.getVariable(SchemeProcess.SCHEME_ID)).longValue();
        try {
            task.setVariable("councilOptions", SpinValues.jsonValue(json.writeValueAsString(councils.missing(schemeId))).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder recorded = new StringBuilder();
        for (SchemeRepository.CouncilRow c : schemes.councils(schemeId)) {
            recorded.append(c.unitCode()).append(": Nghị quyết ").append(c.resolutionNumber()).append(" ngày ")
                    .append(SchemeService.DAY.format(c.resolutionDate())).append(", ").append(c.votesFor()).append('/')
                    .append(c.delegates()).append(" đại biểu tán thành: ").append(c.adopted() ? "thông qua" : "không thông qua")
                    .append("\n");
        }
        task.setVariable("councilsRecorded", recorded.isEmpty() ? "Chưa ghi nhận nghị quyết nào." : recorded.toString());
        for (String field : new String[] {"councilUnitCode", "councilResolutionNumber", "councilResolutionDate",
                "councilDelegates", "councilVotesFor", "councilVotesAgainst"}) {
            task.removeVariable(field);
        }
    }
}
