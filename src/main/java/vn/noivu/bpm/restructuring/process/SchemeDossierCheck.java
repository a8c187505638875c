package vn.noivu.bpm.restructuring.process;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.restructuring.persistence.SchemeRepository;

/** The dossier goes to the Ministry only with its two maps uploaded (current boundaries, proposed arrangement). */
@Component("restructuringSchemeDossierCheck")
public class SchemeDossierCheck implements TaskListener {

    public static final List<String> MAPS = List.of("BAN_DO_HIEN_TRANG", "BAN_DO_PHUONG_AN");

    private final SchemeRepository schemes;

    public SchemeDossierCheck(SchemeRepository schemes) {
        this.schemes = schemes;
    }

    @Override
    public void notify(DelegateTask task) {
        long schemeId = ((Number) task.getVariable(SchemeProcess.SCHEME_ID)).longValue();
        List<String> uploaded = schemes.files(schemeId).stream().map(SchemeRepository.FileRow::kind).toList();
        List<String> missing = MAPS.stream().filter(kind -> !uploaded.contains(kind)).toList();
        if (!missing.isEmpty()) {
            throw new BadUserRequestException("Hồ sơ chưa có bản đồ: " + String.join(", ", missing)
                    + " (POST /api/restructuring/schemes/" + schemeId + "/files, kind=...) / maps missing");
        }
    }
}
