package vn.noivu.bpm.sampleprocedure;

import java.util.List;
import java.util.Set;
import vn.noivu.bpm.platform.identity.ProcedureGroup;
import vn.noivu.bpm.platform.identity.ProcedureGroups;

/**
 * A test-only procedure's group, as a real procedure declares its own (there a @Component; not here, so the
 * Spring Boot tests' application does not pick it up).
 */
public class SampleProcedureRoles implements ProcedureGroups {

    public static final String BOARD = "hoi-dong-mau";

    @Override
    public List<ProcedureGroup> groups() {
        return List.of(new ProcedureGroup(BOARD, "Hội đồng mẫu",
                new ProcedureGroup.DemoAccount("hoidongmau", "Vũ Thị", "Mai"), Set.of("sample-read")));
    }
}
