package org.fordra.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fordra.ledger.ChargeType;
import org.fordra.money.Money;

/**
 * Norway.
 *
 * <ul>
 *   <li>Forsinkelsesrente (lov 17. desember 1976 nr. 100, forsinkelsesrenteloven, § 3 first
 *       paragraph): the rate Finansdepartementet fixes for each half-year, from the day after the
 *       due date; a period spanning two half-years uses both rates.
 *   <li>Purregebyr (inkassoforskriften, FOR-1989-07-14-562, §§ 1-2 and 1-3, with inkassoloven
 *       § 17): 1/20 of the inkassosats in force on the day the notice is sent ({@link
 *       Inkassosats}), for a written reminder or an inkassovarsel (inkassoloven § 9) that is sent
 *       at least 14 days after the due date (§ 1-2 first and second paragraph) and gives at least
 *       14 days to pay. At most two per claim (§ 1-3), and the second only once the debtor has
 *       overstepped a deadline of at least 14 days given by an earlier one (§ 1-3 first paragraph
 *       second sentence) and no earlier deadline is still running. The deadline each notice gives
 *       is recorded with it and told to the rule before the notice's charges are booked, so a
 *       schedule a manager edits can never make a fee come early.
 *   <li>Standardkompensasjon (forsinkelsesrenteloven § 3a) from business debtors, the NOK amount
 *       fixed for the half-year in which it is charged, once per claim. Fordra then charges a
 *       business no purregebyr.
 *   <li>The final notice is an inkassovarsel (inkassoloven § 9) giving at least
 *       {@value #INKASSOVARSEL_DAYS} days to pay, counted from the day it is sent.
 * </ul>
 * NOK amounts without a conversion rule: fees on NOK invoices only.
 */
class NorwegianLaw implements Jurisdiction {

  static final String SERIES = "NO_FORSINKELSESRENTE";
  static final String COMPENSATION_SERIES = "NO_STANDARDKOMPENSASJON";
  static final int INKASSOVARSEL_DAYS = 14;
  static final int REMINDER_AFTER_DAYS = 14;
  static final int MIN_DAYS_TO_PAY = 14;
  static final int MAX_REMINDER_FEES = 2;
  static final String INTEREST = "forsinkelsesrenteloven § 3: forsinkelsesrente";
  static final String REMINDER =
      "inkassoforskriften §§ 1-2, 1-3: purregebyr (1/20 av inkassosatsen, kr %s)";
  static final String COMPENSATION = "forsinkelsesrenteloven § 3a: standardkompensasjon";

  private final ReferenceRates rates;

  NorwegianLaw(ReferenceRates rates) {
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
    if (reminderFeeAllowed(occasion, on, claim)) {
      Inkassosats.Decided sats = Inkassosats.on(on);
      Money fee =
          Money.rounded(
              sats.nok().divide(new BigDecimal(20), 2, RoundingMode.DOWN), claim.currency());
      return List.of(
          new Allowance(
              ChargeType.REMINDER_FEE,
              fee,
              String.format(REMINDER, sats.nok().toPlainString()) + ", jf. " + sats.citation()));
    }
    return List.of();
  }

  /**
   * Inkassoforskriften § 1-2: a written reminder or inkassovarsel sent at least 14 days after the
   * due date; § 1-3: at most two fees, the second only after a deadline of at least 14 days was
   * overstepped. The notice itself gives at least 14 days to pay (its deadline is known before
   * it goes out: {@link Claim#thisNoticeDeadline}); where it is not known, no fee.
   */
  static boolean reminderFeeAllowed(FeeOccasion occasion, LocalDate on, Claim claim) {
    if (!occasion.isWrittenReminder()
        || on.isBefore(claim.dueDate().plusDays(REMINDER_AFTER_DAYS))
        || claim.booked(ChargeType.REMINDER_FEE) >= MAX_REMINDER_FEES) {
      return false;
    }
    boolean givesFourteenDays =
        claim.thisNoticeDeadline()
            .filter(last -> !last.isBefore(on.plusDays(MIN_DAYS_TO_PAY)))
            .isPresent();
    if (!givesFourteenDays) {
      return false;
    }
    // Every deadline given before has passed: a fee is never charged while one still runs.
    boolean earlierDeadlineRunning =
        claim.deadlinesGiven().stream().anyMatch(given -> !given.lastDay().isBefore(on));
    if (earlierDeadlineRunning) {
      return false;
    }
    if (claim.booked(ChargeType.REMINDER_FEE) == 0) {
      return true;
    }
    return claim.deadlinesGiven().stream()
        .anyMatch(given -> given.days() >= MIN_DAYS_TO_PAY && given.lastDay().isBefore(on));
  }
}
