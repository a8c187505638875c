package vn.noivu.bpm.restructuring;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.identity.ProcedureGroup;
import vn.noivu.bpm.platform.identity.ProcedureGroups;

/** Restructuring's own group: the commune People's Committee that runs the household consultation and reports it. */
@Component
public class RestructuringRoles implements ProcedureGroups {

    public static final String COMMUNE = "ubnd-xa";

    @Override
    public List<ProcedureGroup> groups() {
        return List.of(new ProcedureGroup(COMMUNE, "Ủy ban nhân dân cấp xã (lấy ý kiến hộ gia đình)",
                new ProcedureGroup.DemoAccount("ubndxa", "Lý Văn", "Xã"), Set.of()));
    }
}
