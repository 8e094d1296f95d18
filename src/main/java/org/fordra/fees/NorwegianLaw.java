package org.fordra.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fordra.money.Money;

/**
 * Norway.
 *
 * <ul>
 *   <li>Forsinkelsesrente (lov 17. desember 1976 nr. 100, forsinkelsesrenteloven, § 3 first
 *       paragraph): the rate Finansdepartementet fixes for each half-year, from the day after the
 *       due date; a period spanning two half-years uses both rates.
 *   <li>Purregebyr (inkassoforskriften § 1-2, with inkassoloven § 17): at most 1/20 of the
 *       inkassosats (NOK 38 in 2026), only on a written reminder sent at least 14 days after the
 *       due date, and at most two such fees per claim.
 *   <li>Standardkompensasjon (forsinkelsesrenteloven § 3a) from business debtors, the NOK amount
 *       fixed for the half-year, once per claim. Fordra then charges a business no purregebyr.
 *   <li>The final notice is an inkassovarsel (inkassoloven § 9) giving {@value #INKASSOVARSEL_DAYS}
 *       days to pay.
 * </ul>
 * NOK amounts without a conversion rule: fees on NOK invoices only.
 */
class NorwegianLaw implements Jurisdiction {

  static final String SERIES = "NO_FORSINKELSESRENTE";
  static final String COMPENSATION_SERIES = "NO_STANDARDKOMPENSASJON";
  static final int INKASSOVARSEL_DAYS = 14;
  static final int REMINDER_AFTER_DAYS = 14;
  static final int MAX_REMINDER_FEES = 2;
  static final String INTEREST = "forsinkelsesrenteloven § 3: forsinkelsesrente";
  static final String REMINDER = "inkassoforskriften § 1-2: purregebyr (1/20 av inkassosatsen)";
  static final String COMPENSATION = "forsinkelsesrenteloven § 3a: standardkompensasjon";

  private final FeeSettings settings;
  private final ReferenceRates rates;

  NorwegianLaw(FeeSettings settings, ReferenceRates rates) {
    this.settings = settings;
    this.rates = rates;
  }

  @Override
  public String name() {
    return "NO (forsinkelsesrenteloven, inkassoforskriften)";
  }

  @Override
  public Optional<InterestTerms> interest(Claim claim) {
    return Optional.of(InterestTerms.seriesPlus(claim.dueDate().plusDays(1), SERIES, "0", INTEREST));
  }

  @Override
  public List<Allowance> allowed(FeeOccasion occasion, LocalDate on, Claim claim) {
    if (!claim.isIn("NOK") || !on.isAfter(claim.dueDate())) {
      return List.of();
    }
    if (claim.isBusiness()) {
      if (claim.booked(ChargeType.FIXED_COMPENSATION) > 0) {
        return List.of();
      }
      BigDecimal nok = rates.on(COMPENSATION_SERIES, on).percent();
      return List.of(
          new Allowance(
              ChargeType.FIXED_COMPENSATION, Money.rounded(nok, claim.currency()), COMPENSATION));
    }
    if (occasion.isWrittenReminder()
        && !on.isBefore(claim.dueDate().plusDays(REMINDER_AFTER_DAYS))
        && claim.booked(ChargeType.REMINDER_FEE) < MAX_REMINDER_FEES) {
      return List.of(new Allowance(ChargeType.REMINDER_FEE, reminderFeeCap(claim), REMINDER));
    }
    return List.of();
  }

  private Money reminderFeeCap(Claim claim) {
    return Money.rounded(
        settings.noInkassosats().divide(new BigDecimal(20), 2, RoundingMode.DOWN), claim.currency());
  }
}
