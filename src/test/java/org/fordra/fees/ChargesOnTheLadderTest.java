package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.fees.WorkedExamples.day;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.audit.AuditEntry;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.EarlyPaymentDiscount;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Charges arise where the ladder reaches them, with the real engine and the default policy table.
 * The ladder invoices are issued Friday 2 January 2026 and due Monday 2 February 2026, so every
 * step falls on a working day without holidays in DE, NL and NO: reminder 1 on Thursday
 * 5 February, the call on 9 February, reminder 2 on 16 February, the final notice on 2 March
 * (deadline 16 March), the managers decide on 17 March.
 */
@FordraTest
class ChargesOnTheLadderTest {

  static final LocalDate ISSUED = day(2026, 3, 2);
  static final LocalDate DUE = day(2026, 4, 1);
  static final LocalDate LADDER_ISSUED = day(2026, 1, 2);
  static final LocalDate LADDER_DUE = day(2026, 2, 2);

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired FeesScenario scenario;
  @Autowired AuditTrail audit;

  @BeforeEach
  void init() {
    scenario.today(ISSUED);
  }

  @Test
  void germanBusinessOwesTheVerzugspauschaleWithReminder1AndInterestInThePayoff() {
    scenario.today(LADDER_ISSUED);
    // The due date was agreed: in default from the day after it (§ 286(2) Nr. 1 BGB).
    ProcessInstance invoice =
        scenario.register("DE", CustomerType.BUSINESS, "EUR", "1000.00", LADDER_ISSUED, LADDER_DUE,
            i -> i.recordDueDateAgreed(true));
    scenario.runUntil(day(2026, 2, 4), invoice);
    assertThat(scenario.charges(invoice)).isEmpty();
    scenario.runUntil(day(2026, 2, 5), invoice);
    assertThat(scenario.charges(invoice)).containsExactly("FIXED_COMPENSATION 40.00 2026-02-05");
    scenario.runUntil(day(2026, 2, 16), invoice);
    assertThat(scenario.charges(invoice)).hasSize(1); // once per invoice
    assertThat(audit.of(invoice.getBusinessKey()))
        .filteredOn(e -> e.getAction().equals("CHARGE_BOOKED"))
        .singleElement()
        .extracting(AuditEntry::getDetail)
        .satisfies(d -> assertThat(d).contains("EUR 40.00").contains("§ 288 (5) BGB"));
    // Interest 3 .. 28 February: 26 days at 1.27 + 9 = 10.27 %: 1000 x 10.27 x 26 / 36500 = 7.32
    Payoff payoff = scenario.payoff(invoice, day(2026, 2, 28));
    assertThat(payoff.interest().toString()).isEqualTo("7.32");
    assertThat(payoff.total().toString()).isEqualTo("1047.32");
    assertThat(scenario.balance(invoice)).isEqualTo("1040.00");

  }

  @Test
  void payingTheBookedBalanceLeavesTheInterestReminder2StatedOpenAsACharge() {
    ProcessInstance invoice = scenario.germanBusinessLadderUntil(day(2026, 2, 27));
    // Reminder 2 of 16 February stated the interest of 3 .. 16 February: 14 days at
    // 1.27 + 9 = 10.27 % (§ 288(2) BGB): 1000 x 10.27 x 14 / 36500 = 3.939 = 3.94.
    scenario.pay(invoice, "1040.00", day(2026, 2, 27));
    scenario.runDueJobs(invoice);

    // The case does not close PAID: the 3.94 the letter demanded is booked and dunned on.
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(scenario.charges(invoice))
        .containsExactly("FIXED_COMPENSATION 40.00 2026-02-05", "LATE_INTEREST 3.94 2026-02-27");
    assertThat(scenario.balance(invoice)).isEqualTo("3.94");
    // Interest to the day before the payment, 3 .. 26 February: 24 days,
    // 1000 x 10.27 x 24 / 36500 = 6.753 = 6.75 (§ 367 BGB: costs, then interest, then principal);
    // 6.75 - 3.94 = 2.81 accrued after reminder 2 and stated in no letter is not claimed.
    assertThat(audit.of(invoice.getBusinessKey()))
        .filteredOn(e -> e.getAction().equals("CHARGE_BOOKED"))
        .last()
        .extracting(AuditEntry::getDetail)
        .satisfies(d -> assertThat(d)
            .startsWith("LATE_INTEREST EUR 3.94")
            .contains("REMINDER_2 of 2026-02-16")
            .contains("EUR 2.81 accrued since that notice is not claimed"));
    BpmnAwareTests.assertThat(invoice).isActive();
  }

  @Test
  void payingWhatReminder2AskedForClosesTheCaseWithNothingOnAccount() {
    ProcessInstance invoice = scenario.germanBusinessLadderUntil(day(2026, 2, 27));
    // 1040.00 booked plus the 3.94 of interest reminder 2 stated: the interest is booked first,
    // so the payment clears the claim and no cent becomes credit on account.
    var booking = scenario.payThroughTheBooks(invoice, "1043.94", day(2026, 2, 27));
    scenario.runDueJobs(invoice);

    assertThat(booking.onAccount().toString()).isEqualTo("0.00");
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(scenario.charges(invoice)).contains("LATE_INTEREST 3.94 2026-02-27");
    assertThat(scenario.balance(invoice)).isEqualTo("0.00");
  }


  @Test
  void germanBusinessWithoutAnAgreedDateOwesThePauschaleOnlyOnceReminder1Arrived() {
    scenario.today(LADDER_ISSUED);
    ProcessInstance invoice =
        scenario.register("DE", CustomerType.BUSINESS, "EUR", "1000.00", LADDER_ISSUED, LADDER_DUE, i -> {});
    // Reminder 1 goes out Thursday 5 February: not yet in default (§ 286(2) Nr. 1 needs an agreed
    // date), so no Pauschale with it. Received 7 February: default (§ 286(1)). Reminder 2 on
    // 16 February carries the Pauschale.
    scenario.runUntil(day(2026, 2, 9), invoice);
    scenario.decide(invoice, Map.of("callOutcome", "NO_CONTACT"));
    scenario.runUntil(day(2026, 2, 15), invoice);
    assertThat(scenario.charges(invoice)).isEmpty();
    scenario.runUntil(day(2026, 2, 16), invoice);
    assertThat(scenario.charges(invoice)).containsExactly("FIXED_COMPENSATION 40.00 2026-02-16");
    // Interest from 8 February, 21 days to 28 February at 1.27 + 9 = 10.27 %:
    // 1000 x 10.27 x 21 / 36500 = 5.91
    assertThat(scenario.payoff(invoice, day(2026, 2, 28)).interest().toString()).isEqualTo("5.91");
  }

  @Test
  void germanConsumerWithoutTheNoticeIsChargedNothingAndOwesInterestOnlyAfterReminder1() {
    scenario.today(LADDER_ISSUED);
    ProcessInstance invoice =
        scenario.register("DE", CustomerType.CONSUMER, "EUR", "1000.00", LADDER_ISSUED, LADDER_DUE, i -> {});
    scenario.runUntil(day(2026, 2, 27), invoice);
    assertThat(scenario.charges(invoice)).isEmpty();
    // Reminder 1 sent 5 February, received 7 February: interest from 8 February, 21 days to
    // 28 February at 1.27 + 5 = 6.27 %: 1000 x 6.27 x 21 / 36500 = 3.6074 = 3.61
    assertThat(scenario.payoff(invoice, day(2026, 2, 28)).interest().toString()).isEqualTo("3.61");
    assertThat(scenario.payoff(invoice, day(2026, 2, 7)).interest().toString()).isEqualTo("0.00");
  }

  @Test
  void dutchCollectionCostsAtHandoverFromABusinessButNotBeforeAConsumersLetterExpired() {
    scenario.today(LADDER_ISSUED);
    ProcessInstance business =
        scenario.register("NL", CustomerType.BUSINESS, "EUR", "1000.00", LADDER_ISSUED, LADDER_DUE, i -> {});
    ProcessInstance consumer =
        scenario.register("NL", CustomerType.CONSUMER, "EUR", "1000.00", LADDER_ISSUED, LADDER_DUE, i -> {});
    scenario.runUntil(day(2026, 2, 9), business, consumer);
    scenario.decide(business, Map.of("callOutcome", "NO_CONTACT"));
    scenario.decide(consumer, Map.of("callOutcome", "NO_CONTACT"));
    scenario.runUntil(day(2026, 3, 17), business, consumer);
    scenario.decide(business, Map.of("decision", "AGENCY"));
    scenario.decide(consumer, Map.of("decision", "AGENCY"));
    scenario.runDueJobs(business);
    scenario.runDueJobs(consumer);
    // WIK: 15 % of EUR 1,000 = 150.00. The consumer's 14-day letter (the final notice e-mailed on
    // Monday 2 March, received that day) gave until 16 March: on 17 March the costs are owed.
    assertThat(scenario.charges(business)).containsExactly("COLLECTION_COSTS 150.00 2026-03-17");
    assertThat(scenario.charges(consumer)).containsExactly("COLLECTION_COSTS 150.00 2026-03-17");
  }

  @Test
  void aDutchConsumersLetterByPostGivesLongerAndNoCostsOrEscalationBeforeItsPrintedDayPassed() {
    scenario.today(LADDER_ISSUED);
    ProcessInstance consumer =
        scenario.register("NL", CustomerType.CONSUMER, "EUR", "1000.00", LADDER_ISSUED, LADDER_DUE,
            i -> {},
            c -> {
              c.setDelivery(org.fordra.customer.Delivery.EMAIL_AND_LETTER);
              c.setPostalAddress("Keizersgracht 1\n1015 CJ Amsterdam");
            });
    scenario.runUntil(day(2026, 2, 9), consumer);
    scenario.decide(consumer, Map.of("callOutcome", "NO_CONTACT"));
    scenario.runUntil(day(2026, 3, 2), consumer);
    // The final notice goes out on Monday 2 March by e-mail and by post. The letter arrives on the
    // third delivery day, Thursday 5 March; 14 days from the day after: the last day is 19 March,
    // three days later than the schedule's 14 days from sending (16 March).
    assertThat(scenario.emailsSent(consumer, org.fordra.notices.NoticeKind.FINAL_NOTICE))
        .singleElement()
        .asString().contains("19 March 2026").doesNotContain("16 March 2026");

    // Up to and on the printed day: no decision task, no costs.
    scenario.runUntil(day(2026, 3, 19), consumer);
    assertThat(engine.getTaskService().createTaskQuery()
        .processInstanceId(consumer.getId()).count()).isZero();
    assertThat(scenario.charges(consumer)).isEmpty();

    // The day after it the managers decide; handed over that day, the WIK costs are owed.
    scenario.runUntil(day(2026, 3, 20), consumer);
    scenario.decide(consumer, Map.of("decision", "AGENCY"));
    scenario.runDueJobs(consumer);
    assertThat(scenario.charges(consumer)).containsExactly("COLLECTION_COSTS 150.00 2026-03-20");
  }

  @Test
  void norwegianConsumerPaysTwoPurregebyrEachForAReminderGivingFourteenDaysAfterTheLastRanOut() {
    // Inkassoforskriften §§ 1-2, 1-3; the Norwegian rows of dunning-schedule.dmn. Due Monday
    // 2 February 2026. Reminder 1 on day 14, Monday 16 February, gives until 2 March (14 days):
    // 700 / 20 = NOK 35. Reminder 2 on day 29, Tuesday 3 March, after that deadline ran out,
    // gives until 17 March: the second NOK 35. The inkassovarsel on day 44, Wednesday 18 March,
    // gives 14 days (inkassoloven § 9) and carries no third fee.
    scenario.today(LADDER_ISSUED);
    ProcessInstance invoice =
        scenario.register("NO", CustomerType.CONSUMER, "NOK", "2000.00", LADDER_ISSUED, LADDER_DUE, i -> {});
    scenario.runUntil(day(2026, 2, 15), invoice);
    assertThat(scenario.charges(invoice)).isEmpty();
    scenario.runUntil(day(2026, 2, 16), invoice);
    assertThat(scenario.charges(invoice)).containsExactly("REMINDER_FEE 35.00 2026-02-16");
    assertThat(scenario.emailsSent(invoice, org.fordra.notices.NoticeKind.REMINDER_1))
        .singleElement().asString().contains("March 2, 2026");
    scenario.runUntil(day(2026, 2, 23), invoice);
    scenario.decide(invoice, Map.of("callOutcome", "NO_CONTACT"));
    scenario.runUntil(day(2026, 3, 2), invoice);
    assertThat(scenario.charges(invoice)).hasSize(1);
    scenario.runUntil(day(2026, 3, 18), invoice);
    assertThat(scenario.charges(invoice))
        .containsExactly("REMINDER_FEE 35.00 2026-02-16", "REMINDER_FEE 35.00 2026-03-03");
    assertThat(scenario.emailsSent(invoice, org.fordra.notices.NoticeKind.REMINDER_2))
        .singleElement().asString().contains("March 17, 2026");
    assertThat(scenario.emailsSent(invoice, org.fordra.notices.NoticeKind.FINAL_NOTICE))
        .singleElement().asString().contains("April 1, 2026");
  }

  @Test
  void aMissingRateStopsTheStepAsAnIncidentInsteadOfChargingZero() {
    scenario.today(LADDER_ISSUED);
    // Norway's standardkompensasjon for 2026 is not in the rates file.
    ProcessInstance invoice =
        scenario.register("NO", CustomerType.BUSINESS, "NOK", "10000.00", LADDER_ISSUED, LADDER_DUE, i -> {});
    // The Norwegian schedule sends reminder 1 on day 14 after the due date, Monday 16 February.
    scenario.runUntil(day(2026, 2, 15), invoice);
    ClockUtil.setCurrentTime(java.util.Date.from(
        day(2026, 2, 16).atTime(10, 0).atZone(FeesScenario.BERLIN).toInstant()));
    RuntimeException failure = null;
    for (int round = 0; round < 5 && failure == null; round++) {
      var job =
          management.createJobQuery().processInstanceId(invoice.getId()).executable()
              .orderByJobDuedate().asc().list().get(0);
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    assertThat(failure).hasStackTraceContaining("NO_STANDARDKOMPENSASJON");
    var failed =
        management.createJobQuery().processInstanceId(invoice.getId()).withException()
            .singleResult();
    assertThat(failed.getExceptionMessage()).contains("NO_STANDARDKOMPENSASJON");
    assertThat(failed.getRetries()).isLessThan(5);
    assertThat(scenario.charges(invoice)).isEmpty();
  }

  @Test
  void theDiscountedAmountPaidWithinTheWindowSettlesInFull() {
    ProcessInstance invoice =
        scenario.register("DE", CustomerType.BUSINESS, "EUR", "1000.00", ISSUED, DUE,
            i -> i.offerEarlyPaymentDiscount(new EarlyPaymentDiscount(new BigDecimal("2"), 10)));
    scenario.runUntil(day(2026, 3, 12), invoice);
    scenario.pay(invoice, "980.00", day(2026, 3, 12));
    scenario.runDueJobs(invoice);
    BpmnAwareTests.assertThat(invoice).isEnded();
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(scenario.balance(invoice)).isEqualTo("0.00");
  }

  @Test
  void theDiscountedAmountPaidAfterTheWindowLeavesTheRestOpen() {
    ProcessInstance invoice =
        scenario.register("DE", CustomerType.BUSINESS, "EUR", "1000.00", ISSUED, DUE,
            i -> i.offerEarlyPaymentDiscount(new EarlyPaymentDiscount(new BigDecimal("2"), 10)));
    scenario.runUntil(day(2026, 3, 13), invoice);
    scenario.pay(invoice, "980.00", day(2026, 3, 13));
    scenario.runDueJobs(invoice);
    BpmnAwareTests.assertThat(invoice).isNotEnded();
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(scenario.balance(invoice)).isEqualTo("20.00");
  }
}
