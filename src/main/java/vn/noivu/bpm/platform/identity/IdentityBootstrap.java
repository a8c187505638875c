package vn.noivu.bpm.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static vn.noivu.bpm.platform.identity.Grants.grant;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups, what each role may do, the administrator and (demo profile) the demo users,
 * every time the engine starts. Idempotent: existing users keep their passwords.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IdentityBootstrap extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private static final String TASKLIST = "tasklist";
    private static final String COCKPIT = "cockpit";

    private final IdentityProperties properties;
    private final TasklistFilters tasklistFilters;
    private final TaskGroups taskGroups;

    public IdentityBootstrap(IdentityProperties properties, TasklistFilters tasklistFilters, TaskGroups taskGroups) {
        if (!properties.demoUsers() && !properties.hasAdminAccount()) {
            throw new MissingAdminAccountException();
        }
        this.properties = properties;
        this.tasklistFilters = tasklistFilters;
        this.taskGroups = taskGroups;
    }

    /** Task workers may work, comment on and see the history of their tasks, and nothing more (TaskAuthorizations). */
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new TaskAuthorizations());
        configuration.setEnableHistoricInstancePermissions(true);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (Role role : Role.values()) {
            createGroup(identity, role.groupId(), role.groupName(),
                    role == Role.CAMUNDA_ADMIN ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
        }
        for (ProcedureGroup group : taskGroups.contributed()) {
            createGroup(identity, group.groupId(), group.groupName(), Groups.GROUP_TYPE_WORKFLOW);
        }
        grantRolePermissions(authorizations);
        if (properties.hasAdminAccount()) {
            createUser(identity, properties.adminUser(), properties.adminPassword(), "Quản trị", "Hệ thống", null,
                    Role.CAMUNDA_ADMIN.groupId());
        }
        if (properties.demoUsers()) {
            for (DemoUser demo : DemoUser.values()) {
                createUser(identity, demo.userId, demo.userId, demo.firstName, demo.lastName, demo.email(),
                        demo.role.groupId());
            }
            for (ProcedureGroup group : taskGroups.contributed()) {
                ProcedureGroup.DemoAccount demo = group.demoUser();
                if (demo != null) {
                    createUser(identity, demo.userId(), demo.userId(), demo.firstName(), demo.lastName(),
                            DemoUser.email(demo.userId()), group.groupId());
                }
            }
            log.warn("Demo users are enabled (password = user name). Do not use the demo profile in production.");
        }
        tasklistFilters.createDefaults(engine.getFilterService(), engine.getTaskService(), authorizations);
    }

    private void grantRolePermissions(AuthorizationService authorizations) {
        for (Resource resource : Resources.values()) {
            grant(authorizations, Role.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
        for (String groupId : taskGroups.ids()) {
            grant(authorizations, groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
            // Reading definitions lets the Tasklist show process names and deployed forms; tasks come
            // from the candidate-group authorizations the engine creates per task.
            grant(authorizations, groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        }
        // Officials open dossiers: they start processes from the Tasklist.
        grant(authorizations, Role.CHUYEN_VIEN, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(authorizations, Role.CHUYEN_VIEN, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);

        // Designers: Cockpit, deployments from Camunda Modeler, and reading what is deployed; no tasks, no instances.
        Role designer = Role.THIET_KE_QUY_TRINH;
        grant(authorizations, designer, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        grant(authorizations, designer, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
        grant(authorizations, designer, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        grant(authorizations, designer, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        grant(authorizations, designer, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    }

    private static void createGroup(IdentityService identity, String groupId, String name, String type) {
        if (identity.createGroupQuery().groupId(groupId).count() > 0) {
            return;
        }
        Group group = identity.newGroup(groupId);
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
        log.info("Created group {}", groupId);
    }

    private static void createUser(IdentityService identity, String userId, String password,
                                   String firstName, String lastName, String email, String groupId) {
        User existing = identity.createUserQuery().userId(userId).singleResult();
        if (existing == null) {
            User user = identity.newUser(userId);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(password);
            identity.saveUser(user);
            log.info("Created user {}", userId);
        } else if (email != null && (existing.getEmail() == null || existing.getEmail().isBlank())) {
            existing.setEmail(email);
            identity.saveUser(existing);
        }
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }
}
