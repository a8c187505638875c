package vn.noivu.bpm.platform.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The groups that work tasks: the platform's task roles and every group the procedures contribute. */
@Component
public class TaskGroups {

    private final List<ProcedureGroup> contributed;

    public TaskGroups(Collection<ProcedureGroups> procedures) {
        List<ProcedureGroup> all = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Role role : Role.values()) {
            ids.add(role.groupId());
        }
        for (ProcedureGroups procedure : procedures) {
            for (ProcedureGroup group : procedure.groups()) {
                if (!ids.add(group.groupId())) {
                    throw new IllegalStateException("Group " + group.groupId() + " is contributed twice");
                }
                all.add(group);
            }
        }
        this.contributed = List.copyOf(all);
    }

    public List<ProcedureGroup> contributed() {
        return contributed;
    }

    /** Ids of every group that works tasks in the Tasklist (and so gets its filters). */
    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        Role.taskRoles().forEach(role -> ids.add(role.groupId()));
        contributed.forEach(group -> ids.add(group.groupId()));
        return ids;
    }

    /** Ids of the contributed groups granted this access. */
    public Set<String> withAccess(String access) {
        Set<String> ids = new LinkedHashSet<>();
        contributed.stream().filter(group -> group.access().contains(access)).forEach(group -> ids.add(group.groupId()));
        return ids;
    }
}
