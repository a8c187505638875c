package vn.noivu.bpm.restructuring.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.restructuring.domain.SchemeStatus;
import vn.noivu.bpm.restructuring.persistence.SchemeRepository;

/** Whether every council's resolution is recorded, and whether all adopted the scheme. */
@Component("restructuringCouncilEvaluate")
public class CouncilEvaluate implements JavaDelegate {

    private final SchemeRepository schemes;
    private final CouncilRecords councils;

    public CouncilEvaluate(SchemeRepository schemes, CouncilRecords councils) {
        this.schemes = schemes;
        this.councils = councils;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long schemeId = ((Number) execution.getVariable(SchemeProcess.SCHEME_ID)).longValue();
        boolean complete = councils.missing(schemeId).isEmpty();
        boolean adopted = complete && schemes.councils(schemeId).stream().allMatch(SchemeRepository.CouncilRow::adopted);
        execution.setVariable(SchemeProcess.COUNCILS_COMPLETE, complete);
        execution.setVariable(SchemeProcess.COUNCILS_ADOPTED, adopted);
        if (complete) {
            schemes.setStatus(schemeId, adopted ? SchemeStatus.HOAN_THIEN_HO_SO : SchemeStatus.DUNG_HDND_KHONG_TAN_THANH);
        }
    }
}
