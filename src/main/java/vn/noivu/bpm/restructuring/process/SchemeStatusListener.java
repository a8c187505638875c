package vn.noivu.bpm.restructuring.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.restructuring.domain.SchemeStatus;
import vn.noivu.bpm.restructuring.persistence.SchemeRepository;

/** The scheme's status in words as the case reaches each central step (listener on the step's start). */
@Component("restructuringSchemeStatus")
public class SchemeStatusListener implements ExecutionListener {

    private static final Map<String, SchemeStatus> BY_STEP = Map.of(
            "prepareDossier", SchemeStatus.HOAN_THIEN_HO_SO,
            "appraiseDossier", SchemeStatus.BO_NOI_VU_THAM_DINH,
            "recordGovernmentSubmission", SchemeStatus.CHINH_PHU_TRINH,
            "recordResolution", SchemeStatus.CHO_NGHI_QUYET,
            "schemeCompleted", SchemeStatus.HOAN_THANH);

    private final SchemeRepository schemes;

    public SchemeStatusListener(SchemeRepository schemes) {
        this.schemes = schemes;
    }

    @Override
    public void notify(DelegateExecution execution) {
        SchemeStatus status = BY_STEP.get(execution.getCurrentActivityId());
        if (status != null) {
            schemes.setStatus(((Number) execution.getVariable(SchemeProcess.SCHEME_ID)).longValue(), status);
        }
    }
}
