package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.fordra.money.Money;
import org.junit.jupiter.api.Test;

/** Bigger and older debts first, with neither size nor age drowning the other. */
class TasklistPriorityTest {

  static final Currency EUR = Currency.getInstance("EUR");
  static final Currency JPY = Currency.getInstance("JPY");

  static Money eur(String amount) {
    return Money.exact(new BigDecimal(amount), EUR);
  }

  @Test
  void sizeCountsByDigitsOfTheBalance() {
    // 1,000.00 has 4 digits: 4 x 8 = 32; 100,000.00 has 6: 48; 999.99 has 3: 24.
    assertThat(TasklistPriority.of(eur("1000.00"), 0)).isEqualTo(32);
    assertThat(TasklistPriority.of(eur("100000.00"), 0)).isEqualTo(48);
    assertThat(TasklistPriority.of(eur("999.99"), 0)).isEqualTo(24);
    // Seven digits would be 56: the size half is capped at 50.
    assertThat(TasklistPriority.of(eur("1000000.00"), 0)).isEqualTo(50);
    // Yen have no minor unit: 120,000 JPY is 6 digits like EUR 100,000.00.
    assertThat(TasklistPriority.of(Money.exact(new BigDecimal("120000"), JPY), 0)).isEqualTo(48);
  }

  @Test
  void ageAddsAPointEveryTwoDaysOverdueUpToFifty() {
    assertThat(TasklistPriority.of(eur("1000.00"), 1)).isEqualTo(32);
    assertThat(TasklistPriority.of(eur("1000.00"), 29)).isEqualTo(32 + 14);
    assertThat(TasklistPriority.of(eur("1000.00"), 100)).isEqualTo(32 + 50);
    assertThat(TasklistPriority.of(eur("1000000.00"), 365)).isEqualTo(100);
  }

  @Test
  void aPaidOrCreditedBalanceStillSortsByItsAge() {
    // Nothing (or a credit) left counts as one digit, 8 points, so the order by age remains.
    assertThat(TasklistPriority.of(eur("0.00"), 10)).isEqualTo(8 + 5);
    assertThat(TasklistPriority.of(eur("-25.00"), 0)).isEqualTo(8);
  }
}
