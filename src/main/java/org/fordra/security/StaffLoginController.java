package org.fordra.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Fordra's login form for its own pages. It checks the password against the engine's users and
 * signs the person in for the Camunda webapps too; someone already signed in to Tasklist never
 * sees it.
 */
@Controller
class StaffLoginController {

  private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*");

  private final WebappSession session;

  StaffLoginController(WebappSession session) {
    this.session = session;
  }

  @GetMapping("/login")
  String form(
      @RequestParam(required = false) String next, HttpServletRequest request, Model model) {
    if (session.current(request).isPresent()) {
      return "redirect:" + safe(next);
    }
    model.addAttribute("next", safe(next));
    model.addAttribute("token", FormToken.of(request.getSession(true)));
    return "pages/login";
  }

  @PostMapping("/login")
  String signIn(
      @RequestParam(required = false) String username,
      @RequestParam(required = false) String password,
      @RequestParam(required = false) String next,
      @RequestParam(required = false) String token,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    HttpSession current = request.getSession(false);
    // The form carries a token of its session, so another site cannot sign a visitor in as
    // somebody else (login CSRF).
    boolean formIsOurs = FormToken.matches(current, token);
    if (formIsOurs && session.signIn(request, username, password)) {
      return "redirect:" + safe(next);
    }
    response.setStatus(formIsOurs ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("next", safe(next));
    model.addAttribute("username", username);
    model.addAttribute("token", FormToken.of(request.getSession(true)));
    model.addAttribute(
        "error",
        formIsOurs
            ? "login.wrong"
            : "login.expired");
    return "pages/login";
  }

  /**
   * Signing out needs the token the page's sign-out button carries: another site cannot sign a
   * visitor out (logout CSRF). Somebody not signed in has nothing to sign out of.
   */
  @PostMapping("/logout")
  String signOut(
      @RequestParam(required = false) String token,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (session.current(request).isPresent() && !FormToken.matches(request.getSession(false), token)) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("token", FormToken.of(request.getSession(true)));
      return "pages/sign-out";
    }
    session.signOut(request);
    return "redirect:/login";
  }

  /**
   * Only a path on this server: never a redirect to another site (open redirect). Browsers drop
   * tabs and line breaks from URLs and read a backslash as a slash, so none may appear at all.
   */
  static String safe(String next) {
    if (next == null || !SAFE_PATH.matcher(next).matches() || next.startsWith("//")
        || next.startsWith("/login")) {
      return "/";
    }
    return next;
  }
}
