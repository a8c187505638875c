package vn.noivu.bpm.platform.security;

import java.util.List;
import vn.noivu.bpm.platform.identity.Role;

/** The signed-in caller of an /api endpoint, from HTTP Basic or the webapp login session. */
public record ApiUser(String userId, List<String> groupIds) {

    public static final String REQUEST_ATTRIBUTE = "noivu.apiUser";

    public boolean has(Role role) {
        return has(role.groupId());
    }

    public boolean has(String groupId) {
        return groupIds.contains(groupId);
    }
}
