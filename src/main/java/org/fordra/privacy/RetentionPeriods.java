package org.fordra.privacy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the books must keep what Fordra holds about a closed case, per country of the books
 * ({@code fordra.privacy.retention}); docs/privacy.md gives the statute of each. Every statute
 * below counts from the end of the (financial) year, not from the day the case closed, so Fordra
 * counts from the end of the calendar year in which the customer's last case closed: the record
 * of a case closed in March 2019 kept for 7 years is kept to 31 December 2026.
 *
 * <ul>
 *   <li>SE 7: bokföringslagen (1999:1078) 7 kap. 2 §, "till och med det sjunde året efter
 *       utgången av det kalenderår då räkenskapsåret avslutades".
 *   <li>NO 5: bokføringsloven § 13 (2), five years after the end of the financial year.
 *   <li>NL 7: art. 2:10 lid 3 BW and art. 52 lid 4 AWR.
 *   <li>DE 10: § 147 (3) and (4) AO, § 257 (4) and (5) HGB; since 1 January 2025 (Viertes
 *       Bürokratieentlastungsgesetz, BGBl. 2024 I Nr. 323) Buchungsbelege are kept 8 years,
 *       books and annual accounts still 10: 10 is the safe default for the records of a claim.
 *   <li>GB 6: Companies Act 2006 s.388 (4) (6 years for a public company) and HMRC (VATA 1994
 *       Sch. 11 para. 6; FA 1998 Sch. 18 para. 21).
 *   <li>US 7: no federal period for these records; IRS Publication 583 asks for 7 years where a
 *       bad-debt deduction is claimed, the conservative default.
 * </ul>
 *
 * @param years the period per country code (ISO 3166, "UK" read as "GB")
 * @param defaultYears for a country not listed
 * @param booksCountry the country whose books hold the claims; empty: the customer's country,
 *     the law Fordra applies to the claim
 */
@ConfigurationProperties("fordra.privacy.retention")
public record RetentionPeriods(Map<String, Integer> years, int defaultYears, String booksCountry) {

  public RetentionPeriods {
    Map<String, Integer> normalised = new HashMap<>();
    if (years != null) {
      years.forEach((country, period) -> normalised.put(code(country), period));
    }
    years = Map.copyOf(normalised);
    booksCountry = booksCountry == null || booksCountry.isBlank() ? null : code(booksCountry);
  }

  /** The years the books of this customer's country keep a closed case. */
  public int yearsFor(String customerCountry) {
    String country = booksCountry != null ? booksCountry : code(customerCountry);
    return years.getOrDefault(country, defaultYears);
  }

  /** The last day the record of a case closed on {@code closedOn} must be kept. */
  public LocalDate keptUntil(String customerCountry, LocalDate closedOn) {
    return LocalDate.of(closedOn.getYear() + yearsFor(customerCountry), 12, 31);
  }

  /** Whether the retention of a case closed on {@code closedOn} has ended by {@code today}. */
  public boolean hasEnded(String customerCountry, LocalDate closedOn, LocalDate today) {
    return today.isAfter(keptUntil(customerCountry, closedOn));
  }

  private static String code(String country) {
    String upper = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
    return "UK".equals(upper) ? "GB" : upper;
  }
}
