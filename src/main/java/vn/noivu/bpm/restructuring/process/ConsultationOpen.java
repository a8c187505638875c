package vn.noivu.bpm.restructuring.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.restructuring.domain.SchemeStatus;
import vn.noivu.bpm.restructuring.persistence.SchemeRepository;

/** Opens a consultation round: how many communes it sends the documents to (the multi-instance's cardinality). */
@Component("restructuringConsultationOpen")
public class ConsultationOpen implements JavaDelegate {

    private final SchemeRepository schemes;

    public ConsultationOpen(SchemeRepository schemes) {
        this.schemes = schemes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long schemeId = ((Number) execution.getVariable(SchemeProcess.SCHEME_ID)).longValue();
        int round = ((Number) execution.getVariable(SchemeProcess.CONSULTATION_ROUND)).intValue();
        schemes.setRound(schemeId, round);
        schemes.setStatus(schemeId, SchemeStatus.DANG_LAY_Y_KIEN);
        execution.setVariable(SchemeProcess.CONSULTATION_COUNT, schemes.consultations(schemeId, round).size());
    }
}
