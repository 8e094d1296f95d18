package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fordra.fees.WorkedExamples.RATES;
import static org.fordra.fees.WorkedExamples.day;
import static org.fordra.fees.WorkedExamples.interest;

import org.fordra.ledger.ChargeType;
import org.junit.jupiter.api.Test;

class NorwegianLawTest {

  private final NorwegianLaw law = new NorwegianLaw(RATES);

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

  // Inkassoforskriften (FOR-1989-07-14-562) § 1-2: a purregebyr of 1/20 of the inkassosats for a
  // written reminder, or an inkassovarsel, "sendt tidligst 14 dager etter kravets forfall"; § 1-3:
  // fees for at most two, the second only once the debtor "har oversittet en betalingsfrist på
  // minst 14 dager" given in the first. The inkassosats: § 1-1 third paragraph, NOK 700.

  @Test
  void purregebyrOnlyFourteenDaysAfterDueAndOnlyForANoticeGivingFourteenDaysToPay() {
    var claim = AClaim.consumer("NO").in("NOK", "2000.00").due(day(2026, 3, 1)).build();
    // 13 days after due: none, whatever the deadline.
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2026, 3, 14),
        claim.givingDeadline(day(2026, 3, 28)))).isEmpty();
    // 14 days after due, 14 days to pay: 700 / 20 = 35.00.
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2026, 3, 15),
        claim.givingDeadline(day(2026, 3, 29))))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.type()).isEqualTo(ChargeType.REMINDER_FEE);
          assertThat(a.max().toString()).isEqualTo("35.00");
          assertThat(a.basis()).contains("§§ 1-2, 1-3", "kr 700");
        });
    // 13 days to pay (the old reminder 2): none. A deadline not known: none.
    assertThat(law.allowed(FeeOccasion.REMINDER_2, day(2026, 3, 15),
        claim.givingDeadline(day(2026, 3, 28)))).isEmpty();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2026, 3, 15), claim)).isEmpty();
  }

  @Test
  void aSecondFeeOnlyAfterTheFirstRemindersDeadlineHasPassedAndNeverAThird() {
    // Reminder 1 sent 15 March 2026 gave until 29 March and carried a fee.
    var once =
        AClaim.consumer("NO").in("NOK", "2000.00").due(day(2026, 3, 1))
            .remindedOn(day(2026, 3, 15), day(2026, 3, 29))
            .alreadyCharged(ChargeType.REMINDER_FEE, "35.00").build();
    // The inkassovarsel on 25 March, or on the last day 29 March: the deadline still runs.
    assertThat(law.allowed(FeeOccasion.FINAL_NOTICE, day(2026, 3, 25),
        once.givingDeadline(day(2026, 4, 8)))).isEmpty();
    assertThat(law.allowed(FeeOccasion.REMINDER_2, day(2026, 3, 29),
        once.givingDeadline(day(2026, 4, 12)))).isEmpty();
    // The day after it: the second fee, 35.00.
    assertThat(law.allowed(FeeOccasion.REMINDER_2, day(2026, 3, 30),
        once.givingDeadline(day(2026, 4, 13))))
        .singleElement()
        .satisfies(a -> assertThat(a.max().toString()).isEqualTo("35.00"));
    var twice =
        AClaim.consumer("NO").in("NOK", "2000.00").due(day(2026, 3, 1))
            .remindedOn(day(2026, 3, 15), day(2026, 3, 29))
            .alreadyCharged(ChargeType.REMINDER_FEE, "35.00")
            .remindedOn(day(2026, 3, 30), day(2026, 4, 13))
            .alreadyCharged(ChargeType.REMINDER_FEE, "35.00").build();
    assertThat(law.allowed(FeeOccasion.FINAL_NOTICE, day(2026, 4, 15),
        twice.givingDeadline(day(2026, 4, 29)))).isEmpty();
  }

  @Test
  void noSecondFeeWhereTheEarlierDeadlineWasShorterThanFourteenDays() {
    // A fee booked for a reminder that gave only 13 days (sent 15 March, until 28 March): the
    // debtor never overstepped a 14-day deadline, so no second fee (§ 1-3).
    var claim =
        AClaim.consumer("NO").in("NOK", "2000.00").due(day(2026, 3, 1))
            .remindedOn(day(2026, 3, 15), day(2026, 3, 28))
            .alreadyCharged(ChargeType.REMINDER_FEE, "35.00").build();
    assertThat(law.allowed(FeeOccasion.FINAL_NOTICE, day(2026, 4, 1),
        claim.givingDeadline(day(2026, 4, 15)))).isEmpty();
  }

  @Test
  void theInkassosatsIsTheOneInForceOnTheDayTheNoticeIsSent() {
    // § 1-2 last paragraph. NOK 700 since 1 January 2017; no decision for 2026 was found (750 and
    // 760 are claimed), so the last decided sats applies: never above either.
    assertThat(Inkassosats.on(day(2017, 1, 1)).nok()).isEqualByComparingTo("700");
    assertThat(Inkassosats.on(day(2026, 12, 2)).nok()).isEqualByComparingTo("700");
    assertThat(Inkassosats.on(day(2026, 12, 2)).source()).contains("§ 1-1");
    assertThatThrownBy(() -> Inkassosats.on(day(2016, 12, 31)))
        .isInstanceOf(IllegalStateException.class);
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
