package org.fordra.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statutory reference rates the law defines from a central bank's policy rate, worked out
 * from the dated decisions of {@code fees/policy-rates.csv} (or those the rate updater fetched)
 * instead of being typed in: one rate per half-year, each with the statute and the decision it
 * comes from as its source. A half-year whose reference day no confirmed decision covers is not
 * derived: it stays missing, never guessed.
 */
final class StatutoryDerivation {

  static final String ECB = "ECB_MRO_RATE";
  static final String RIKSBANK = "RIKSBANK_POLICY_RATE";
  static final String BOE = "BOE_BANK_RATE";

  /** The first half-year derived; Fordra has no claims older than that. */
  static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

  private static final BigDecimal TWO = new BigDecimal(2);

  /** The policy rate in force on a day, where a confirmed decision covers it. */
  interface PolicyRates {
    Optional<ReferenceRates.Rate> on(String series, LocalDate day);
  }

  /** The series worked out here, by the names the laws use ({@code Jurisdiction}s). */
  static final List<String> SERIES =
      List.of(
          EuLatePaymentDirective.SERIES,
          "NL_HANDELSRENTE",
          "DE_BASISZINSSATZ",
          "SE_REFERENSRANTA",
          "UK_LATE_PAYMENT_REFERENCE");

  private StatutoryDerivation() {}

  /**
   * Every half-year from {@link #FIRST} that can be derived, up to the first that cannot. A
   * half-year {@code published} already has is taken from there (and DE_BASISZINSSATZ moves on
   * from it), never derived over.
   */
  static List<ReferenceRates.Rate> derive(PolicyRates policy, List<ReferenceRates.Rate> published) {
    List<ReferenceRates.Rate> derived = new ArrayList<>();
    for (String series : SERIES) {
      ReferenceRates.Rate previous = null;
      for (LocalDate half = FIRST; ; half = half.plusMonths(6)) {
        LocalDate start = half;
        Optional<ReferenceRates.Rate> given =
            published.stream().filter(r -> r.series().equals(series) && r.covers(start)).findFirst();
        Optional<ReferenceRates.Rate> rate =
            given.isPresent() ? Optional.empty() : halfYear(series, half, policy, previous);
        if (given.isEmpty() && rate.isEmpty()) {
          break;
        }
        rate.ifPresent(derived::add);
        previous = given.orElseGet(rate::get);
      }
    }
    return derived;
  }

  /** One half-year's rate of a derived series, if its reference day is covered. */
  static Optional<ReferenceRates.Rate> halfYear(
      String series, LocalDate start, PolicyRates policy, ReferenceRates.Rate previous) {
    LocalDate end = start.plusMonths(6).minusDays(1);
    LocalDate dayBefore = start.minusDays(1);
    return switch (series) {
      case EuLatePaymentDirective.SERIES ->
          policy.on(ECB, start).map(p -> new ReferenceRates.Rate(series, start, end, p.percent(),
              "Directive 2011/7/EU art. 2(7)(a): ECB main refinancing rate in force on " + start
                  + ", " + plain(p.percent()) + " % (" + p.source() + ")"));
      case "NL_HANDELSRENTE" ->
          policy.on(ECB, start).map(p -> new ReferenceRates.Rate(series, start, end,
              p.percent().add(new BigDecimal(8)),
              "art. 6:120(2) BW: ECB main refinancing rate on " + start + " ("
                  + plain(p.percent()) + " %) + 8 points (" + p.source() + ")"));
      case "SE_REFERENSRANTA" ->
          policy.on(RIKSBANK, dayBefore).map(p -> new ReferenceRates.Rate(series, start, end,
              upToHalfPoint(p.percent()),
              "räntelagen 9 §: Riksbank policy rate on " + dayBefore + " (" + plain(p.percent())
                  + " %) rounded up to the next half point (" + p.source() + ")"));
      case "UK_LATE_PAYMENT_REFERENCE" ->
          policy.on(BOE, dayBefore).map(p -> new ReferenceRates.Rate(series, start, end,
              p.percent(),
              "SI 2002/1675 art. 4: Bank of England Bank Rate in force on " + dayBefore + " ("
                  + p.source() + ")"));
      case "DE_BASISZINSSATZ" -> basiszinssatz(start, end, policy, previous);
      default -> Optional.empty();
    };
  }

  /**
   * § 247(1) BGB: on 1 January and 1 July the Basiszinssatz moves by the points its reference,
   * the rate of the ECB's latest main refinancing operation before that day, moved since the last
   * change; it needs the previous half-year's Basiszinssatz to move from.
   */
  private static Optional<ReferenceRates.Rate> basiszinssatz(
      LocalDate start, LocalDate end, PolicyRates policy, ReferenceRates.Rate previous) {
    if (previous == null || !previous.to().plusDays(1).equals(start)) {
      return Optional.empty();
    }
    LocalDate now = start.minusDays(1);
    LocalDate then = previous.from().minusDays(1);
    Optional<ReferenceRates.Rate> mroNow = policy.on(ECB, now);
    Optional<ReferenceRates.Rate> mroThen = policy.on(ECB, then);
    if (mroNow.isEmpty() || mroThen.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal moved = mroNow.get().percent().subtract(mroThen.get().percent());
    return Optional.of(new ReferenceRates.Rate("DE_BASISZINSSATZ", start, end,
        previous.percent().add(moved),
        "§ 247(1) BGB: " + plain(previous.percent()) + " % from " + previous.from()
            + " moved by the ECB main refinancing rate from " + plain(mroThen.get().percent())
            + " % (" + then + ") to " + plain(mroNow.get().percent()) + " % (" + now + "; "
            + mroNow.get().source() + ")"));
  }

  /** räntelagen 9 §: "avrundad, om så behövs, till närmast högre halva procentenhet". */
  static BigDecimal upToHalfPoint(BigDecimal percent) {
    return percent.multiply(TWO).setScale(0, RoundingMode.CEILING)
        .divide(TWO, 2, RoundingMode.UNNECESSARY);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().scale() < 2
        ? value.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
        : value.toPlainString();
  }
}
