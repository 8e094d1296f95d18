package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.fees.WorkedExamples.day;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.fordra.breathingspace.Respite;
import org.fordra.money.Money;
import org.junit.jupiter.api.Test;

/**
 * No interest for the days of a Breathing Space moratorium, then or later (SI 2020/1311 reg. 7):
 * GBP 10,000.00 at 8 % a year from 14 May 2026, a moratorium from 15 May to 13 July included.
 */
class MoratoriumInterestTest {

  static final Money PRINCIPAL = Money.exact(new BigDecimal("10000.00"), Currency.getInstance("GBP"));
  static final InterestTerms EIGHT_PERCENT =
      InterestTerms.fixed(day(2026, 5, 14), new BigDecimal("8"), "contract terms 8 % a year");
  static final Respite MORATORIUM = new Respite(day(2026, 5, 15), day(2026, 7, 14));

  static StatutoryLateInterest.Ledger ledger(List<Respite> respites) {
    StatutoryLateInterest.Ledger ledger =
        new StatutoryLateInterest.Ledger(
            EIGHT_PERCENT, PaymentOrder.COSTS_INTEREST_PRINCIPAL, PRINCIPAL, List.of(),
            WorkedExamples.DAILY);
    ledger.skipping(respites);
    return ledger;
  }

  @Test
  void theProtectedDaysCarryNoInterest() {
    // 14 May to 31 July: 79 days; without the 60 protected days 19:
    // 10,000.00 x 8 / 100 x 19 / 365 = 41.6438... = 41.64.
    assertThat(ledger(List.of(MORATORIUM)).accruedUntil(day(2026, 7, 31))).hasToString("41.64");
    // Without a moratorium, all 79 days: 173.1506... = 173.15.
    assertThat(ledger(List.of()).accruedUntil(day(2026, 7, 31))).hasToString("173.15");
  }

  @Test
  void inTheMiddleOfAMoratoriumOnlyTheDayBeforeItCounts() {
    // 14 May only: 10,000.00 x 8 / 100 / 365 = 2.1917... = 2.19.
    assertThat(ledger(List.of(MORATORIUM)).accruedUntil(day(2026, 6, 30))).hasToString("2.19");
  }

  @Test
  void aPaymentDuringTheMoratoriumLowersWhatInterestRunsOnAfterIt() {
    StatutoryLateInterest.Ledger ledger = ledger(List.of(MORATORIUM));
    // 6,002.19 paid on 1 June: first the 2.19 of interest of 14 May, then 6,000.00 of principal.
    ledger.pay(day(2026, 6, 1), Money.exact(new BigDecimal("6002.19"), PRINCIPAL.currency()));
    // 14 to 31 July (18 days) on 4,000.00: 15.7808... = 15.78; with the 2.19 of 14 May, 17.97.
    assertThat(ledger.accruedUntil(day(2026, 7, 31))).hasToString("17.97");
  }
}
