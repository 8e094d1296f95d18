package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.dunning.DunningStep.CALL;
import static org.fordra.dunning.DunningStep.DECISION;
import static org.fordra.dunning.DunningStep.DUE_NOTICE;
import static org.fordra.dunning.DunningStep.FINAL_NOTICE;
import static org.fordra.dunning.DunningStep.PRE_DUE_REMINDER;
import static org.fordra.dunning.DunningStep.REMINDER_1;
import static org.fordra.dunning.DunningStep.REMINDER_2;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan the shipped dunning-schedule.dmn gives, for the segments it distinguishes. */
@FordraTest
class DunningScheduleTest {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  static final LocalDate DUE = LocalDate.of(2026, 6, 30);

  @Autowired DunningSchedule schedule;

  static void today(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(7, 0).atZone(OSLO).toInstant()));
  }

  /** A Danish customer: the default rows (Norway has rows of its own, below). */
  static Invoice invoice(CustomerType type, String currency, String amount, LocalDate issued) {
    return invoice("DK", type, currency, amount, issued);
  }

  static Invoice invoice(
      String country, CustomerType type, String currency, String amount, LocalDate issued) {
    Customer customer =
        new Customer("Nordlys AS", type, country, "nb", "post@nordlys.example", null, OSLO, Instant.now());
    return new Invoice(
        "S-1", customer, issued, DUE,
        Money.exact(new BigDecimal(amount), Currency.getInstance(currency)), Instant.now());
  }

  static ZonedDateTime at(LocalDate day) {
    return day.atTime(9, 0).atZone(OSLO);
  }

  @Test
  void consumerGetsTheDefaultLadderAtNineInTheMorningTheirTime() {
    today(LocalDate.of(2026, 6, 1));
    var plan = schedule.plan(invoice(CustomerType.CONSUMER, "NOK", "4500.00", LocalDate.of(2026, 6, 1)));

    assertThat(plan.order())
        .containsExactly(PRE_DUE_REMINDER, DUE_NOTICE, REMINDER_1, CALL, REMINDER_2, FINAL_NOTICE, DECISION);
    assertThat(plan.dates().get(PRE_DUE_REMINDER).toInstant()).isEqualTo(at(DUE.minusDays(7)).toInstant());
    assertThat(plan.dates().get(DUE_NOTICE).toInstant()).isEqualTo(at(DUE).toInstant());
    assertThat(plan.dates().get(REMINDER_1).toInstant()).isEqualTo(at(DUE.plusDays(3)).toInstant());
    assertThat(plan.dates().get(CALL).toInstant()).isEqualTo(at(DUE.plusDays(7)).toInstant());
    assertThat(plan.dates().get(REMINDER_2).toInstant()).isEqualTo(at(DUE.plusDays(14)).toInstant());
    assertThat(plan.dates().get(FINAL_NOTICE).toInstant()).isEqualTo(at(DUE.plusDays(28)).toInstant());
    assertThat(plan.settings().finalNoticeDeadlineDays()).isEqualTo(14);
    assertThat(plan.settings().promiseGraceDays()).isEqualTo(3);
  }

  @Test
  void largerBusinessClaimGetsACallOnTheDueDate() {
    today(LocalDate.of(2026, 6, 1));
    var plan = schedule.plan(invoice(CustomerType.BUSINESS, "NOK", "250000.00", LocalDate.of(2026, 6, 1)));

    assertThat(plan.order())
        .containsExactly(PRE_DUE_REMINDER, DUE_NOTICE, CALL, REMINDER_1, REMINDER_2, FINAL_NOTICE, DECISION);
    assertThat(plan.dates().get(CALL).toInstant()).isEqualTo(at(DUE).toInstant());
  }

  @Test
  void smallBusinessClaimKeepsTheCallOnDaySeven() {
    today(LocalDate.of(2026, 6, 1));
    var plan = schedule.plan(invoice(CustomerType.BUSINESS, "EUR", "9999.99", LocalDate.of(2026, 6, 1)));
    assertThat(plan.dates().get(CALL).toInstant()).isEqualTo(at(DUE.plusDays(7)).toInstant());
  }

  @Test
  void noPreDueReminderWhenTheCustomerHadAWeekOrLessToPay() {
    today(LocalDate.of(2026, 6, 23));
    var plan = schedule.plan(invoice(CustomerType.CONSUMER, "NOK", "100.00", LocalDate.of(2026, 6, 23)));
    assertThat(plan.order()).startsWith(DUE_NOTICE);
  }

  @Test
  void invoiceRegisteredLateStartsAtTheLatestStepAlreadyDue() {
    today(DUE.plusDays(10));
    var plan = schedule.plan(invoice(CustomerType.CONSUMER, "NOK", "100.00", LocalDate.of(2026, 5, 1)));
    assertThat(plan.order()).containsExactly(CALL, REMINDER_2, FINAL_NOTICE, DECISION);
  }

  @Test
  void aStepDueTodayRunsTodayAndEarlierOnesAreSkipped() {
    today(DUE);
    var plan = schedule.plan(invoice(CustomerType.CONSUMER, "NOK", "100.00", LocalDate.of(2026, 5, 1)));
    assertThat(plan.order()).startsWith(DUE_NOTICE, REMINDER_1);
  }

  @Test
  void nobodyIsEscalatedWithoutAFinalNotice() {
    today(DUE.plusDays(90));
    var plan = schedule.plan(invoice(CustomerType.CONSUMER, "NOK", "100.00", LocalDate.of(2026, 5, 1)));
    assertThat(plan.order()).containsExactly(CALL, FINAL_NOTICE, DECISION);
  }

  @Test
  void anInvoiceRegisteredAfterItsCallDateStillGetsTheCallBeforeTheLatestLetter() {
    // Reminder 2 (day 14) is past, the final notice (day 28) to come: the call (day 7) is not
    // skipped with reminder 1, it comes first.
    today(DUE.plusDays(20));
    var plan = schedule.plan(invoice(CustomerType.CONSUMER, "NOK", "100.00", LocalDate.of(2026, 5, 1)));
    assertThat(plan.order()).containsExactly(CALL, REMINDER_2, FINAL_NOTICE, DECISION);
  }

  @Test
  void norwegianRemindersComeFourteenDaysAfterDueAndEachAfterTheLastOnesFourteenDays() {
    // Inkassoforskriften §§ 1-2, 1-3: reminder 1 on day 14 gives to day 28, reminder 2 on day 29
    // gives to day 43, the inkassovarsel on day 44 gives 14 days (inkassoloven § 9).
    today(LocalDate.of(2026, 6, 1));
    var plan =
        schedule.plan(invoice("NO", CustomerType.CONSUMER, "NOK", "4500.00", LocalDate.of(2026, 6, 1)));
    assertThat(plan.order())
        .containsExactly(PRE_DUE_REMINDER, DUE_NOTICE, REMINDER_1, CALL, REMINDER_2, FINAL_NOTICE, DECISION);
    assertThat(plan.dates().get(REMINDER_1).toInstant()).isEqualTo(at(DUE.plusDays(14)).toInstant());
    assertThat(plan.dates().get(CALL).toInstant()).isEqualTo(at(DUE.plusDays(21)).toInstant());
    assertThat(plan.dates().get(REMINDER_2).toInstant()).isEqualTo(at(DUE.plusDays(29)).toInstant());
    assertThat(plan.dates().get(FINAL_NOTICE).toInstant()).isEqualTo(at(DUE.plusDays(44)).toInstant());
    assertThat(plan.settings().finalNoticeDeadlineDays()).isEqualTo(14);
  }

  @Test
  void aLargerNorwegianBusinessClaimGetsTheCallOnTheDueDate() {
    today(LocalDate.of(2026, 6, 1));
    var plan =
        schedule.plan(invoice("NO", CustomerType.BUSINESS, "NOK", "250000.00", LocalDate.of(2026, 6, 1)));
    assertThat(plan.dates().get(CALL).toInstant()).isEqualTo(at(DUE).toInstant());
    assertThat(plan.dates().get(REMINDER_1).toInstant()).isEqualTo(at(DUE.plusDays(14)).toInstant());
  }
}
