package org.fordra.notices;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.fordra.money.Money;

/**
 * Dates and amounts as the customer writes them: "29. April 2026" and "1.234,56 €" for a German,
 * "29 april 2026" and "1 234,56 kr" for a Swede. Amounts are formatted from the exact BigDecimal,
 * never through a double.
 */
final class CustomerFormat {

  private final Locale locale;
  private final DateTimeFormatter dates;

  CustomerFormat(Locale locale) {
    this.locale = locale;
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
  }

  String date(LocalDate date) {
    return date == null ? "" : dates.format(date);
  }

  /** A plain number such as a rate in percent: "10,27" for a German, "10.27" in English. */
  String number(BigDecimal number) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(Math.max(0, number.stripTrailingZeros().scale()));
    return format.format(number);
  }

  String money(Money money) {
    if (money == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(money.currency());
    int scale = Money.scaleOf(money.currency());
    format.setMinimumFractionDigits(scale);
    format.setMaximumFractionDigits(scale);
    return format.format(money.amount());
  }
}
