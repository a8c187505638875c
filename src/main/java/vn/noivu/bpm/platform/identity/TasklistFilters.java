package vn.noivu.bpm.platform.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every task-working group starts with. Their queries use the current user's
 * identity, so one filter serves every group while each user still sees only the tasks of the groups
 * they belong to. Only those groups may read the filters. "Việc của nhóm" comes first, so it is where a user
 * lands; each task shows the {@link TasklistColumns} it has, so a clerk tells rounds apart
 * without opening them. The properties are brought up to date at every start; the queries stay as created.
 */
@Component
public class TasklistFilters {

    public static final String MY_TASKS = "Việc của tôi";
    public static final String GROUP_TASKS = "Việc của nhóm";
    public static final String OVERDUE = "Quá hạn";

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    private record Definition(String name, String description, int priority, String color,
                              Function<TaskService, TaskQuery> query) {
    }

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition(MY_TASKS, "Công việc đang giao cho tôi, hạn xử lý gần nhất trước", -5, "#2c6db5",
                    tasks -> tasks.createTaskQuery()
                            .taskAssigneeExpression("${currentUser()}")
                            .orderByDueDate().asc().orderByTaskCreateTime().asc()),
            new Definition(GROUP_TASKS, "Công việc của nhóm chưa có người nhận", -10, "#3f8f4f",
                    tasks -> tasks.createTaskQuery()
                            .taskCandidateGroupInExpression("${currentUserGroups()}")
                            .orderByDueDate().asc().orderByTaskCreateTime().asc()),
            new Definition(OVERDUE, "Công việc của tôi hoặc của nhóm đã quá hạn xử lý", 0, "#c0392b",
                    tasks -> tasks.createTaskQuery()
                            .or()
                                .taskAssigneeExpression("${currentUser()}")
                                .taskCandidateGroupInExpression("${currentUserGroups()}")
                                .includeAssignedTasks()
                            .endOr()
                            .dueBeforeExpression("${now()}")
                            .orderByDueDate().asc()));

    private final TaskGroups taskGroups;

    public TasklistFilters(TaskGroups taskGroups) {
        this.taskGroups = taskGroups;
    }

    void createDefaults(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        for (Definition definition : DEFINITIONS) {
            Filter filter = filters.createFilterQuery().filterName(definition.name()).singleResult();
            if (filter == null) {
                filter = filters.newTaskFilter(definition.name());
                filter.setProperties(properties(definition));
                filter.setQuery(definition.query().apply(tasks));
                filters.saveFilter(filter);
                log.info("Created Tasklist filter '{}'", definition.name());
            } else if (!properties(definition).equals(filter.getProperties())) {
                filter.setProperties(properties(definition));
                filters.saveFilter(filter);
                log.info("Updated the properties of Tasklist filter '{}'", definition.name());
            }
            for (String groupId : taskGroups.ids()) {
                Grants.grant(authorizations, groupId, Resources.FILTER, filter.getId(), Permissions.READ);
            }
        }
    }

    private static Map<String, Object> properties(Definition definition) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", definition.description());
        properties.put("priority", definition.priority());
        properties.put("color", definition.color());
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", TasklistColumns.COLUMNS.stream()
                .map(column -> Map.of("name", column.taskVariable(), "label", column.label())).toList());
        return properties;
    }
}
