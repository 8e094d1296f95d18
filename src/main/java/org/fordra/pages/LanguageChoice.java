package org.fordra.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.TimeZone;
import org.fordra.security.FormToken;
import org.fordra.security.PageFor;
import org.fordra.api.StaffGroups;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * {@code POST /language}: the switcher in every page's header. Keeps the reader's language and
 * time zone (see {@link StaffLanguageSettings}) and returns them to the page they were on.
 */
@Controller
@PageFor({StaffGroups.COLLECTORS, StaffGroups.SALES, StaffGroups.MANAGERS, StaffGroups.ADMIN})
class LanguageChoice {

  private final CookieLocaleResolver resolver;

  LanguageChoice(org.springframework.web.servlet.LocaleResolver resolver) {
    this.resolver = (CookieLocaleResolver) resolver;
  }

  @PostMapping("/language")
  String choose(
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String timeZone,
      @RequestParam(required = false) String back,
      @RequestParam(required = false) String token,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (!FormToken.accepts(request, token)) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "The form had expired or did not come from this page.");
    }
    StaffLanguage chosen =
        StaffLanguage.of(java.util.Locale.forLanguageTag(language == null ? "" : language))
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "no language " + language));
    ZoneId zone = timeZone == null || timeZone.isBlank() ? chosen.zone() : PageFormatting.zone(timeZone);
    if (zone == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no time zone " + timeZone);
    }
    resolver.setLocaleContext(
        request,
        response,
        new SimpleTimeZoneAwareLocaleContext(chosen.locale(), TimeZone.getTimeZone(zone)));
    return "redirect:" + ownPage(back);
  }

  /** Only a path of this site: never a redirect to another (an open redirect). */
  private static String ownPage(String back) {
    if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
        || back.contains("\r") || back.contains("\n")) {
      return "/";
    }
    return back;
  }
}
