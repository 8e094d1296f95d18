package org.fordra.security;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client of the request this thread serves. Spring Boot's request context
 * filter puts every servlet request (Fordra's API and pages, /engine-rest, the Camunda webapps)
 * on its thread before any login filter runs. Behind a trusted proxy Tomcat has already put the
 * client's own address from {@code X-Forwarded-For} there (docs/security.md); a client on the
 * internet cannot claim another address with that header.
 */
final class ClientAddress {

  /** A password check outside any request: Java code of Fordra itself. */
  static final String NONE = "(no request)";

  private ClientAddress() {}

  static String current() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes instanceof ServletRequestAttributes servlet) {
      String address = servlet.getRequest().getRemoteAddr();
      return address == null || address.isBlank() ? NONE : address;
    }
    return NONE;
  }
}
