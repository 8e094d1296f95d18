package org.fordra.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Gives every page of Fordra's ({@code pages/*} views) the reader's {@link PageFormat} as
 * {@code fmt} and what the language switcher offers.
 */
class PageFormatting implements HandlerInterceptor {

  /** The time zones staff of Fordra's countries work in, offered beside the language. */
  static final List<String> ZONES =
      List.of(
          "Europe/London", "Europe/Stockholm", "Europe/Oslo", "Europe/Amsterdam", "Europe/Berlin",
          "Europe/Helsinki", "America/New_York", "America/Chicago", "America/Los_Angeles", "UTC");

  private final MessageSource messages;

  PageFormatting(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public void postHandle(
      HttpServletRequest request,
      HttpServletResponse response,
      Object handler,
      ModelAndView modelAndView) {
    if (modelAndView == null
        || modelAndView.getViewName() == null
        || !modelAndView.getViewName().startsWith("pages/")) {
      return;
    }
    PageFormat format = of(request, messages);
    modelAndView.addObject("fmt", format);
    modelAndView.addObject("languages", StaffLanguage.values());
    modelAndView.addObject("zones", ZONES);
    String query = request.getQueryString();
    modelAndView.addObject(
        "here", request.getRequestURI() + (query == null ? "" : "?" + query));
  }

  static PageFormat of(HttpServletRequest request, MessageSource messages) {
    StaffLanguage language =
        StaffLanguage.of(RequestContextUtils.getLocale(request)).orElse(StaffLanguage.ENGLISH);
    TimeZone zone = RequestContextUtils.getTimeZone(request);
    return new PageFormat(language, zone == null ? language.zone() : zone.toZoneId(), messages);
  }

  static ZoneId zone(String id) {
    return ZONES.contains(id) ? ZoneId.of(id) : null;
  }
}
