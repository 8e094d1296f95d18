package org.fordra.demo;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.fordra.api.StaffGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's accounts (CONTRACT.md, default profile only): one person per kind of work, each
 * password the same as the name. Never created with the postgres profile, where the first
 * administrator's password comes from the environment.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "fordra.demo.enabled", havingValue = "true")
class DemoUsers implements CommandLineRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  DemoUsers(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @Override
  public void run(String... args) {
    group(StaffGroups.COLLECTORS, "Collectors", Groups.GROUP_TYPE_WORKFLOW);
    group(StaffGroups.SALES, "Sales", Groups.GROUP_TYPE_WORKFLOW);
    group(StaffGroups.MANAGERS, "Managers", Groups.GROUP_TYPE_WORKFLOW);
    group(Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
    adminGroupMayDoEverything();
    user("collector", "Carla", "Collector", StaffGroups.COLLECTORS);
    user("sales", "Sam", "Sales", StaffGroups.SALES);
    user("manager", "Maria", "Manager", StaffGroups.MANAGERS);
    user("admin", "Ada", "Admin", Groups.CAMUNDA_ADMIN);
  }

  private void group(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private void user(String id, String first, String last, String groupId) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setFirstName(first);
    user.setLastName(last);
    user.setEmail(id + "@fordra.example");
    user.setPassword(id);
    identity.saveUser(user);
    identity.createMembership(id, groupId);
    log.info("Demo user '{}' (password '{}') in group '{}'", id, id, groupId);
  }

  /** What Camunda's own first-admin set-up grants: everything, on every kind of resource. */
  private void adminGroupMayDoEverything() {
    for (Resource resource : Resources.values()) {
      boolean granted =
          authorizations
                  .createAuthorizationQuery()
                  .groupIdIn(Groups.CAMUNDA_ADMIN)
                  .resourceType(resource)
                  .resourceId(Authorization.ANY)
                  .count()
              > 0;
      if (!granted) {
        Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        all.setGroupId(Groups.CAMUNDA_ADMIN);
        all.setResource(resource);
        all.setResourceId(Authorization.ANY);
        all.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(all);
      }
    }
  }
}
