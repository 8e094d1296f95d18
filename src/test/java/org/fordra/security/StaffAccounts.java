package org.fordra.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/** Test accounts in the staff groups, created once per database and reused. */
public final class StaffAccounts {

  public static final String PASSWORD = "Test-passw0rd";

  private StaffAccounts() {}

  /**
   * An administrator: without one, the Camunda webapps show their first-time setup page
   * instead of the login (the demo and the postgres profile always have one).
   */
  public static String ensureAdministrator(IdentityService identity) {
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group admins = identity.newGroup(Groups.CAMUNDA_ADMIN);
      admins.setName("Camunda BPM Administrators");
      admins.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(admins);
    }
    return ensure(identity, "testadmin", Groups.CAMUNDA_ADMIN);
  }

  /** A user {@code id} with {@link #PASSWORD}, member of {@code group}. */
  public static String ensure(IdentityService identity, String id, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(id);
      user.setLastName("Test");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
      identity.createMembership(id, group);
    }
    return id;
  }
}
