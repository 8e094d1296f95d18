package org.fordra.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * What people type into the pages' forms, read before it goes to a service: a field that is not
 * even a number or a date is named with its reason, as the API's problem answers name it.
 */
final class PageInput {

  private PageInput() {}

  /**
   * An amount as people type it: "1 250,00", "1.250,00" or "1,250.00". Spaces go, and the last
   * mark is the decimal one, the other groups.
   */
  static BigDecimal amount(String field, String text, Map<String, String> errors) {
    if (text == null || text.isBlank()) {
      errors.put(field, "is required, e.g. 1250.00");
      return null;
    }
    String plain = text.trim().replace(" ", "").replace("\u00a0", "");
    int comma = plain.lastIndexOf(',');
    int dot = plain.lastIndexOf('.');
    plain = comma > dot ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException notANumber) {
      errors.put(field, "'" + text + "' is not an amount, e.g. 1250.00");
      return null;
    }
  }

  static LocalDate date(String field, String text, Map<String, String> errors) {
    if (text == null || text.isBlank()) {
      errors.put(field, "is required");
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException notADate) {
      errors.put(field, "'" + text + "' is not a date (YYYY-MM-DD)");
      return null;
    }
  }
}
