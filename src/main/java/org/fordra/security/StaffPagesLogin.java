package org.fordra.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;

/**
 * Guards every handler marked {@link PageFor}: a visitor who is not signed in (in Fordra or in
 * Tasklist, it is the same login) is sent to the login page and back; a signed-in person outside
 * the page's groups is refused with 403.
 */
class StaffPagesLogin implements HandlerInterceptor {

  private final WebappSession session;

  StaffPagesLogin(WebappSession session) {
    this.session = session;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    PageFor page = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PageFor.class);
    if (page == null) {
      page = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PageFor.class);
    }
    if (page == null) {
      return true;
    }
    var member = session.current(request);
    if (member.isEmpty()) {
      response.sendRedirect(request.getContextPath() + "/login?next=" + encode(returnTo(request)));
      return false;
    }
    if (!member.get().isAnyOf(page.value())) {
      refuse(response, member.get());
      return false;
    }
    request.setAttribute(StaffMember.REQUEST_ATTRIBUTE, member.get());
    response.setHeader("Cache-Control", "no-store");
    return true;
  }

  /** Every page shows who is signed in. */
  @Override
  public void postHandle(
      HttpServletRequest request,
      HttpServletResponse response,
      Object handler,
      ModelAndView modelAndView) {
    if (modelAndView != null
        && !(modelAndView.getViewName() != null && modelAndView.getViewName().startsWith("redirect:"))
        && !modelAndView.getModel().containsKey("staff")) {
      StaffMember.of(request)
          .ifPresent(
              member -> {
                modelAndView.addObject("staff", member);
                // The sign-out button's token (FormToken): signing out is a form of this session.
                modelAndView.addObject("formToken", FormToken.of(request.getSession(true)));
              });
    }
  }

  private static String returnTo(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static void refuse(HttpServletResponse response, StaffMember member) throws IOException {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not for you"
                + "</title></head><body><h1>This page is not open to you</h1><p>You are signed in"
                + " as " + HtmlUtils.htmlEscape(member.id()) + ". Ask a manager if you need it."
                + "</p><p><a href=\"/invoices\">Invoices</a> · <a href=\"/camunda/app/tasklist/\">"
                + "Tasklist</a></p></body></html>");
  }
}
