package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.fees.WorkedExamples.day;
import static org.fordra.fees.WorkedExamples.interest;

import org.fordra.ledger.ChargeType;
import org.junit.jupiter.api.Test;

class SwedishLawTest {

  private final SwedishLaw law = new SwedishLaw();

  @Test
  void referensrantaPlusEightAcrossNewYear2025() {
    // SEK 10,000 due 20 Dec 2024: 11 days at 4 + 8 = 12 %, 19 days at 3 + 8 = 11 %: 93.42
    var claim = AClaim.business("SE").in("SEK", "10000.00").due(day(2024, 12, 20)).build();
    assertThat(interest(law, claim, day(2025, 1, 19))).isEqualTo("93.42");
  }

  @Test
  void paminnelseavgiftOnlyWhereAgreedInAdvanceAndAtMostSixtyKronor() {
    var notAgreed = AClaim.consumer("SE").in("SEK", "500.00").due(day(2025, 3, 31)).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 4, 10), notAgreed)).isEmpty();
    var agreed =
        AClaim.consumer("SE").in("SEK", "500.00").due(day(2025, 3, 31))
            .terms(new ContractTerms(true, null, null)).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 4, 10), agreed))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.type()).isEqualTo(ChargeType.REMINDER_FEE);
          assertThat(a.max().toString()).isEqualTo("60.00");
        });
    assertThat(law.allowed(FeeOccasion.DUE_NOTICE, day(2025, 3, 31), agreed)).isEmpty();
  }

  @Test
  void forseningsersattningReplacesReminderFeesForBusinessesOnce() {
    var business =
        AClaim.business("SE").in("SEK", "5000.00").due(day(2025, 3, 31))
            .terms(new ContractTerms(true, null, null)).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 4, 10), business))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.type()).isEqualTo(ChargeType.FIXED_COMPENSATION);
          assertThat(a.max().toString()).isEqualTo("450.00");
        });
    var charged =
        AClaim.business("SE").in("SEK", "5000.00").due(day(2025, 3, 31))
            .alreadyCharged(ChargeType.FIXED_COMPENSATION).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_2, day(2025, 4, 24), charged)).isEmpty();
  }

  @Test
  void kronorFeesAreNotChargedOnOtherCurrencies() {
    var euros = AClaim.business("SE").in("EUR", "5000.00").due(day(2025, 3, 31)).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 4, 10), euros)).isEmpty();
  }

  @Test
  void consumerInterestAcrossTheJuly2025Change() {
    // SEK 2,500 due 20 June 2025: 10 days at 3 + 8 = 11 %, 20 days at 2 + 8 = 10 %: 21.23
    var claim = AClaim.consumer("SE").in("SEK", "2500.00").due(day(2025, 6, 20)).build();
    assertThat(interest(law, claim, day(2025, 7, 20))).isEqualTo("21.23");
  }
}
