package org.fordra.security;

import org.fordra.api.StaffGroups;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.event.ContextRefreshedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who may do what, set up at every start in every profile (and harmless to repeat):
 *
 * <ul>
 *   <li>{@code collectors} and {@code sales} open Tasklist and nothing else. They get no task
 *       permission from here at all: the engine grants a candidate group READ and UPDATE on each
 *       task it is a candidate for (and the assignee the same on claiming), so a collector sees,
 *       claims and completes {@code CallCustomer} and {@code MatchPayment} tasks only, sales
 *       {@code ReviewDispute} only.
 *       A wildcard task READ would show them every task, so there is none.
 *   <li>{@code managers} open Tasklist and Cockpit, read process definitions, instances and their
 *       history, decisions and deployments, and create deployments: a manager deploys a new
 *       process version from Camunda Modeler through {@code /engine-rest}.
 *   <li>{@code camunda-admin} is the engine's administrator group and passes every check.
 * </ul>
 */
@Component
public class StaffAuthorizations {

  private static final Logger log = LoggerFactory.getLogger(StaffAuthorizations.class);

  static final String ALL = Authorization.ANY;
  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private final AuthorizationService authorizations;
  private final IdentityService identity;

  StaffAuthorizations(AuthorizationService authorizations, IdentityService identity) {
    this.authorizations = authorizations;
    this.identity = identity;
  }

  @EventListener
  @Order(1)
  public void onStarted(ContextRefreshedEvent event) {
    grantAll();
  }

  public void grantAll() {
    group(StaffGroups.COLLECTORS, "Collectors");
    group(StaffGroups.SALES, "Sales");
    group(StaffGroups.MANAGERS, "Managers");

    grant(StaffGroups.COLLECTORS, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    grant(StaffGroups.SALES, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);

    String managers = StaffGroups.MANAGERS;
    grant(managers, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    grant(managers, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grant(managers, Resources.PROCESS_DEFINITION, ALL,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE);
    grant(managers, Resources.PROCESS_INSTANCE, ALL, Permissions.READ);
    grant(managers, Resources.DECISION_DEFINITION, ALL, Permissions.READ, Permissions.READ_HISTORY);
    grant(managers, Resources.DECISION_REQUIREMENTS_DEFINITION, ALL, Permissions.READ);
    grant(managers, Resources.DEPLOYMENT, ALL, Permissions.READ, Permissions.CREATE);
  }

  /** The staff groups exist from the first start, so an administrator only adds people. */
  private void group(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identity.saveGroup(group);
      log.info("Created group {}", id);
    }
  }

  /** Grants {@code permissions} to a group, adding to what it already has, never taking away. */
  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    List<Authorization> existing =
        authorizations
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .list();
    Authorization authorization;
    if (existing.isEmpty()) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else {
      authorization = existing.get(0);
      boolean missing = false;
      for (Permission permission : permissions) {
        missing |= !authorization.isPermissionGranted(permission);
      }
      if (!missing) {
        return;
      }
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
