package org.fordra.security;

import java.util.List;
import org.springframework.util.AntPathMatcher;

/**
 * What a machine client's token may call: only the routes its job needs. An accounting system
 * that hands over invoices gets {@code invoices:write}; a bank connector {@code
 * bank-statements:write}; a reporting tool {@code read}. Token management is never in a scope.
 */
public enum ApiTokenScope {
  READ("read", List.of("GET /api/**")),
  INVOICES_WRITE(
      "invoices:write",
      List.of(
          "POST /api/customers",
          "POST /api/invoices",
          "POST /api/invoices/batch",
          "POST /api/invoices/*/cancellation",
          "GET /api/invoices/**",
          "GET /api/customers/**",
          "GET /api/imports/**",
          "GET /api/imports")),
  PAYMENTS_WRITE(
      "payments:write", List.of("POST /api/invoices/*/payments", "GET /api/invoices/**")),
  BANK_STATEMENTS_WRITE(
      "bank-statements:write", List.of("POST /api/bank-statements", "GET /api/bank-statements/**"));

  private static final AntPathMatcher PATHS = new AntPathMatcher();
  private static final String NEVER = "/api/tokens";

  private final String id;
  private final List<String> routes;

  ApiTokenScope(String id, List<String> routes) {
    this.id = id;
    this.routes = routes;
  }

  public String id() {
    return id;
  }

  public static ApiTokenScope of(String id) {
    for (ApiTokenScope scope : values()) {
      if (scope.id.equals(id)) {
        return scope;
      }
    }
    throw new IllegalArgumentException(
        "'" + id + "' is not a scope; use read, invoices:write, payments:write or bank-statements:write");
  }

  boolean allows(String method, String path) {
    if (path.equals(NEVER) || path.startsWith(NEVER + "/")) {
      return false;
    }
    for (String route : routes) {
      int space = route.indexOf(' ');
      if (route.substring(0, space).equals(method) && PATHS.match(route.substring(space + 1), path)) {
        return true;
      }
    }
    return false;
  }
}
