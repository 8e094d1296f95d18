package org.fordra.api;

import static org.fordra.api.StaffGroups.ADMIN;
import static org.fordra.api.StaffGroups.COLLECTORS;
import static org.fordra.api.StaffGroups.MANAGERS;
import static org.fordra.api.StaffGroups.SALES;

import java.util.Arrays;

/**
 * Who may use which part of Fordra's API. Reading is for every member of staff; registering
 * customers, invoices and payments is the accounting side's job (managers, administrators);
 * a dispute may be recorded by whoever speaks to the customer. A handler names its staff with
 * {@link ApiFor}, checked before the request's body is read ({@link StaffCheck}).
 */
public enum Staff {
  ANY_STAFF(COLLECTORS, SALES, MANAGERS, ADMIN),
  BOOKKEEPING(MANAGERS, ADMIN),
  CUSTOMER_CONTACT(COLLECTORS, SALES, MANAGERS, ADMIN),
  ADMINISTRATORS(ADMIN),
  /** Who answers a customer's request for their personal data (GDPR art. 15, 20). */
  PRIVACY(MANAGERS, ADMIN);

  private final String[] groups;

  Staff(String... groups) {
    this.groups = groups;
  }

  /** Refuses the request with a 403 unless the signed-in caller is in one of the groups. */
  public void require() {
    ApiUser user =
        ApiUser.current().orElseThrow(() -> new Forbidden("Sign in to use Fordra's API."));
    if (Arrays.stream(groups).noneMatch(user::isIn)) {
      throw new Forbidden(
          "User " + user.id() + " may not do this; it needs membership of one of "
              + String.join(", ", groups) + ".");
    }
  }
}
