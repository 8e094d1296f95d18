package org.fordra.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fordra.ledger.ChargeType;
import org.fordra.money.Money;

/**
 * The Netherlands, Burgerlijk Wetboek book 6, Wet normering buitengerechtelijke incassokosten
 * (WIK) and Besluit vergoeding voor buitengerechtelijke incassokosten (BIK).
 *
 * <ul>
 *   <li>Interest: businesses owe the wettelijke handelsrente (art. 6:119a BW, ECB rate + 8 points
 *       by art. 6:120(2)) from the day after the agreed payment date, without a reminder
 *       (art. 6:119a(1)-(2)). Consumers owe the wettelijke rente (art. 6:119 BW) once in
 *       verzuim; Fordra treats the first written reminder as the ingebrekestelling (art. 6:82 BW)
 *       with a 14-day term, so interest runs from the day after that term.
 *   <li>Both compound yearly: after each full year from the first interest day, the interest of
 *       that year is added to the sum on which interest runs (art. 6:119(2) BW, and art. 6:119a(3)
 *       BW for the handelsrente). Within a year each half-year's rate applies to its days.
 *   <li>Collection costs (buitengerechtelijke incassokosten, art. 6:96(2)(c) BW) by the BIK scale
 *       on the principal: 15 % of the first EUR 2,500 (at least EUR 40), 10 % of the next 2,500,
 *       5 % of the next 5,000, 1 % of the next 190,000, 0.5 % above, at most EUR 6,775 (BIK
 *       art. 2). VAT on top only where the creditor cannot deduct it (BIK art. 3(2)).
 *   <li>From a consumer only after the "veertiendagenbrief" (art. 6:96(6) BW): a letter after
 *       default giving 14 days to pay, counted from the day after receipt, has expired unpaid.
 *       Fordra's final notice is that letter.
 *   <li>No separate reminder fee: the BIK amount covers all extrajudicial collection work, and
 *       the EUR 40 minimum is the compensation of art. 6:96(4) BW for business claims.
 * </ul>
 */
class DutchLaw implements Jurisdiction {

  static final String WETTELIJKE_RENTE = "NL_WETTELIJKE_RENTE";
  static final String HANDELSRENTE = "NL_HANDELSRENTE";
  static final int LETTER_DAYS = FourteenDayLetter.LETTER_DAYS;
  static final String INTEREST_CONSUMER =
      "art. 6:119 BW: wettelijke rente, na elk jaar vermeerderd met de rente van dat jaar (lid 2)";
  static final String INTEREST_BUSINESS =
      "art. 6:119a BW: wettelijke handelsrente, na elk jaar vermeerderd met de rente van dat jaar"
          + " (lid 3)";
  static final String COSTS = "art. 6:96 BW, Besluit vergoeding buitengerechtelijke incassokosten";

  private static final BigDecimal[][] SCALE = {
    // {upper bound of the band, percent}
    {new BigDecimal("2500"), new BigDecimal("15")},
    {new BigDecimal("5000"), new BigDecimal("10")},
    {new BigDecimal("10000"), new BigDecimal("5")},
    {new BigDecimal("200000"), new BigDecimal("1")},
    {null, new BigDecimal("0.5")},
  };
  private static final BigDecimal MINIMUM = new BigDecimal("40");
  private static final BigDecimal MAXIMUM = new BigDecimal("6775");

  private final FeeSettings settings;

  DutchLaw(FeeSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "NL (BW, WIK/BIK)";
  }

  @Override
  public Optional<InterestTerms> interest(Claim claim) {
    if (claim.isBusiness()) {
      // Art. 6:119a(3) BW: "telkens na afloop van een jaar" the year's interest joins the sum.
      return Optional.of(
          InterestTerms.seriesPlus(
                  claim.dueDate().plusDays(1), HANDELSRENTE, "0", INTEREST_BUSINESS)
              .compoundingYearly());
    }
    // Art. 6:119(2) BW: the same yearly compounding for the wettelijke rente.
    return claim.remindersSentOn().stream()
        .filter(d -> d.isAfter(claim.dueDate()))
        .findFirst()
        .map(sent -> sent.plusDays(settings.receiptDays() + LETTER_DAYS + 1L))
        .map(day -> InterestTerms.seriesPlus(day, WETTELIJKE_RENTE, "0", INTEREST_CONSUMER)
            .compoundingYearly());
  }

  @Override
  public List<Allowance> allowed(FeeOccasion occasion, LocalDate on, Claim claim) {
    if (occasion != FeeOccasion.AGENCY_HANDOVER
        || !claim.isIn("EUR")
        || claim.booked(ChargeType.COLLECTION_COSTS) > 0
        || !on.isAfter(claim.dueDate())) {
      return List.of();
    }
    if (!claim.isBusiness() && !letterExpired(claim, on)) {
      return List.of();
    }
    Money costs = collectionCostsWithVat(claim.outstanding(), settings);
    String basis = COSTS;
    if (settings.nlVatNotDeductible()) {
      basis = COSTS + ", art. 3(2): plus " + settings.nlVatPercent().toPlainString()
          + " % btw (schuldeiser kan btw niet verrekenen)";
    }
    return List.of(new Allowance(ChargeType.COLLECTION_COSTS, costs, basis));
  }

  /** The BIK scale plus VAT where the creditor declared it cannot deduct it (BIK art. 3(2)). */
  static Money collectionCostsWithVat(Money outstanding, FeeSettings settings) {
    Money costs = collectionCosts(outstanding);
    if (!settings.nlVatNotDeductible()) {
      return costs;
    }
    BigDecimal vat = costs.amount().multiply(settings.nlVatPercent()).movePointLeft(2);
    return Money.rounded(costs.amount().add(vat), costs.currency());
  }

  /**
   * The 14 days run from the day after receipt (HR 25 November 2016, ECLI:NL:HR:2016:2704); on
   * the day after the last day the letter gave, costs may be claimed. That last day is the one
   * the letter printed ({@link FourteenDayLetter#lastDayToPay}), so the two never disagree.
   */
  boolean letterExpired(Claim claim, LocalDate on) {
    return claim.finalNoticeLastDay().filter(lastDay -> on.isAfter(lastDay)).isPresent();
  }

  /** The BIK scale on a principal amount (BIK art. 2), before any VAT. */
  static Money collectionCosts(Money principal) {
    BigDecimal rest = principal.amount();
    BigDecimal lower = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal[] band : SCALE) {
      BigDecimal upper = band[0];
      BigDecimal inBand =
          upper == null ? rest.subtract(lower).max(BigDecimal.ZERO)
              : rest.min(upper).subtract(lower).max(BigDecimal.ZERO);
      total = total.add(inBand.multiply(band[1]).movePointLeft(2));
      if (upper == null) {
        break;
      }
      lower = upper;
    }
    total = total.max(MINIMUM).min(MAXIMUM);
    return Money.rounded(total, principal.currency());
  }
}
