package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.fees.WorkedExamples.day;
import static org.fordra.fees.WorkedExamples.interest;

import org.junit.jupiter.api.Test;

class UkLatePaymentActTest {

  private final UkLatePaymentAct law = new UkLatePaymentAct();

  @Test
  void theRateOfTheHalfYearInterestStartsInStaysAcrossTheNewYear() {
    // GBP 5,000 due 20 Dec 2024: interest starts 21 Dec 2024, reference rate 30 June 2024 = 5.25,
    // so 13.25 % for all 30 days, although 1 Jan 2025 has a new reference rate: 54.45
    var claim = AClaim.business("GB").in("GBP", "5000.00").due(day(2024, 12, 20)).build();
    assertThat(interest(law, claim, day(2025, 1, 19))).isEqualTo("54.45");
  }

  @Test
  void interestStartingInJanuary2025UsesTheDecemberRate() {
    // Reference rate 31 Dec 2024 = 4.75 -> 12.75 %; GBP 1,000 for 10 days: 3.49
    var claim = AClaim.business("GB").in("GBP", "1000.00").due(day(2025, 1, 4)).build();
    assertThat(interest(law, claim, day(2025, 1, 14))).isEqualTo("3.49");
  }

  @Test
  void fixedSumsByDebtSize() {
    assertThat(fixedSum("999.99")).isEqualTo("40.00");
    assertThat(fixedSum("1000.00")).isEqualTo("70.00");
    assertThat(fixedSum("9999.99")).isEqualTo("70.00");
    assertThat(fixedSum("10000.00")).isEqualTo("100.00");
    var euros = AClaim.business("GB").in("EUR", "5000.00").due(day(2025, 1, 4)).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 1, 20), euros)).isEmpty();
  }

  private String fixedSum(String debt) {
    var claim = AClaim.business("GB").in("GBP", debt).due(day(2025, 1, 4)).build();
    return law.allowed(FeeOccasion.REMINDER_1, day(2025, 1, 20), claim).get(0).max().toString();
  }

  @Test
  void interestStartingInJuly2025UsesTheJuneRate() {
    // Reference rate 30 June 2025 = 4.25 -> 12.25 %; GBP 20,000 for 30 days: 201.37
    var claim = AClaim.business("GB").in("GBP", "20000.00").due(day(2025, 7, 10)).build();
    assertThat(interest(law, claim, day(2025, 8, 9))).isEqualTo("201.37");
  }
}
