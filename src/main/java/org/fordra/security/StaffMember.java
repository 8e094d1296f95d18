package org.fordra.security;

import org.fordra.api.StaffGroups;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/** Who is looking at one of Fordra's pages: set for the request by {@link StaffPagesLogin}. */
public record StaffMember(String id, List<String> groups) {

  static final String REQUEST_ATTRIBUTE = StaffMember.class.getName();

  public static Optional<StaffMember> of(HttpServletRequest request) {
    return Optional.ofNullable((StaffMember) request.getAttribute(REQUEST_ATTRIBUTE));
  }

  public boolean isIn(String group) {
    return groups.contains(group);
  }

  public boolean isAnyOf(String... groupIds) {
    for (String group : groupIds) {
      if (isIn(group)) {
        return true;
      }
    }
    return false;
  }

  /** Managers and administrators see the dashboard and the aging report. */
  public boolean seesReceivables() {
    return isAnyOf(StaffGroups.MANAGERS, StaffGroups.ADMIN);
  }
}
