package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.fees.WorkedExamples.day;
import static org.fordra.fees.WorkedExamples.interest;

import java.math.BigDecimal;
import org.fordra.ledger.ChargeType;
import org.junit.jupiter.api.Test;

class GermanLawTest {

  private final FeeSettings settings =
      new FeeSettings(2, new BigDecimal("1.50"), false, new BigDecimal("21"),
          BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN,
          new BigDecimal("25"));
  private final GermanLaw law = new GermanLaw(settings);

  @Test
  void businessPaysBasiszinsPlusNineAcrossTheJulyRateChange() {
    // EUR 1,000 due 31 May 2025, interest from 1 June: 30 days at 2.27 + 9 = 11.27 %,
    // then 15 days at 1.27 + 9 = 10.27 %: 1000 x (11.27 x 30 + 10.27 x 15) / 36500 = 13.48
    var claim = AClaim.business("DE").due(day(2025, 5, 31)).dueDateAgreed().build();
    assertThat(law.interest(claim).orElseThrow().firstDay()).isEqualTo(day(2025, 6, 1));
    assertThat(interest(law, claim, day(2025, 7, 15))).isEqualTo("13.48");
  }

  @Test
  void consumerWithoutTheNoticeOwesInterestOnlyFromTheDayAfterTheReminderArrived() {
    var unreminded = AClaim.consumer("DE").due(day(2025, 12, 31)).build();
    assertThat(law.interest(unreminded)).isEmpty();
    // Reminder sent 10 Jan 2026, received 12 Jan (2 days), interest from 13 Jan:
    // 30 days at 1.27 + 5 = 6.27 %: 1000 x 6.27 x 30 / 36500 = 5.15
    var reminded = AClaim.consumer("DE").due(day(2025, 12, 31)).remindedOn(day(2026, 1, 10)).build();
    assertThat(law.interest(reminded).orElseThrow().firstDay()).isEqualTo(day(2026, 1, 13));
    assertThat(interest(law, reminded, day(2026, 2, 11))).isEqualTo("5.15");
  }

  @Test
  void consumerWithTheParagraph286NoticeIsInDefaultOnDay31AcrossTheJuly2024Change() {
    // EUR 2,500 due 15 May 2024, § 286(3) notice on the invoice: interest from 15 June 2024,
    // 16 days at 3.62 + 5 = 8.62 %, then 14 days at 3.37 + 5 = 8.37 %: 17.47
    var claim =
        AClaim.consumer("DE").in("EUR", "2500.00").due(day(2024, 5, 15))
            .withDefaultNoticeOnInvoice().build();
    assertThat(law.interest(claim).orElseThrow().firstDay()).isEqualTo(day(2024, 6, 15));
    assertThat(interest(law, claim, day(2024, 7, 14))).isEqualTo("17.47");
  }

  @Test
  void verzugspauschaleOnlyFromBusinessesOnlyOnceOnlyInEuro() {
    var business = AClaim.business("DE").due(day(2025, 5, 31)).dueDateAgreed().build();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 6, 10), business))
        .anySatisfy(a -> {
          assertThat(a.type()).isEqualTo(ChargeType.FIXED_COMPENSATION);
          assertThat(a.max().toString()).isEqualTo("40.00");
          assertThat(a.basis()).contains("§ 288 (5) BGB");
        });
    var charged =
        AClaim.business("DE").due(day(2025, 5, 31)).dueDateAgreed()
            .alreadyCharged(ChargeType.FIXED_COMPENSATION).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_2, day(2025, 6, 20), charged))
        .noneMatch(a -> a.type() == ChargeType.FIXED_COMPENSATION);
    var dollars = AClaim.business("DE").in("USD", "1000.00").due(day(2025, 5, 31)).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 6, 10), dollars))
        .noneMatch(a -> a.type() == ChargeType.FIXED_COMPENSATION);
    var consumer = AClaim.consumer("DE").due(day(2025, 5, 31)).remindedOn(day(2025, 6, 5)).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_2, day(2025, 6, 20), consumer))
        .noneMatch(a -> a.type() == ChargeType.FIXED_COMPENSATION);
  }

  @Test
  void noReminderFeeForTheReminderThatCreatesDefaultOnlyActualCostAfterIt() {
    var first = AClaim.consumer("DE").due(day(2025, 5, 31)).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 6, 10), first)).isEmpty();
    var second = AClaim.consumer("DE").due(day(2025, 5, 31)).remindedOn(day(2025, 6, 10)).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_2, day(2025, 6, 24), second))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.type()).isEqualTo(ChargeType.REMINDER_FEE);
          assertThat(a.max().toString()).isEqualTo("1.50");
          assertThat(a.basis()).contains("VIII ZR 95/18");
        });
  }

  @Test
  void withoutAConfiguredActualCostNoReminderFeeAtAll() {
    var law = new GermanLaw(FeeSettings.defaults());
    var second = AClaim.consumer("DE").due(day(2025, 5, 31)).remindedOn(day(2025, 6, 10)).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_2, day(2025, 6, 24), second)).isEmpty();
  }

  // § 286(2) Nr. 1 BGB: default without a reminder only where the payment date was agreed
  // ("eine Zeit nach dem Kalender bestimmt"); otherwise § 286(3) sentence 1: 30 days after due
  // date and receipt of the invoice (a business needs no notice of this), or a reminder first.

  @Test
  void businessWithoutAnAgreedDateIsInDefaultOnlyThirtyDaysAfterDueDateAndReceipt() {
    // EUR 1,000 issued 1 May 2025 (received 3 May), due 31 May, date not agreed: day 31 after
    // the due date, 1 July, is the first day of default. 30 days to 30 July at 1.27 + 9 = 10.27 %:
    // 1000 x 10.27 x 30 / 36500 = 8.44
    var claim = AClaim.business("DE").due(day(2025, 5, 31)).build();
    assertThat(law.interest(claim).orElseThrow().firstDay()).isEqualTo(day(2025, 7, 1));
    assertThat(interest(law, claim, day(2025, 7, 30))).isEqualTo("8.44");
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 6, 10), claim)).isEmpty();
    assertThat(law.allowed(FeeOccasion.FINAL_NOTICE, day(2025, 7, 1), claim))
        .anySatisfy(a -> assertThat(a.type()).isEqualTo(ChargeType.FIXED_COMPENSATION));
  }

  @Test
  void businessRemindedBeforeTheThirtyDaysIsInDefaultOnTheReminderArriving() {
    // Reminder sent 5 June 2025, received 7 June (§ 286(1)): interest from 8 June, 23 days to
    // 30 June at 2.27 + 9 = 11.27 %: 1000 x 11.27 x 23 / 36500 = 7.10
    var claim = AClaim.business("DE").due(day(2025, 5, 31)).remindedOn(day(2025, 6, 5)).build();
    assertThat(law.interest(claim).orElseThrow().firstDay()).isEqualTo(day(2025, 6, 8));
    assertThat(interest(law, claim, day(2025, 6, 30))).isEqualTo("7.10");
  }

  @Test
  void anAgreedDateAlsoPutsAConsumerInDefaultFromTheDayAfter() {
    // § 286(2) Nr. 1 applies to consumers too: 1 .. 30 June 2025 at 2.27 + 5 = 7.27 %: 5.98
    var claim = AClaim.consumer("DE").due(day(2025, 5, 31)).dueDateAgreed().build();
    assertThat(law.interest(claim).orElseThrow().firstDay()).isEqualTo(day(2025, 6, 1));
    assertThat(interest(law, claim, day(2025, 6, 30))).isEqualTo("5.98");
  }

  // § 288(5) sentence 3 BGB: "Die Pauschale nach Satz 1 ist auf einen geschuldeten
  // Schadensersatz anzurechnen, soweit der Schaden in Kosten der Rechtsverfolgung begründet ist."
  // Reminder costs are such costs: Pauschale + reminder fees <= max(EUR 40, reminder costs).

  @Test
  void afterTheFullPauschaleAReminderCostingLessIsNotChargedOnTop() {
    var claim =
        AClaim.business("DE").due(day(2025, 5, 31)).dueDateAgreed()
            .alreadyCharged(ChargeType.FIXED_COMPENSATION, "40.00").build();
    assertThat(law.allowed(FeeOccasion.REMINDER_2, day(2025, 6, 20), claim)).isEmpty();
  }

  @Test
  void aReminderFeeChargedFirstLowersThePauschale() {
    // EUR 1.50 reminder cost already charged: 40.00 - 1.50 = 38.50 Pauschale; together 40.00.
    var claim =
        AClaim.business("DE").due(day(2025, 5, 31)).dueDateAgreed()
            .alreadyCharged(ChargeType.REMINDER_FEE, "1.50").build();
    assertThat(law.allowed(FeeOccasion.FINAL_NOTICE, day(2025, 6, 30), claim))
        .filteredOn(a -> a.type() == ChargeType.FIXED_COMPENSATION)
        .singleElement()
        .satisfies(a -> {
          assertThat(a.max().toString()).isEqualTo("38.50");
          assertThat(a.basis()).contains("§ 288 (5) Satz 3");
        });
    // ... and the reminder fee at that step only beyond the Pauschale: none while costs < 40.
    var both =
        AClaim.business("DE").due(day(2025, 5, 31)).dueDateAgreed()
            .alreadyCharged(ChargeType.REMINDER_FEE, "1.50")
            .alreadyCharged(ChargeType.FIXED_COMPENSATION, "38.50").build();
    assertThat(law.allowed(FeeOccasion.FINAL_NOTICE, day(2025, 6, 30), both)).isEmpty();
  }

  @Test
  void reminderCostsAboveFortyEurosAreOwedOnlyBeyondThePauschale() {
    // Actual cost EUR 25 a reminder. Reminder 2 charged 25.00, then the Pauschale 40 - 25 = 15.00;
    // the final notice's 25.00 more: costs 50.00, of which 40.00 are covered: 10.00 on top.
    var dear =
        new GermanLaw(new FeeSettings(2, new BigDecimal("25"), false, new BigDecimal("21"),
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("25")));
    var claim =
        AClaim.business("DE").due(day(2025, 5, 31)).dueDateAgreed()
            .alreadyCharged(ChargeType.REMINDER_FEE, "25.00")
            .alreadyCharged(ChargeType.FIXED_COMPENSATION, "15.00").build();
    assertThat(dear.allowed(FeeOccasion.FINAL_NOTICE, day(2025, 6, 30), claim))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.type()).isEqualTo(ChargeType.REMINDER_FEE);
          assertThat(a.max().toString()).isEqualTo("10.00");
        });
    var first = AClaim.business("DE").due(day(2025, 5, 31)).dueDateAgreed()
        .alreadyCharged(ChargeType.REMINDER_FEE, "25.00").build();
    assertThat(dear.allowed(FeeOccasion.REMINDER_2, day(2025, 6, 20), first))
        .filteredOn(a -> a.type() == ChargeType.FIXED_COMPENSATION)
        .singleElement()
        .satisfies(a -> assertThat(a.max().toString()).isEqualTo("15.00"));
  }
}
