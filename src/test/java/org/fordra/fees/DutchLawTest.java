package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fordra.fees.WorkedExamples.DAILY;
import static org.fordra.fees.WorkedExamples.accrued;
import static org.fordra.fees.WorkedExamples.day;
import static org.fordra.fees.WorkedExamples.interest;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.fordra.ledger.ChargeType;
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

  // Art. 6:119(2) BW and art. 6:119a(3) BW: "Telkens na afloop van een jaar wordt het bedrag
  // waarover de wettelijke (handels)rente wordt berekend, vermeerderd met de over dat jaar
  // verschuldigde rente." The year runs from the first interest day; within it, each half-year's
  // rate applies to its own days (art. 6:120 BW).

  @Test
  void handelsrenteCompoundsAfterEachFullYear() {
    // EUR 10,000 due 31 March 2024, interest from 1 April 2024.
    // Year 1, 1 Apr 2024 .. 31 Mar 2025: 91 days at 12.50 %, 184 at 12.25 %, 90 at 11.15 %:
    //   10000 x (12.50 x 91 + 12.25 x 184 + 11.15 x 90) / 36500 = 1204.1096 = 1204.11
    // Year 2 runs on 10,000 + 1,204.11 = 11,204.11; 1 Apr .. 30 Sep 2025: 91 days at 11.15 %,
    //   92 at 10.15 %: 11204.11 x (11.15 x 91 + 10.15 x 92) / 36500 = 598.0999
    // Together 1802.2095 = 1802.21 (never compounded: 1737.93).
    var claim = AClaim.business("NL").in("EUR", "10000.00").due(day(2024, 3, 31)).build();
    assertThat(accrued(law, claim, day(2025, 3, 31))).isEqualTo("1204.11");
    assertThat(accrued(law, claim, day(2025, 9, 30))).isEqualTo("1802.21");
  }

  @Test
  void consumerWettelijkeRenteCompoundsFromItsOwnFirstDayNotFromNewYear() {
    // EUR 5,000 due 10 Jan 2024; reminder sent 15 Jan, received 17 Jan, 14 days to 31 Jan:
    // interest from 1 Feb 2024. Year 1, 1 Feb 2024 .. 31 Jan 2025 (366 days, 2024 is a leap
    // year): 335 days at 7 %, 31 at 6 %: 5000 x (7 x 335 + 6 x 31) / 36500 = 346.7123 = 346.71.
    // Year 2 on 5,346.71: 1 Feb .. 30 Jun 2025, 150 days at 6 %: 131.8367.
    // Together 478.5490 = 478.55.
    var claim =
        AClaim.consumer("NL").in("EUR", "5000.00").due(day(2024, 1, 10))
            .remindedOn(day(2024, 1, 15)).build();
    assertThat(law.interest(claim).orElseThrow().firstDay()).isEqualTo(day(2024, 2, 1));
    assertThat(accrued(law, claim, day(2025, 1, 31))).isEqualTo("346.71");
    assertThat(accrued(law, claim, day(2025, 6, 30))).isEqualTo("478.55");
    assertThat(law.interest(claim).orElseThrow().basis()).contains("6:119", "lid 2");
  }

  @Test
  void theYearsInterestPaidOnTheAnniversaryIsNotCompounded() {
    // As above, but the year's 1204.11 is paid on 1 April 2025: year 2 runs on 10,000 again,
    // 10000 x (11.15 x 91 + 10.15 x 92) / 36500 = 533.82; together 1737.93.
    var claim = AClaim.business("NL").in("EUR", "10000.00").due(day(2024, 3, 31)).build();
    var ledger =
        new StatutoryLateInterest.Ledger(
            law.interest(claim).orElseThrow(), law.paymentOrder(), claim.principal(), List.of(),
            DAILY);
    ledger.pay(day(2025, 4, 1), claim.money("1204.11"));
    assertThat(ledger.interestPaid().toString()).isEqualTo("1204.11");
    assertThat(ledger.accruedUntil(day(2025, 9, 30)).toString()).isEqualTo("1737.93");
  }

  @Test
  void germanInterestOverTheSameYearsNeverCompounds() {
    // § 289 BGB: no interest on interest. The same days at the same kind of rates stay simple.
    var german = new GermanLaw(FeeSettings.defaults());
    var claim = AClaim.business("DE").in("EUR", "10000.00").due(day(2024, 3, 31)).build();
    assertThat(german.interest(claim).orElseThrow().compoundsYearly()).isFalse();
    assertThat(accrued(german, claim, day(2025, 9, 30)))
        .isEqualTo(WorkedExamples.interest(german, claim, day(2025, 9, 30)));
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
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN,
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
