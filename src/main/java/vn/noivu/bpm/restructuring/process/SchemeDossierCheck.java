package vn.noivu.bpm.restructuring.process;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.restructuring.persistence.SchemeRepository;

/**
 * The dossier goes to the Ministry only with its two maps uploaded (current boundaries, proposed arrangement) and,
 * for a commune-level change, the draft resolution of the Standing Committee.
 */
@Component("restructuringSchemeDossierCheck")
public class SchemeDossierCheck implements TaskListener {

    public static final List<String> MAPS = List.of("BAN_DO_HIEN_TRANG", "BAN_DO_PHUONG_AN");
    /** For a commune-level change, the draft resolution of the Standing Committee (NQ 76/2025 Art. 9(2)(d)). */
    public static final String DRAFT_RESOLUTION = "DU_THAO_NGHI_QUYET";
    public static final List<String> KINDS = List.of("BAN_DO_HIEN_TRANG", "BAN_DO_PHUONG_AN", DRAFT_RESOLUTION);

    private final SchemeRepository schemes;

    public SchemeDossierCheck(SchemeRepository schemes) {
        this.schemes = schemes;
    }

    @Override
    public void notify(DelegateTask task) {
        long schemeId = ((Number) task.getVariable(SchemeProcess.SCHEME_ID)).longValue();
        List<String> uploaded = schemes.files(schemeId).stream().map(SchemeRepository.FileRow::kind).toList();
        List<String> required = new java.util.ArrayList<>(MAPS);
        if ("XA".equals(task.getVariable(SchemeProcess.CHANGE_LEVEL))) {
            required.add(DRAFT_RESOLUTION);
        }
        List<String> missing = required.stream().filter(kind -> !uploaded.contains(kind)).toList();
        if (!missing.isEmpty()) {
            throw new BadUserRequestException("Hồ sơ chưa có: " + String.join(", ", missing)
                    + " (POST /api/restructuring/schemes/" + schemeId + "/files, kind=...) / dossier files missing");
        }
    }
}
