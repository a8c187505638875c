package vn.noivu.bpm.promotion;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.personnel.PersonnelController;
import vn.noivu.bpm.platform.identity.ProcedureGroup;
import vn.noivu.bpm.platform.identity.ProcedureGroups;

/** Promotion's own group: the council, which also reads the personnel register to judge eligibility. */
@Component
public class PromotionRoles implements ProcedureGroups {

    public static final String COUNCIL = "hoi-dong-xet-thang-hang";

    @Override
    public List<ProcedureGroup> groups() {
        return List.of(new ProcedureGroup(COUNCIL, "Hội đồng xét nâng ngạch, thăng hạng",
                new ProcedureGroup.DemoAccount("hoidongth", "Đặng Văn", "Giang"), Set.of(PersonnelController.READ_ACCESS)));
    }
}
