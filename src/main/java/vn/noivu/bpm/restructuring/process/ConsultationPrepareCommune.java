package vn.noivu.bpm.restructuring.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.restructuring.persistence.SchemeRepository;

/**
 * The commune of one instance of the consultation sub-process (by its loop counter, communes ordered by code); the
 * figures it will report are kept in the instance's own scope, so parallel communes never overwrite each other.
 */
@Component("restructuringConsultationPrepareCommune")
public class ConsultationPrepareCommune implements JavaDelegate {

    private final SchemeRepository schemes;

    public ConsultationPrepareCommune(SchemeRepository schemes) {
        this.schemes = schemes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long schemeId = ((Number) execution.getVariable(SchemeProcess.SCHEME_ID)).longValue();
        int round = ((Number) execution.getVariable(SchemeProcess.CONSULTATION_ROUND)).intValue();
        int index = ((Number) execution.getVariable("loopCounter")).intValue();
        List<SchemeRepository.ConsultationRow> communes = schemes.consultations(schemeId, round);
        SchemeRepository.ConsultationRow commune = communes.get(index);
        execution.setVariableLocal(SchemeProcess.COMMUNE_CODE, commune.communeCode());
        execution.setVariableLocal(SchemeProcess.COMMUNE_NAME, commune.communeName());
        for (String field : ConsultationReports.FIELDS) {
            execution.setVariableLocal(field, null);
        }
    }
}
