package vn.noivu.bpm.commendation;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.personnel.AwardController;
import vn.noivu.bpm.personnel.PersonnelController;
import vn.noivu.bpm.platform.identity.ProcedureGroup;
import vn.noivu.bpm.platform.identity.ProcedureGroups;

/**
 * The commendation council's group and demo account, ready before the commendation procedure's models arrive. The
 * council reads the nominees in the personnel register and the award register (their streaks, P5).
 */
@Component
public class CommendationRoles implements ProcedureGroups {

    public static final String COUNCIL = "hoi-dong-thi-dua";

    @Override
    public List<ProcedureGroup> groups() {
        return List.of(new ProcedureGroup(COUNCIL, "Hội đồng thi đua, khen thưởng",
                new ProcedureGroup.DemoAccount("thiduakt", "Phạm Thị", "Dung"),
                Set.of(PersonnelController.READ_ACCESS, AwardController.READ_ACCESS)));
    }
}
