package org.fordra.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.money.Money;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Money, dates and Fordra's codes as each of the five languages reads them. */
class PageFormatTest {

  static final char NBSP = '\u00a0';
  static final Money EUR_22040 = Money.exact(new BigDecimal("22040.00"), Currency.getInstance("EUR"));
  static final Money JPY = Money.exact(new BigDecimal("150000"), Currency.getInstance("JPY"));

  static PageFormat in(StaffLanguage language) {
    return new PageFormat(language, language.zone(), messages());
  }

  static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("i18n/pages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  @Test
  void moneyIsGroupedInTheReadersLanguageWithTheCurrencyCodeOnItsSide() {
    assertThat(in(StaffLanguage.ENGLISH).money(EUR_22040)).isEqualTo("EUR" + NBSP + "22,040.00");
    assertThat(in(StaffLanguage.SWEDISH).money(EUR_22040)).isEqualTo("22" + NBSP + "040,00" + NBSP + "EUR");
    // Norwegian puts the currency first (CLDR's nb pattern "¤ #,##0.00"), as "kr 22 040,00".
    assertThat(in(StaffLanguage.NORWEGIAN).money(EUR_22040)).isEqualTo("EUR" + NBSP + "22" + NBSP + "040,00");
    assertThat(in(StaffLanguage.GERMAN).money(EUR_22040)).isEqualTo("22.040,00" + NBSP + "EUR");
    assertThat(in(StaffLanguage.DUTCH).money(EUR_22040)).isEqualTo("EUR" + NBSP + "22.040,00");
  }

  @Test
  void aCurrencyWithoutDecimalsShowsNone() {
    assertThat(in(StaffLanguage.ENGLISH).money(JPY)).isEqualTo("JPY" + NBSP + "150,000");
    assertThat(in(StaffLanguage.ENGLISH).amount(JPY)).isEqualTo("150,000");
  }

  @Test
  void aDecimalTextFromTheBooksIsFormattedAtItsCurrencysScale() {
    assertThat(in(StaffLanguage.GERMAN).money("1250.5", Currency.getInstance("EUR")))
        .isEqualTo("1.250,50" + NBSP + "EUR");
  }

  @Test
  void datesAndMomentsReadInTheReadersLanguageAndTimeZone() {
    LocalDate day = LocalDate.of(2026, 7, 10);
    assertThat(in(StaffLanguage.ENGLISH).date(day)).isEqualTo("Jul 10, 2026");
    assertThat(in(StaffLanguage.GERMAN).date(day)).isEqualTo("10.07.2026");
    assertThat(in(StaffLanguage.SWEDISH).date(day)).isEqualTo("10 juli 2026");
    // 22:30 UTC is already the next morning's 00:30 in Stockholm (summer time, UTC+2).
    Instant late = Instant.parse("2026-07-10T22:30:00Z");
    assertThat(in(StaffLanguage.SWEDISH).time(late)).isEqualTo("11 juli 2026 00:30");
    PageFormat newYork =
        new PageFormat(StaffLanguage.ENGLISH, ZoneId.of("America/New_York"), messages());
    assertThat(newYork.time(late)).startsWith("Jul 10, 2026, 6:30").endsWith("PM");
  }

  @Test
  void codesReadAsLabelsInTheReadersLanguage() {
    assertThat(in(StaffLanguage.ENGLISH).label("status", InvoiceStatus.IN_PAYMENT_PLAN))
        .isEqualTo("In a payment plan");
    assertThat(in(StaffLanguage.GERMAN).label("status", InvoiceStatus.IN_PAYMENT_PLAN))
        .isEqualTo("Im Ratenplan");
    assertThat(in(StaffLanguage.SWEDISH).label("charge", "LATE_INTEREST")).isEqualTo("Dröjsmålsränta");
    assertThat(in(StaffLanguage.DUTCH).label("stage", "REMINDER_1")).isEqualTo("Eerste herinnering");
    assertThat(in(StaffLanguage.NORWEGIAN).label("action", "NOTICE_SENT")).isEqualTo("Melding sendt");
    // A code the bundle does not know still reads as words, never as SHOUTING_SNAKE_CASE.
    assertThat(in(StaffLanguage.ENGLISH).label("action", "SOMETHING_NEW")).isEqualTo("Something new");
  }

  @Test
  void anAuditDetailNamesCodesByTheirLabelsAndHidesTheApiPathOfTheCopy() {
    PageFormat english = in(StaffLanguage.ENGLISH);
    String detail = "REMINDER_1 by EMAIL in de to a@b.example, copy: /api/notices/17";

    assertThat(english.detail(detail)).isEqualTo("First reminder by E-mail in de to a@b.example");
    assertThat(english.noticeCopy(detail)).isEqualTo(17L);
    assertThat(english.detail("OPEN -> PROMISED: promised for 2026-07-08"))
        .isEqualTo("Open → Promised to pay: promised for 2026-07-08");
    assertThat(english.noticeCopy("no copy here")).isNull();
  }

  @Test
  void theBrowsersFirstLanguageThePagesSpeakIsTheDefault() {
    assertThat(StaffLanguage.firstOf(Collections.enumeration(
            List.of(Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("nb-NO")))))
        .isEqualTo(StaffLanguage.NORWEGIAN);
    assertThat(StaffLanguage.firstOf(Collections.enumeration(List.of(Locale.forLanguageTag("no")))))
        .isEqualTo(StaffLanguage.NORWEGIAN);
    assertThat(StaffLanguage.firstOf(Collections.enumeration(List.of(Locale.FRENCH))))
        .isEqualTo(StaffLanguage.ENGLISH);
  }
}
