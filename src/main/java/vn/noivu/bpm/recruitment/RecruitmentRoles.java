package vn.noivu.bpm.recruitment;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.identity.ProcedureGroup;
import vn.noivu.bpm.platform.identity.ProcedureGroups;

/** Recruitment's own group: the recruitment council, candidate group of its marking and review tasks. */
@Component
public class RecruitmentRoles implements ProcedureGroups {

    public static final String COUNCIL = "hoi-dong-tuyen-dung";

    @Override
    public List<ProcedureGroup> groups() {
        return List.of(new ProcedureGroup(COUNCIL, "Hội đồng tuyển dụng",
                new ProcedureGroup.DemoAccount("hoidong", "Lê Văn", "Cường"), Set.of()));
    }
}
