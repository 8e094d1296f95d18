package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fordra.fees.WorkedExamples.day;
import static org.fordra.fees.WorkedExamples.interest;

import java.math.BigDecimal;
import java.util.Currency;
import org.fordra.money.Money;
import org.junit.jupiter.api.Test;

class DutchLawTest {

  private final DutchLaw law = new DutchLaw(FeeSettings.defaults());

  @Test
  void handelsrenteFromTheDayAfterTheDueDateAcrossNewYear2025() {
    // EUR 10,000 due 15 Dec 2024: 16 days at 12.25 %, 14 days at 11.15 %: 96.47
    var claim = AClaim.business("NL").in("EUR", "10000.00").due(day(2024, 12, 15)).build();
    assertThat(interest(law, claim, day(2025, 1, 14))).isEqualTo("96.47");
  }

  @Test
  void consumerWettelijkeRenteAfterTheFourteenDaysOfTheFirstReminder() {
    // Reminder sent 1 Feb 2025, received 3 Feb, 14 days to 17 Feb: interest from 18 Feb.
    // 30 days at 6 %: 1000 x 6 x 30 / 36500 = 4.93
    var claim = AClaim.consumer("NL").due(day(2025, 1, 15)).remindedOn(day(2025, 2, 1)).build();
    assertThat(law.interest(claim).orElseThrow().firstDay()).isEqualTo(day(2025, 2, 18));
    assertThat(interest(law, claim, day(2025, 3, 19))).isEqualTo("4.93");
  }

  @Test
  void anUnpublishedRateFailsLoudlyInsteadOfCountingZero() {
    var claim = AClaim.consumer("NL").due(day(2025, 5, 15)).remindedOn(day(2025, 6, 1)).build();
    assertThatThrownBy(() -> interest(law, claim, day(2025, 7, 31)))
        .isInstanceOf(MissingReferenceRate.class)
        .hasMessageContaining("NL_WETTELIJKE_RENTE")
        .hasMessageContaining("2025-07-01");
  }

  @Test
  void wikScaleToTheCent() {
    assertThat(costs("200.00")).isEqualTo("40.00"); // 15 % = 30, minimum 40
    assertThat(costs("300.00")).isEqualTo("45.00");
    assertThat(costs("1000.00")).isEqualTo("150.00");
    assertThat(costs("2500.00")).isEqualTo("375.00");
    assertThat(costs("5000.00")).isEqualTo("625.00");
    assertThat(costs("10000.00")).isEqualTo("875.00");
    assertThat(costs("500000.00")).isEqualTo("4275.00");
    assertThat(costs("1000000.00")).isEqualTo("6775.00");
    assertThat(costs("5000000.00")).isEqualTo("6775.00"); // the maximum
  }

  @Test
  void consumerCollectionCostsOnlyAfterTheFourteenDayLetterExpiredUnpaid() {
    // Final notice sent 1 March 2025 whose letter gave 17 March as the last day to pay (how that
    // day is found: FourteenDayLetterTest): costs only from the day after it.
    var claim =
        AClaim.consumer("NL").due(day(2025, 1, 31))
            .finalNoticeOn(day(2025, 3, 1), day(2025, 3, 17)).build();
    assertThat(law.allowed(FeeOccasion.AGENCY_HANDOVER, day(2025, 3, 17), claim)).isEmpty();
    assertThat(law.allowed(FeeOccasion.AGENCY_HANDOVER, day(2025, 3, 18), claim))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.type()).isEqualTo(ChargeType.COLLECTION_COSTS);
          assertThat(a.max().toString()).isEqualTo("150.00");
        });
    var noLetter = AClaim.consumer("NL").due(day(2025, 1, 31)).build();
    assertThat(law.allowed(FeeOccasion.AGENCY_HANDOVER, day(2025, 6, 1), noLetter)).isEmpty();
  }

  @Test
  void vatOnTopOnlyWhereTheCreditorCannotDeductIt() {
    var vatPaying =
        new DutchLaw(new FeeSettings(2, BigDecimal.ZERO, true, new BigDecimal("21"),
            new BigDecimal("760"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN,
            new BigDecimal("25")));
    var claim = AClaim.business("NL").in("EUR", "10000.00").due(day(2025, 1, 31)).build();
    assertThat(vatPaying.allowed(FeeOccasion.AGENCY_HANDOVER, day(2025, 3, 1), claim))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.max().toString()).isEqualTo("1058.75"); // 875 + 21 %
          assertThat(a.basis()).contains("btw");
        });
    assertThat(law.allowed(FeeOccasion.AGENCY_HANDOVER, day(2025, 3, 1), claim))
        .singleElement()
        .satisfies(a -> assertThat(a.max().toString()).isEqualTo("875.00"));
  }

  @Test
  void noReminderFeesInTheNetherlands() {
    var claim = AClaim.business("NL").due(day(2025, 1, 31)).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 2, 10), claim)).isEmpty();
    assertThat(law.allowed(FeeOccasion.REMINDER_2, day(2025, 2, 24), claim)).isEmpty();
  }

  private static String costs(String principal) {
    return DutchLaw.collectionCosts(
            Money.exact(new BigDecimal(principal), Currency.getInstance("EUR")))
        .toString();
  }
}
