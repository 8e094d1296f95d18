package org.fordra.fees;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Business customers in an EU member state without rules of their own here: the minimum every
 * member state must grant under Directive 2011/7/EU.
 *
 * <ul>
 *   <li>Interest from the day after the contractual payment date (art. 3(3)(a), 4(3)(a)) at the
 *       reference rate + 8 points (art. 2(6)); for euro-area states the ECB main refinancing rate
 *       of the first calendar day of the half-year, applied for that half-year (art. 2(7)(a)).
 *       Non-euro member states use their central bank's rate (art. 2(7)(b)); those series are not
 *       in the rates file, so such interest fails loudly instead of guessing.
 *   <li>EUR 40 fixed compensation once per invoice (art. 6(1)). The directive leaves converting it
 *       into other currencies to national law, so it is charged on euro invoices only.
 * </ul>
 * Member states may grant more (e.g. France ECB + 10 points); this is the floor, never above it.
 */
class EuLatePaymentDirective implements Jurisdiction {

  static final String SERIES = "ECB_MRO";
  static final String INTEREST = "Directive 2011/7/EU art. 2(6), 3, 4: reference rate + 8 points";
  static final String COMPENSATION = "Directive 2011/7/EU art. 6: fixed compensation EUR 40";

  static final Set<String> MEMBER_STATES =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV",
          "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  /** Euro-area members whose euro adoption predates the rates file (Bulgaria is left out). */
  static final Set<String> EURO_AREA =
      Set.of(
          "AT", "BE", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV", "LT", "LU", "MT",
          "NL", "PT", "SK", "SI", "ES");

  @Override
  public String name() {
    return "EU (Directive 2011/7/EU)";
  }

  @Override
  public Optional<InterestTerms> interest(Claim claim) {
    String series = EURO_AREA.contains(claim.country()) ? SERIES : "CENTRAL_BANK_" + claim.country();
    return Optional.of(InterestTerms.seriesPlus(claim.dueDate().plusDays(1), series, "8", INTEREST));
  }

  @Override
  public List<Allowance> allowed(FeeOccasion occasion, LocalDate on, Claim claim) {
    if (!claim.isIn("EUR")
        || !on.isAfter(claim.dueDate())
        || claim.booked(ChargeType.FIXED_COMPENSATION) > 0) {
      return List.of();
    }
    return List.of(
        new Allowance(ChargeType.FIXED_COMPENSATION, claim.money("40.00"), COMPENSATION));
  }
}
