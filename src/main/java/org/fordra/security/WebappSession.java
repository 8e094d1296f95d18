package org.fordra.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * The login of the Camunda webapps (Tasklist, Cockpit, Admin), shared with Fordra's pages: the
 * webapps keep the signed-in user in the HTTP session as {@link Authentications}; Fordra reads it
 * from there and writes it there in the same way, so one login serves both.
 */
@Component
public class WebappSession {

  private final ProcessEngine engine;

  WebappSession(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * The staff member signed in on this session, with their groups read afresh from the engine (so
   * a person removed from a group, or deleted, loses access at once, not at the next login).
   */
  public Optional<StaffMember> current(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute("authenticatedUser") instanceof Authentications)) {
      return Optional.empty();
    }
    Authentication authentication =
        AuthenticationUtil.getAuthsFromSession(session)
            .getAuthenticationForProcessEngine(engine.getName());
    if (!(authentication instanceof UserAuthentication)
        || authentication.getIdentityId() == null) {
      return Optional.empty();
    }
    String userId = authentication.getIdentityId();
    if (engine.getIdentityService().createUserQuery().userId(userId).count() == 0) {
      return Optional.empty();
    }
    List<String> groups =
        engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    return Optional.of(new StaffMember(userId, groups));
  }

  /**
   * Checks the password against the engine's users and, if right, signs the person in for Fordra
   * and the Camunda webapps alike, on a fresh session (no session fixation).
   */
  public boolean signIn(HttpServletRequest request, String userId, String password) {
    if (userId == null || userId.isBlank() || password == null
        || !engine.getIdentityService().checkPassword(userId, password)) {
      return false;
    }
    UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, userId);
    AuthenticationUtil.revalidateSession(request, authentication);
    return true;
  }

  public void signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
