package org.fordra.breathingspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.audit.AuditEntry;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.CollectionsScenario;
import org.fordra.dunning.contact.ContactGate;
import org.fordra.fees.Payoffs;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.money.Money;
import org.fordra.notices.NoticeKind;
import org.fordra.notices.NoticeRepository;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A Breathing Space moratorium in the running process (SI 2020/1311): it falls on a reminder's
 * timer, no notice goes out and no call is offered while it runs, the case resumes where it
 * stopped on the first day after it, and the interest for its days is never charged.
 *
 * <p>The case: a consumer in London owes GBP 10,000.00, due Wednesday 13 May 2026, with 8 % a
 * year of contract interest from 14 May (the day after the due date). Default schedule: due notice
 * 13 May, reminder 1 on day 3 (Saturday 16 May, so Monday 18 May), call on day 7 (20 May).
 */
@FordraTest
class BreathingSpaceProcessTest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final LocalDate ISSUED = LocalDate.of(2026, 4, 13);
  static final LocalDate DUE = LocalDate.of(2026, 5, 13);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired CollectionsScenario scenario;
  @Autowired CustomerRepository customers;
  @Autowired InvoiceRepository invoices;
  @Autowired NoticeRepository notices;
  @Autowired MoratoriumRecords moratoria;
  @Autowired Payoffs payoffs;
  @Autowired AuditTrail audit;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void start() {
    scenario.today(ISSUED);
  }

  @Test
  void aStandardMoratoriumHoldsReminderAndCallUntilItEndsAndNoInterestRunsMeanwhile() {
    Customer consumer = londonConsumer();
    ProcessInstance invoice = register(consumer, "10000.00");
    scenario.runUntil(DUE.plusDays(1), invoice);
    assertThat(kindsSent(invoice)).contains(NoticeKind.DUE_NOTICE);

    // Friday 15 May: the Insolvency Service tells the creditor of a breathing space from today.
    // Reg. 26: 60 days, 15 May to 13 July included.
    Moratorium recorded =
        moratoria.start(consumer.getId(), MoratoriumKind.STANDARD, LocalDate.of(2026, 5, 15), "BS-1");
    assertThat(recorded.endsOn()).contains(LocalDate.of(2026, 7, 14));

    // Reminder 1's date (18 May) and the call's (20 May) pass: nothing goes out, no task.
    scenario.runUntil(LocalDate.of(2026, 7, 13), invoice);
    assertThat(invoice).isWaitingAt(ContactGate.WAIT);
    assertThat(kindsSent(invoice)).containsExactly(NoticeKind.PRE_DUE_REMINDER, NoticeKind.DUE_NOTICE);
    assertThat(tasks.createTaskQuery().processInstanceId(invoice.getId()).count()).isZero();
    Instant resumes = LocalDateTime.of(2026, 7, 14, 8, 0).atZone(LONDON).toInstant();
    assertThat(((Date) runtime.getVariable(invoice.getId(), ContactGate.VAR_CONTACT_AT)).toInstant())
        .isEqualTo(resumes);
    assertThat(audit.of(invoice.getBusinessKey()))
        .extracting(AuditEntry::getAction)
        .contains("MORATORIUM_RECORDED", "CONTACT_DEFERRED");

    // Tuesday 14 July: the case resumes where it stopped, with reminder 1.
    scenario.runUntil(LocalDate.of(2026, 7, 14), invoice);
    assertThat(kindsSent(invoice)).contains(NoticeKind.REMINDER_1);

    // Interest: 14 May to 14 July is 62 days, of which 60 (15 May to 13 July) are protected:
    // 10,000.00 x 8 % x 2 / 365 = 4.3835... = GBP 4.38 (without the moratorium: 135.89).
    assertThat(interestOn(invoice, LocalDate.of(2026, 7, 14))).isEqualTo("4.38");
    // 31 July: 79 days, 19 of them outside it: 10,000.00 x 8 % x 19 / 365 = 41.6438... = 41.64.
    assertThat(interestOn(invoice, LocalDate.of(2026, 7, 31))).isEqualTo("41.64");
  }

  @Test
  void aMentalHealthCrisisMoratoriumRunsUntilAPersonRecordsTheTreatmentsEndAnd30DaysMore() {
    Customer consumer = londonConsumer();
    ProcessInstance invoice = register(consumer, "10000.00");
    scenario.runUntil(DUE.plusDays(1), invoice);
    Moratorium open =
        moratoria.start(
            consumer.getId(), MoratoriumKind.MENTAL_HEALTH_CRISIS, LocalDate.of(2026, 5, 15), null);
    assertThat(open.endsOn()).isEmpty();

    scenario.runUntil(LocalDate.of(2026, 5, 18), invoice);
    assertThat(invoice).isWaitingAt(ContactGate.WAIT);
    // Open-ended: it cannot end before 30 days after a treatment still going on today.
    assertThat(((Date) runtime.getVariable(invoice.getId(), ContactGate.VAR_CONTACT_AT)).toInstant())
        .isEqualTo(LocalDateTime.of(2026, 6, 18, 8, 0).atZone(LONDON).toInstant());

    // 1 June: the crisis treatment ended; protected until 1 July included.
    scenario.today(LocalDate.of(2026, 6, 2));
    Moratorium ended = moratoria.end(consumer.getId(), open.getId(), LocalDate.of(2026, 6, 1), null);
    assertThat(ended.endsOn()).contains(LocalDate.of(2026, 7, 2));

    scenario.runUntil(LocalDate.of(2026, 7, 1), invoice);
    assertThat(kindsSent(invoice)).doesNotContain(NoticeKind.REMINDER_1);
    assertThat(((Date) runtime.getVariable(invoice.getId(), ContactGate.VAR_CONTACT_AT)).toInstant())
        .isEqualTo(LocalDateTime.of(2026, 7, 2, 8, 0).atZone(LONDON).toInstant());
    scenario.runUntil(LocalDate.of(2026, 7, 2), invoice);
    assertThat(kindsSent(invoice)).contains(NoticeKind.REMINDER_1);

    // 14 May to 2 July is 50 days, 15 May to 1 July (48) protected: 10,000.00 x 8 % x 2 / 365.
    assertThat(interestOn(invoice, LocalDate.of(2026, 7, 2))).isEqualTo("4.38");
  }

  @Test
  void aCallTaskOpenWhenTheMoratoriumBeginsIsMarkedAndLeavesTheDaysCalls() {
    Customer consumer = londonConsumer();
    ProcessInstance invoice = register(consumer, "10000.00");
    // Wednesday 20 May, day 7: the call task is created.
    scenario.runUntil(LocalDate.of(2026, 5, 20), invoice);
    assertThat(invoice).isWaitingAt(CollectionsProcess.TASK_CALL_CUSTOMER);

    moratoria.start(consumer.getId(), MoratoriumKind.STANDARD, LocalDate.of(2026, 5, 20), "BS-2");

    // 60 days from 20 May: no call before Sunday 19 July.
    org.camunda.bpm.engine.task.Task call =
        tasks.createTaskQuery().processInstanceId(invoice.getId()).singleResult();
    assertThat(call.getDescription()).startsWith("Breathing Space moratorium: do not call before 2026-07-19");
    assertThat(call.getDueDate().toInstant())
        .isEqualTo(LocalDate.of(2026, 7, 19).atStartOfDay(LONDON).toInstant());
    assertThat(audit.of(invoice.getBusinessKey()))
        .extracting(AuditEntry::getAction)
        .contains("CALL_HELD");
  }

  Customer londonConsumer() {
    return transaction.execute(
        status -> {
          Customer customer =
              new Customer(
                  "Alex Example", CustomerType.CONSUMER, "GB", "en", "alex@example.org",
                  "+44 20 7946 0000", LONDON, scenario.now());
          customer.agreeToTerms(false, null, new BigDecimal("8"));
          return customers.save(customer);
        });
  }

  ProcessInstance register(Customer customer, String amount) {
    String number = "BS-" + UUID.randomUUID().toString().substring(0, 8);
    return transaction.execute(
        status -> {
          invoices.save(
              new Invoice(
                  number, customer, ISSUED, DUE,
                  Money.exact(new BigDecimal(amount), Currency.getInstance("GBP")),
                  scenario.now()));
          return runtime
              .createProcessInstanceByKey(CollectionsProcess.PROCESS_KEY)
              .businessKey(number)
              .setVariable(CollectionsProcess.VAR_INVOICE_NUMBER, number)
              .setVariable(CollectionsProcess.VAR_CUSTOMER_TYPE, customer.getType().name())
              .execute();
        });
  }

  java.util.List<NoticeKind> kindsSent(ProcessInstance instance) {
    return transaction.execute(
        status ->
            notices.findByInvoiceIdOrderByIdAsc(scenario.invoice(instance).getId()).stream()
                .map(n -> n.getKind())
                .toList());
  }

  String interestOn(ProcessInstance instance, LocalDate day) {
    return transaction.execute(
        status -> payoffs.asOf(scenario.invoice(instance), day).interest().toString());
  }
}
