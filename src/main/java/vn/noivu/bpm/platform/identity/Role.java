package vn.noivu.bpm.platform.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the system. Each is a Camunda group: candidate groups in the models,
 * Tasklist filters and authorizations are all granted to these ids.
 */
public enum Role {
    CHUYEN_VIEN("chuyen-vien", "Chuyên viên", true),
    LANH_DAO("lanh-dao", "Lãnh đạo", true),
    HOI_DONG_TUYEN_DUNG("hoi-dong-tuyen-dung", "Hội đồng tuyển dụng", true),
    HOI_DONG_THI_DUA("hoi-dong-thi-dua", "Hội đồng thi đua, khen thưởng", true),
    HOI_DONG_XET_THANG_HANG("hoi-dong-xet-thang-hang", "Hội đồng xét nâng ngạch, thăng hạng", true),
    THIET_KE_QUY_TRINH("thiet-ke-quy-trinh", "Thiết kế quy trình", false),
    CAMUNDA_ADMIN("camunda-admin", "Quản trị hệ thống", false);

    private final String groupId;
    private final String groupName;
    private final boolean worksTasks;

    Role(String groupId, String groupName, boolean worksTasks) {
        this.groupId = groupId;
        this.groupName = groupName;
        this.worksTasks = worksTasks;
    }

    public String groupId() {
        return groupId;
    }

    public String groupName() {
        return groupName;
    }

    /** Roles that work user tasks in the Tasklist (and so get its filters). */
    public static Set<Role> taskRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (role.worksTasks) {
                roles.add(role);
            }
        }
        return roles;
    }
}
