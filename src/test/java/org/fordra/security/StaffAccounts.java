package org.fordra.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Test accounts in the staff groups, created once per database and reused. */
public final class StaffAccounts {

  public static final String PASSWORD = "Test-passw0rd";

  private StaffAccounts() {}

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
