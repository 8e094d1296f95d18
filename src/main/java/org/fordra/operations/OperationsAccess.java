package org.fordra.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who reaches the operators' endpoints. Health (with its liveness and readiness probes) answers
 * everyone, so a load balancer or Docker can ask without a password, but shows its details only
 * to an administrator; metrics, the OpenAPI description and Swagger UI are for administrators
 * (HTTP Basic, the engine's accounts, group {@code camunda-admin}).
 */
class OperationsAccess extends OncePerRequestFilter {

  /** The role Spring Boot's health endpoint asks for before it shows details. */
  static final String ADMIN_ROLE = "FORDRA_ADMIN";

  private static final Set<String> OPEN =
      Set.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness");

  private final IdentityService identity;

  OperationsAccess(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String admin = administrator(request.getHeader(HttpHeaders.AUTHORIZATION));
    if (admin != null) {
      chain.doFilter(asAdministrator(request, admin), response);
    } else if (OPEN.contains(path)) {
      chain.doFilter(request, response);
    } else {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Fordra operations\"");
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(
          "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
              + "\"detail\":\"Metrics and the API description are for administrators: sign in"
              + " with HTTP Basic as a member of camunda-admin.\"}");
    }
  }

  /** The user, when the header carries an administrator's valid credentials. */
  private String administrator(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String user = decoded.substring(0, colon);
    if (!identity.checkPassword(user, decoded.substring(colon + 1))) {
      return null;
    }
    boolean isAdmin =
        identity.createGroupQuery().groupMember(user).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
    return isAdmin ? user : null;
  }

  private static HttpServletRequest asAdministrator(HttpServletRequest request, String user) {
    Principal principal = () -> user;
    return new HttpServletRequestWrapper(request) {
      @Override
      public Principal getUserPrincipal() {
        return principal;
      }

      @Override
      public String getRemoteUser() {
        return user;
      }

      @Override
      public boolean isUserInRole(String role) {
        return ADMIN_ROLE.equals(role);
      }
    };
  }
}
