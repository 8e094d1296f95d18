package org.fordra.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * One 80-character record of a fixed-width bank file (BgMax, Nets OCR giro), read by the 1-based,
 * inclusive positions the specifications give, with errors that name the line and positions.
 */
final class FixedWidthLine {

  static final int WIDTH = 80;

  private final int number;
  private final String text;

  FixedWidthLine(int number, String raw) {
    this.number = number;
    if (raw.length() > WIDTH) {
      throw new MalformedStatement(
          where(number), "has " + raw.length() + " characters; records are " + WIDTH + " long");
    }
    // Some transfers strip trailing blanks: a short record is padded back, as the specs' blanks.
    this.text = raw + " ".repeat(WIDTH - raw.length());
  }

  static String where(int number) {
    return "line " + number;
  }

  String where() {
    return where(number);
  }

  int number() {
    return number;
  }

  /** Positions {@code from}..{@code to}, 1-based and inclusive, as the specifications count. */
  String field(int from, int to) {
    return text.substring(from - 1, to);
  }

  String trimmed(int from, int to) {
    return field(from, to).trim();
  }

  long digits(int from, int to, String what) {
    String field = field(from, to);
    if (!field.chars().allMatch(Character::isDigit)) {
      throw refuse(from, to, what + " '" + field + "' is not all digits");
    }
    return Long.parseLong(field);
  }

  /** An amount in the currency's hundredths (öre, øre), as both formats write them. */
  BigDecimal hundredths(int from, int to, String what) {
    return BigDecimal.valueOf(digits(from, to, what), 2);
  }

  LocalDate date(int from, int to, DateTimeFormatter format, String what) {
    String field = field(from, to);
    try {
      return LocalDate.parse(field, format);
    } catch (DateTimeParseException notADate) {
      throw refuse(from, to, what + " '" + field + "' is not a date");
    }
  }

  MalformedStatement refuse(int from, int to, String message) {
    return new MalformedStatement(where() + ", positions " + from + "-" + to, message);
  }
}
