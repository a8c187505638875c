package vn.noivu.bpm.platform.identity;

import java.util.Set;

/**
 * A Camunda group a procedure adds, e.g. its council: it works tasks (Tasklist, filters, reading definitions)
 * like the platform's task roles. {@code access} names shared endpoints' accesses the group also gets
 * (see {@code AllowedRoles#access}); {@code demoUser} is its account in the demo profile, or null.
 */
public record ProcedureGroup(String groupId, String groupName, DemoAccount demoUser, Set<String> access) {

    public ProcedureGroup {
        access = Set.copyOf(access);
    }

    /** A demo account whose password equals its user id (demo profile only). */
    public record DemoAccount(String userId, String firstName, String lastName) {
    }
}
