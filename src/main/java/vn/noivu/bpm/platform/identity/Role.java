package vn.noivu.bpm.platform.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The platform's own roles, which every procedure shares. Each is a Camunda group: candidate groups in the models,
 * Tasklist filters and authorizations are all granted to these ids. A procedure's own groups (its council)
 * come from its {@link ProcedureGroups} bean.
 */
public enum Role {
    CHUYEN_VIEN("chuyen-vien", "Chuyên viên", true),
    LANH_DAO("lanh-dao", "Lãnh đạo", true),
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
