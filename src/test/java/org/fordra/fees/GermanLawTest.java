package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.fees.WorkedExamples.day;
import static org.fordra.fees.WorkedExamples.interest;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GermanLawTest {

  private final FeeSettings settings =
      new FeeSettings(2, new BigDecimal("1.50"), false, new BigDecimal("21"),
          new BigDecimal("760"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN,
          new BigDecimal("25"));
  private final GermanLaw law = new GermanLaw(settings);

  @Test
  void businessPaysBasiszinsPlusNineAcrossTheJulyRateChange() {
    // EUR 1,000 due 31 May 2025, interest from 1 June: 30 days at 2.27 + 9 = 11.27 %,
    // then 15 days at 1.27 + 9 = 10.27 %: 1000 x (11.27 x 30 + 10.27 x 15) / 36500 = 13.48
    var claim = AClaim.business("DE").due(day(2025, 5, 31)).build();
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
    var business = AClaim.business("DE").due(day(2025, 5, 31)).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 6, 10), business))
        .anySatisfy(a -> {
          assertThat(a.type()).isEqualTo(ChargeType.FIXED_COMPENSATION);
          assertThat(a.max().toString()).isEqualTo("40.00");
          assertThat(a.basis()).contains("§ 288 (5) BGB");
        });
    var charged =
        AClaim.business("DE").due(day(2025, 5, 31))
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
}
