package vn.noivu.bpm.commendation;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.personnel.AwardController;
import vn.noivu.bpm.personnel.PersonnelController;
import vn.noivu.bpm.platform.identity.ProcedureGroup;
import vn.noivu.bpm.platform.identity.ProcedureGroups;

/**
 * Commendation's groups: the unit's emulation council (votes on the unit's nominees), the Department of Home
 * Affairs' commendation board (receives and appraises the units' proposals to the province), the provincial council
 * (votes where the law requires a vote) and the provincial Chairman (decides). A unit's head, or a commune's
 * Chairman, decides base-level titles as {@code lanh-dao}. All of them read the personnel and award registers.
 */
@Component
public class CommendationRoles implements ProcedureGroups {

    public static final String COUNCIL = "hoi-dong-thi-dua";
    public static final String BOARD = "ban-thi-dua-khen-thuong";
    public static final String PROVINCIAL_COUNCIL = "hoi-dong-thi-dua-tinh";
    public static final String CHAIRMAN = "chu-tich-ubnd-tinh";

    @Override
    public List<ProcedureGroup> groups() {
        Set<String> registers = Set.of(PersonnelController.READ_ACCESS, AwardController.READ_ACCESS);
        return List.of(
                new ProcedureGroup(COUNCIL, "Hội đồng thi đua, khen thưởng",
                        new ProcedureGroup.DemoAccount("thiduakt", "Phạm Thị", "Dung"), registers),
                new ProcedureGroup(BOARD, "Ban Thi đua - Khen thưởng (Sở Nội vụ)",
                        new ProcedureGroup.DemoAccount("bantdkt", "Lê Văn", "Hải"), registers),
                new ProcedureGroup(PROVINCIAL_COUNCIL, "Hội đồng Thi đua - Khen thưởng tỉnh",
                        new ProcedureGroup.DemoAccount("hdtdtinh", "Trần Thị", "Lan"), registers),
                new ProcedureGroup(CHAIRMAN, "Chủ tịch Ủy ban nhân dân tỉnh",
                        new ProcedureGroup.DemoAccount("chutich", "Nguyễn Văn", "Bình"), registers));
    }
}
