package org.fordra.pages;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fordra.money.Money;
import org.springframework.context.MessageSource;

/**
 * How one reader sees numbers, money, dates and Fordra's own words on the pages: in their
 * language's conventions and their time zone. Templates reach it as {@code ${fmt}}. Amounts keep
 * the ISO code rather than a symbol ("EUR 22,040.00", "22 040,00 SEK"): several currencies sit
 * side by side and "kr" would not say which; a no-break space keeps code and figure together.
 */
public final class PageFormat {

  private static final char NO_BREAK = '\u00a0';
  private static final Pattern NOTICE_COPY = Pattern.compile(",?\\s*copy: /api/notices/(\\d+)");
  private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{4,}\\b");
  private static final String[] LABEL_GROUPS = {
    "status", "stage", "notice", "charge", "credit", "channel", "outcome"
  };

  private final StaffLanguage language;
  private final ZoneId zone;
  private final MessageSource messages;

  public PageFormat(StaffLanguage language, ZoneId zone, MessageSource messages) {
    this.language = language;
    this.zone = zone;
    this.messages = messages;
  }

  public Locale locale() {
    return language.locale();
  }

  public StaffLanguage language() {
    return language;
  }

  public ZoneId zone() {
    return zone;
  }

  /** "EUR 22,040.00" in English, "22 040,00 EUR" in Swedish: grouped, at the currency's scale. */
  public String money(Money money) {
    if (money == null) {
      return "";
    }
    String code = money.currency().getCurrencyCode();
    String figure = number(money.amount(), Money.scaleOf(money.currency()));
    return codeFirst() ? code + NO_BREAK + figure : figure + NO_BREAK + code;
  }

  /** An amount the books hold as a decimal text ("1250.00") in {@code currency}. */
  public String money(String amount, java.util.Currency currency) {
    return amount == null ? "" : money(Money.exact(new BigDecimal(amount), currency));
  }

  /** An amount without its currency, where the column or the row already names it. */
  public String amount(Money money) {
    return money == null ? "" : number(money.amount(), Money.scaleOf(money.currency()));
  }

  /** A decimal at a fixed number of places, grouped as the reader's language groups. */
  public String number(BigDecimal value, int places) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setGroupingUsed(true);
    format.setMinimumFractionDigits(places);
    format.setMaximumFractionDigits(places);
    return format.format(value).replace(' ', NO_BREAK).replace('\u202f', NO_BREAK);
  }

  /** A decimal text from the books (a rate, "2.15") in the reader's decimal mark. */
  public String decimal(BigDecimal value) {
    return value == null ? "" : number(value, Math.max(value.scale(), 0));
  }

  public String date(LocalDate day) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
  }

  /** A moment as the reader's wall clock shows it. */
  public String time(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale())
            .withZone(zone)
            .format(at);
  }

  /**
   * The label of one of Fordra's codes in a group ({@code status}, {@code stage}, {@code charge},
   * {@code credit}, {@code notice}, {@code channel}, {@code action}, {@code bucket}); a code the
   * bundle does not know reads as words ("IN_PAYMENT_PLAN" as "In payment plan").
   */
  public String label(String group, Object code) {
    if (code == null) {
      return "";
    }
    String name = code instanceof Enum<?> e ? e.name() : code.toString();
    return messages.getMessage(group + "." + name, null, words(name), locale());
  }

  /** A text of the bundle with arguments, for the few that Java code puts together. */
  public String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, key, locale());
  }

  /**
   * An audit trail's detail for a person: the codes it quotes in their labels, without the API
   * path of a notice's copy (the page links the copy instead).
   */
  public String detail(String detail) {
    if (detail == null) {
      return "";
    }
    String text = NOTICE_COPY.matcher(detail).replaceAll("").replace(" -> ", " → ");
    Matcher codes = WORD.matcher(text);
    StringBuilder readable = new StringBuilder();
    while (codes.find()) {
      codes.appendReplacement(readable, Matcher.quoteReplacement(known(codes.group())));
    }
    codes.appendTail(readable);
    return readable.toString();
  }

  /** The id of the notice whose copy an audit detail names, or null. */
  public Long noticeCopy(String detail) {
    if (detail == null) {
      return null;
    }
    Matcher copy = NOTICE_COPY.matcher(detail);
    return copy.find() ? Long.valueOf(copy.group(1)) : null;
  }

  private String known(String code) {
    for (String group : LABEL_GROUPS) {
      String label = messages.getMessage(group + "." + code, null, null, locale());
      if (label != null) {
        return label;
      }
    }
    return code;
  }

  private boolean codeFirst() {
    NumberFormat currency = NumberFormat.getCurrencyInstance(locale());
    return currency instanceof DecimalFormat decimal && decimal.toPattern().startsWith("\u00a4");
  }

  static String words(String code) {
    String spaced = code.replace('_', ' ').toLowerCase(Locale.ROOT);
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
