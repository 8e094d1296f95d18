package org.fordra.fees;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fordra.ledger.ChargeType;

/**
 * Business customers in an EU member state without rules of their own here: the minimum every
 * member state must grant under Directive 2011/7/EU.
 *
 * <ul>
 *   <li>Interest from the day after the payment date fixed in the contract (art. 3(3)(a), 4(3)(a));
 *       where none was agreed ({@link Claim#dueDateAgreed} false, the safe reading), 30 calendar
 *       days after receipt of the invoice (art. 3(3)(b)(i)), never before the invoice's own due
 *       date; receipt is presumed {@code receiptDays} after issue. Rate: reference rate + 8 points
 *       (art. 2(6)); for euro-area states the ECB main refinancing rate of the first calendar day
 *       of the half-year, applied for that half-year (art. 2(7)(a)). Non-euro member states use
 *       their central bank's rate (art. 2(7)(b)); those series are not in the rates file, so such
 *       interest fails loudly instead of guessing. Bulgaria uses the euro from 1 January 2026
 *       (Council decision of 8 July 2025): interest from then follows the ECB.
 *   <li>EUR 40 fixed compensation once per invoice, once late payment interest is payable
 *       (art. 6(1)). The directive leaves converting it into other currencies to national law, so
 *       it is charged on euro invoices only.
 * </ul>
 * Member states may grant more (e.g. France ECB + 10 points); this is the floor, never above it.
 */
class EuLatePaymentDirective implements Jurisdiction {

  static final String SERIES = "ECB_MRO";
  static final String INTEREST = "Directive 2011/7/EU art. 2(6), 3, 4: reference rate + 8 points";
  static final String COMPENSATION = "Directive 2011/7/EU art. 6: fixed compensation EUR 40";

  /** The 27 member states (ISO 3166 codes; Greece is GR), since 1 February 2020. */
  static final Set<String> MEMBER_STATES =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  /** Euro-area members whose euro adoption predates the rates file (2024). */
  static final Set<String> EURO_AREA =
      Set.of(
          "AT", "BE", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV", "LT", "LU", "MT",
          "NL", "PT", "SK", "SI", "ES");

  /**
   * Members that adopted the euro later, from the day they did: Bulgaria on 1 January 2026
   * (Council decision of 8 July 2025 on the adoption of the euro by Bulgaria, ECOFIN).
   */
  static final Map<String, LocalDate> EURO_SINCE = Map.of("BG", LocalDate.of(2026, 1, 1));

  private final FeeSettings settings;

  EuLatePaymentDirective(FeeSettings settings) {
    this.settings = settings;
  }

  /** Whether the member state's reference rate on {@code day} is the ECB's (art. 2(7)(a)). */
  static boolean inEuroArea(String country, LocalDate day) {
    LocalDate since = EURO_SINCE.get(country);
    return EURO_AREA.contains(country) || (since != null && !day.isBefore(since));
  }

  @Override
  public String name() {
    return "EU (Directive 2011/7/EU)";
  }

  @Override
  public Optional<InterestTerms> interest(Claim claim) {
    LocalDate first = firstInterestDay(claim);
    // A claim whose interest starts before a late adopter's euro day needs its national rate
    // first, which the rates file lacks: it fails loudly rather than use the ECB rate too early.
    String series = inEuroArea(claim.country(), first) ? SERIES : "CENTRAL_BANK_" + claim.country();
    return Optional.of(InterestTerms.seriesPlus(first, series, "8", INTEREST));
  }

  @Override
  public List<Allowance> allowed(FeeOccasion occasion, LocalDate on, Claim claim) {
    if (!claim.isIn("EUR")
        || on.isBefore(firstInterestDay(claim))
        || claim.booked(ChargeType.FIXED_COMPENSATION) > 0) {
      return List.of();
    }
    return List.of(
        new Allowance(ChargeType.FIXED_COMPENSATION, claim.money("40.00"), COMPENSATION));
  }

  /**
   * Art. 3(3)(a), 4(3)(a): the day after the agreed payment date. Art. 3(3)(b)(i): without one,
   * the day after 30 calendar days from receipt of the invoice, and never before its due date.
   */
  LocalDate firstInterestDay(Claim claim) {
    if (claim.dueDateAgreed()) {
      return claim.dueDate().plusDays(1);
    }
    LocalDate received = claim.issueDate().plusDays(settings.receiptDays());
    LocalDate thirtyDays = received.plusDays(31);
    return thirtyDays.isAfter(claim.dueDate()) ? thirtyDays : claim.dueDate().plusDays(1);
  }
}
