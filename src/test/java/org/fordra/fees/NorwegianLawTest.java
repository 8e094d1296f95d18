package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fordra.fees.WorkedExamples.RATES;
import static org.fordra.fees.WorkedExamples.day;
import static org.fordra.fees.WorkedExamples.interest;

import org.junit.jupiter.api.Test;

class NorwegianLawTest {

  private final NorwegianLaw law = new NorwegianLaw(FeeSettings.defaults(), RATES);

  @Test
  void forsinkelsesrenteOfEachHalfYearAcrossNewYear2024() {
    // NOK 5,000 due 1 Dec 2023: 30 days at 11.75 %, 30 days at 12.5 %: 99.66
    var claim = AClaim.consumer("NO").in("NOK", "5000.00").due(day(2023, 12, 1)).build();
    assertThat(interest(law, claim, day(2024, 1, 30))).isEqualTo("99.66");
  }

  @Test
  void theUnconfirmedSecondHalfOf2024FailsLoudly() {
    var claim = AClaim.consumer("NO").in("NOK", "5000.00").due(day(2024, 6, 1)).build();
    assertThatThrownBy(() -> interest(law, claim, day(2024, 7, 10)))
        .isInstanceOf(MissingReferenceRate.class);
  }

  @Test
  void purregebyrOnlyFourteenDaysAfterDueAtMostTwiceAtOneTwentiethOfTheInkassosats() {
    var claim = AClaim.consumer("NO").in("NOK", "2000.00").due(day(2026, 3, 1)).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2026, 3, 14), claim)).isEmpty();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2026, 3, 15), claim))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.type()).isEqualTo(ChargeType.REMINDER_FEE);
          assertThat(a.max().toString()).isEqualTo("38.00");
        });
    var twice =
        AClaim.consumer("NO").in("NOK", "2000.00").due(day(2026, 3, 1))
            .alreadyCharged(ChargeType.REMINDER_FEE).alreadyCharged(ChargeType.REMINDER_FEE)
            .build();
    assertThat(law.allowed(FeeOccasion.FINAL_NOTICE, day(2026, 4, 15), twice)).isEmpty();
  }

  @Test
  void standardkompensasjonFromBusinessesAtTheHalfYearsAmount() {
    var claim = AClaim.business("NO").in("NOK", "20000.00").due(day(2025, 1, 10)).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 2, 1), claim))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.type()).isEqualTo(ChargeType.FIXED_COMPENSATION);
          assertThat(a.max().toString()).isEqualTo("470.00");
        });
  }

  @Test
  void businessInterestWithinOneHalfYear() {
    // NOK 100,000 due 31 Jan 2025: 28 days of February at 12.5 %: 958.90
    var claim = AClaim.business("NO").in("NOK", "100000.00").due(day(2025, 1, 31)).build();
    assertThat(interest(law, claim, day(2025, 2, 28))).isEqualTo("958.90");
  }
}
