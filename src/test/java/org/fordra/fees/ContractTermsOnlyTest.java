package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.fees.WorkedExamples.day;
import static org.fordra.fees.WorkedExamples.interest;

import java.math.BigDecimal;
import org.fordra.ledger.ChargeType;
import org.junit.jupiter.api.Test;

class ContractTermsOnlyTest {

  private final ContractTermsOnly law =
      new ContractTermsOnly(FeeSettings.defaults(), "US consumer (contract terms)");

  @Test
  void noTermsNoInterestNoFee() {
    var claim = AClaim.consumer("US").in("USD", "1000.00").due(day(2025, 3, 1)).build();
    assertThat(law.interest(claim)).isEmpty();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 3, 10), claim)).isEmpty();
  }

  @Test
  void theContractRateButNeverAboveTheCap() {
    // 18 % agreed, cap 10 %: USD 1,000 for 30 days at 10 % = 8.22
    var greedy =
        AClaim.consumer("US").in("USD", "1000.00").due(day(2025, 3, 1))
            .terms(new ContractTerms(true, null, new BigDecimal("18"))).build();
    assertThat(interest(law, greedy, day(2025, 3, 31))).isEqualTo("8.22");
    // 5 % agreed: 4.11
    var modest =
        AClaim.consumer("US").in("USD", "1000.00").due(day(2025, 3, 1))
            .terms(new ContractTerms(true, null, new BigDecimal("5"))).build();
    assertThat(interest(law, modest, day(2025, 3, 31))).isEqualTo("4.11");
  }

  @Test
  void actualOver365AlsoInALeapYear() {
    // 10 % on 1,000 for all 366 days of 2024: 1000 x 10 x 366 / 36500 = 100.27, not 100.00
    var claim =
        AClaim.consumer("US").in("USD", "1000.00").due(day(2023, 12, 31))
            .terms(new ContractTerms(true, null, BigDecimal.TEN)).build();
    assertThat(interest(law, claim, day(2024, 12, 31))).isEqualTo("100.27");
  }

  @Test
  void theLateFeeOnceAndCapped() {
    var claim =
        AClaim.consumer("US").in("USD", "1000.00").due(day(2025, 3, 1))
            .terms(new ContractTerms(true, new BigDecimal("40"), null)).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 3, 10), claim))
        .singleElement()
        .satisfies(a -> assertThat(a.max().toString()).isEqualTo("25.00"));
    var charged =
        AClaim.consumer("US").in("USD", "1000.00").due(day(2025, 3, 1))
            .terms(new ContractTerms(true, new BigDecimal("40"), null))
            .alreadyCharged(ChargeType.FIXED_COMPENSATION).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_2, day(2025, 3, 20), charged)).isEmpty();
  }
}
