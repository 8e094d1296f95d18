package org.fordra.pages;

import java.time.Duration;
import java.util.TimeZone;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * A member of staff reads Fordra's pages in their language and time zone: what they chose on
 * the pages (kept in a cookie for a year, so it survives signing out), else the first language of
 * their browser that the pages speak, with that language's usual time zone.
 */
@Configuration
class StaffLanguageSettings implements WebMvcConfigurer {

  static final String COOKIE = "fordra-language";

  private final MessageSource messages;

  StaffLanguageSettings(MessageSource messages) {
    this.messages = messages;
  }

  /** Named {@code localeResolver}: the name Spring MVC looks up. */
  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSameSite("Lax");
    resolver.setDefaultLocaleFunction(
        request -> StaffLanguage.firstOf(request.getLocales()).locale());
    resolver.setDefaultTimeZoneFunction(
        request -> TimeZone.getTimeZone(StaffLanguage.firstOf(request.getLocales()).zone()));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new PageFormatting(messages));
  }
}
