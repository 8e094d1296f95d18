package org.fordra.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-side protections on everything Fordra itself answers (its pages, the login, the
 * API, error pages), set before the request goes on so that every answer carries them. The
 * Camunda webapps under {@code /camunda/} set their own (their pages need inline script).
 *
 * <p>Fordra's pages need no script and only their own style sheet: nothing inline, nothing from
 * elsewhere, never in a frame (clickjacking). The API answers data and the stored copies of
 * notices, which are e-mails with their style inline: in a browser such a copy may style itself
 * but runs nothing and loads nothing ({@code sandbox}).
 */
class SecurityHeaders extends OncePerRequestFilter {

  static final String PAGES_POLICY =
      "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
          + "form-action 'self'; frame-ancestors 'none'";

  static final String API_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
          + "form-action 'none'; frame-ancestors 'none'; sandbox";

  private final String camundaPath;

  SecurityHeaders(String camundaPath) {
    this.camundaPath = camundaPath.endsWith("/") ? camundaPath : camundaPath + "/";
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return path(request).startsWith(camundaPath);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = path(request);
    boolean api = path.startsWith("/api/") || path.startsWith("/engine-rest/");
    response.setHeader("Content-Security-Policy", api ? API_POLICY : PAGES_POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    chain.doFilter(request, response);
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
