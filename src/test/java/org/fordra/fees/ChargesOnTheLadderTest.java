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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Charges arise where the ladder reaches them, with the real engine and the default policy table.
 * Invoices issued Monday 2 March 2026, due Wednesday 1 April 2026: reminder 1 on 4 April,
 * reminder 2 on 15 April, the final notice on 29 April, the managers decide on 14 May.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(FeesScenario.class)
class ChargesOnTheLadderTest {

  static final LocalDate ISSUED = day(2026, 3, 2);
  static final LocalDate DUE = day(2026, 4, 1);

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired FeesScenario scenario;
  @Autowired AuditTrail audit;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    scenario.today(ISSUED);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void germanBusinessOwesTheVerzugspauschaleWithReminder1AndInterestInThePayoff() {
    ProcessInstance invoice =
        scenario.register("DE", CustomerType.BUSINESS, "EUR", "1000.00", ISSUED, DUE, i -> {});
    scenario.runUntil(day(2026, 4, 3), invoice);
    assertThat(scenario.charges(invoice)).isEmpty();
    scenario.runUntil(day(2026, 4, 4), invoice);
    assertThat(scenario.charges(invoice)).containsExactly("FIXED_COMPENSATION 40.00 2026-04-04");
    scenario.runUntil(day(2026, 4, 15), invoice);
    assertThat(scenario.charges(invoice)).hasSize(1); // once per invoice
    assertThat(audit.of(invoice.getBusinessKey()))
        .filteredOn(e -> e.getAction().equals("CHARGE_BOOKED"))
        .singleElement()
        .extracting(AuditEntry::getDetail)
        .satisfies(d -> assertThat(d).contains("EUR 40.00").contains("§ 288 (5) BGB"));
    // Interest 2 .. 30 April: 29 days at 1.27 + 9 = 10.27 %: 1000 x 10.27 x 29 / 36500 = 8.16
    Payoff payoff = scenario.payoff(invoice, day(2026, 4, 30));
    assertThat(payoff.interest().toString()).isEqualTo("8.16");
    assertThat(payoff.total().toString()).isEqualTo("1048.16");
    assertThat(scenario.balance(invoice)).isEqualTo("1040.00");

    // Paying the booked balance closes the case; the unpaid interest is then waived.
    scenario.runUntil(day(2026, 4, 30), invoice);
    scenario.pay(invoice, "1040.00", day(2026, 4, 30));
    scenario.runDueJobs(invoice);
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
    Payoff closed = scenario.payoff(invoice, day(2026, 5, 10));
    assertThat(closed.interest().toString()).isEqualTo("0.00");
    assertThat(closed.total().toString()).isEqualTo("0.00");
  }

  @Test
  void germanConsumerWithoutTheNoticeIsChargedNothingAndOwesInterestOnlyAfterReminder1() {
    ProcessInstance invoice =
        scenario.register("DE", CustomerType.CONSUMER, "EUR", "1000.00", ISSUED, DUE, i -> {});
    scenario.runUntil(day(2026, 4, 4), invoice);
    scenario.runUntil(day(2026, 4, 29), invoice);
    assertThat(scenario.charges(invoice)).isEmpty();
    // Reminder 1 sent 4 April, received 6 April: interest from 7 April, 24 days to 30 April at
    // 1.27 + 5 = 6.27 %: 1000 x 6.27 x 24 / 36500 = 4.12
    assertThat(scenario.payoff(invoice, day(2026, 4, 30)).interest().toString()).isEqualTo("4.12");
    assertThat(scenario.payoff(invoice, day(2026, 4, 6)).interest().toString()).isEqualTo("0.00");
  }

  @Test
  void dutchCollectionCostsAtHandoverFromABusinessButNotBeforeAConsumersLetterExpired() {
    ProcessInstance business =
        scenario.register("NL", CustomerType.BUSINESS, "EUR", "1000.00", ISSUED, DUE, i -> {});
    ProcessInstance consumer =
        scenario.register("NL", CustomerType.CONSUMER, "EUR", "1000.00", ISSUED, DUE, i -> {});
    for (ProcessInstance invoice : new ProcessInstance[] {business, consumer}) {
      scenario.runUntil(day(2026, 4, 8), invoice);
      scenario.decide(invoice, Map.of("callOutcome", "NO_CONTACT"));
      scenario.runUntil(day(2026, 4, 29), invoice);
      scenario.runUntil(day(2026, 5, 14), invoice);
      scenario.decide(invoice, Map.of("decision", "AGENCY"));
      scenario.runDueJobs(invoice);
    }
    // WIK: 15 % of EUR 1,000 = 150.00. The consumer's 14-day letter (the final notice of 29 April,
    // received 1 May) runs to 15 May: on 14 May no costs may be charged yet.
    assertThat(scenario.charges(business)).containsExactly("COLLECTION_COSTS 150.00 2026-05-14");
    assertThat(scenario.charges(consumer)).isEmpty();
  }

  @Test
  void aMissingRateStopsTheStepAsAnIncidentInsteadOfChargingZero() {
    // Norway's standardkompensasjon for 2026 is not in the rates file.
    ProcessInstance invoice =
        scenario.register("NO", CustomerType.BUSINESS, "NOK", "10000.00", ISSUED, DUE, i -> {});
    scenario.runUntil(day(2026, 4, 3), invoice);
    ClockUtil.setCurrentTime(java.util.Date.from(
        day(2026, 4, 4).atTime(10, 0).atZone(FeesScenario.BERLIN).toInstant()));
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
