package org.fordra.dunning.preaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.breathingspace.MoratoriumKind;
import org.fordra.breathingspace.MoratoriumRecords;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.customer.Delivery;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.CollectionsScenario;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.money.Money;
import org.fordra.notices.Notice;
import org.fordra.notices.NoticeChannel;
import org.fordra.notices.NoticeKind;
import org.fordra.notices.NoticeRepository;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Pre-Action Protocol for Debt Claims in the running process, for a consumer in London who
 * owes GBP 500.00 due 1 April 2026: the managers decide on 14 May to hand the claim to the agency;
 * a Letter of Claim goes out that day and the agency gets the claim only after the 30 days it gives
 * (para 4.1), later still where a Reply Form asks for time to get debt advice (para 7.2); a
 * returned Reply Form stops the case for a person.
 */
@FordraTest
class PreActionProtocolProcessTest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final LocalDate DUE = LocalDate.of(2026, 4, 1);
  static final LocalDate DECIDED = LocalDate.of(2026, 5, 14);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired CollectionsScenario scenario;
  @Autowired CustomerRepository customers;
  @Autowired InvoiceRepository invoices;
  @Autowired NoticeRepository notices;
  @Autowired PreActionReplies replies;
  @Autowired MoratoriumRecords moratoria;
  @Autowired TransactionTemplate transaction;

  ProcessInstance invoice;

  @BeforeEach
  void start() {
    scenario.today(ISSUED);
  }

  @Test
  void theAgencyGetsTheClaimOnlyThirtyDaysAfterTheLetterOfClaim() {
    invoice = register(consumerInLondon());
    decideAgency();

    BpmnAwareTests.assertThat(invoice).hasPassed(PreActionProtocol.SEND_LETTER);
    BpmnAwareTests.assertThat(invoice).isWaitingAt(PreActionProtocol.AWAIT_REPLY);
    assertThat(scenario.invoice(invoice).getStatus()).isNotEqualTo(InvoiceStatus.WITH_AGENCY);
    // Dated 14 May: the reply is due by 13 June, the claim may go on from 14 June.
    assertThat(handOverFrom()).isEqualTo(LocalDate.of(2026, 6, 14));

    // The letter carries the protocol's content and, in the PDF, its annexes.
    Notice email = letterOfClaim(NoticeChannel.EMAIL);
    String html = new String(email.content(), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("Letter of Claim")
        .contains("13 June 2026")
        .contains("Information Sheet")
        .contains("Reply Form")
        .contains("Financial Statement")
        .contains("500.00");
    Notice letter = letterOfClaim(NoticeChannel.LETTER);
    assertThat(letter.getContentType()).isEqualTo("application/pdf");
    assertThat(new String(letter.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    scenario.runUntil(LocalDate.of(2026, 6, 13), invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt(PreActionProtocol.AWAIT_REPLY);
    assertThat(scenario.invoice(invoice).getStatus()).isNotEqualTo(InvoiceStatus.WITH_AGENCY);

    scenario.runUntil(LocalDate.of(2026, 6, 14), invoice);
    BpmnAwareTests.assertThat(invoice).hasPassed("PreActionPeriodsOver", "HandOverToAgency");
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.WITH_AGENCY);
  }

  @Test
  void aReplySeekingAdviceStopsTheCaseForAPersonAndGivesThirtyDaysFromTheReply() {
    invoice = register(consumerInLondon());
    decideAgency();

    scenario.runUntil(LocalDate.of(2026, 6, 1), invoice);
    PreActionReplies.Recorded recorded =
        replies.record(
            invoice.getBusinessKey(), LocalDate.of(2026, 6, 1), false, true, true, "StepChange");
    assertThat(recorded.heldForReview()).isTrue();
    BpmnAwareTests.assertThat(invoice).isWaitingAt(PreActionProtocol.TASK_REVIEW_REPLY);
    Task review = task();
    assertThat(tasks.getIdentityLinksForTask(review.getId()))
        .extracting(IdentityLink::getGroupId)
        .contains("managers", "collectors");
    assertThat(runtime.getVariable(invoice.getId(), PreActionProtocol.VAR_REPLY_SUMMARY))
        .asString()
        .contains("is seeking debt advice");

    // While the task is open nothing is handed over, even after the letter's 30 days.
    scenario.runUntil(LocalDate.of(2026, 6, 20), invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt(PreActionProtocol.TASK_REVIEW_REPLY);
    assertThat(scenario.invoice(invoice).getStatus()).isNotEqualTo(InvoiceStatus.WITH_AGENCY);

    scenario.complete(
        review,
        withVariables(
            PreActionProtocol.VAR_REPLY_OUTCOME, "PROCEED",
            PreActionProtocol.VAR_REPLY_NOTES, "no offer yet"));
    // Para 7.2: 30 days from the reply of 1 June, so not before 2 July.
    BpmnAwareTests.assertThat(invoice).isWaitingAt(PreActionProtocol.AWAIT_REPLY);
    assertThat(handOverFrom()).isEqualTo(LocalDate.of(2026, 7, 2));
    scenario.runUntil(LocalDate.of(2026, 7, 1), invoice);
    assertThat(scenario.invoice(invoice).getStatus()).isNotEqualTo(InvoiceStatus.WITH_AGENCY);
    scenario.runUntil(LocalDate.of(2026, 7, 2), invoice);
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.WITH_AGENCY);
  }

  @Test
  void aReplyCanSendTheCaseBackToTheManagersAndNoSecondLetterGoesOut() {
    invoice = register(consumerInLondon());
    decideAgency();
    scenario.runUntil(LocalDate.of(2026, 5, 20), invoice);
    replies.record(invoice.getBusinessKey(), null, true, false, false, "says it was paid in cash");
    scenario.complete(
        task(),
        withVariables(
            PreActionProtocol.VAR_REPLY_OUTCOME, "DECIDE_AGAIN",
            PreActionProtocol.VAR_REPLY_NOTES, "check the cash book"));
    BpmnAwareTests.assertThat(invoice).isWaitingAt("DecideEscalation");

    scenario.complete(task(), withVariables("decision", "AGENCY", "decisionNotes", "not paid"));
    scenario.runDueJobs(invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt(PreActionProtocol.AWAIT_REPLY);
    // One Letter of Claim, stored twice: the e-mail and the posted PDF.
    assertThat(kindsSent()).filteredOn(k -> k == NoticeKind.LETTER_OF_CLAIM).hasSize(2);
    assertThat(handOverFrom()).isEqualTo(LocalDate.of(2026, 6, 14));
  }

  @Test
  void aBreathingSpaceThatBeginsDuringTheWaitHoldsTheHandOverUntilItEnds() {
    Customer consumer = consumerInLondon();
    invoice = register(consumer);
    decideAgency();
    // 1 June: a standard moratorium of 60 days, 1 June to 30 July included (SI 2020/1311 reg. 26).
    scenario.runUntil(LocalDate.of(2026, 6, 1), invoice);
    moratoria.start(consumer.getId(), MoratoriumKind.STANDARD, LocalDate.of(2026, 6, 1), "BS-9");

    scenario.runUntil(LocalDate.of(2026, 7, 30), invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt(PreActionProtocol.AWAIT_REPLY);
    assertThat(scenario.invoice(invoice).getStatus()).isNotEqualTo(InvoiceStatus.WITH_AGENCY);
    scenario.runUntil(LocalDate.of(2026, 7, 31), invoice);
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.WITH_AGENCY);
  }

  @Test
  void aCompanyIsHandedOverAtOnceButASoleTraderGetsTheLetter() {
    ProcessInstance company = register(inLondon(CustomerType.BUSINESS, false));
    ProcessInstance soleTrader = register(inLondon(CustomerType.BUSINESS, true));
    decideAgency(company, soleTrader);

    invoice = company;
    BpmnAwareTests.assertThat(company).hasNotPassed(PreActionProtocol.SEND_LETTER);
    assertThat(scenario.invoice(company).getStatus()).isEqualTo(InvoiceStatus.WITH_AGENCY);
    assertThat(kindsSent()).doesNotContain(NoticeKind.LETTER_OF_CLAIM);

    invoice = soleTrader;
    BpmnAwareTests.assertThat(soleTrader).isWaitingAt(PreActionProtocol.AWAIT_REPLY);
    assertThat(scenario.invoice(soleTrader).getStatus()).isNotEqualTo(InvoiceStatus.WITH_AGENCY);
    assertThat(kindsSent()).contains(NoticeKind.LETTER_OF_CLAIM);
  }

  /** Reminders, the call (not reached), the final notice: on 14 May the managers decide AGENCY. */
  void decideAgency() {
    decideAgency(invoice);
  }

  void decideAgency(ProcessInstance... cases) {
    scenario.runUntil(LocalDate.of(2026, 4, 8), cases);
    for (ProcessInstance c : cases) {
      scenario.complete(taskOf(c), withVariables("callOutcome", "NO_CONTACT"));
    }
    scenario.runUntil(DECIDED, cases);
    for (ProcessInstance c : cases) {
      BpmnAwareTests.assertThat(c).isWaitingAt("DecideEscalation");
      scenario.complete(taskOf(c), withVariables("decision", "AGENCY", "decisionNotes", "no reply"));
    }
    scenario.runDueJobs(cases);
  }

  Task taskOf(ProcessInstance c) {
    return tasks.createTaskQuery().processInstanceId(c.getId()).singleResult();
  }

  Task task() {
    return taskOf(invoice);
  }

  LocalDate handOverFrom() {
    Date from = (Date) runtime.getVariable(invoice.getId(), PreActionProtocol.VAR_HAND_OVER_FROM);
    assertThat(from.toInstant().atZone(LONDON).toLocalTime().toSecondOfDay()).isZero();
    return from.toInstant().atZone(LONDON).toLocalDate();
  }

  Notice letterOfClaim(NoticeChannel channel) {
    return transaction.execute(
        status ->
            notices.findByInvoiceIdOrderByIdAsc(scenario.invoice(invoice).getId()).stream()
                .filter(n -> n.getKind() == NoticeKind.LETTER_OF_CLAIM && n.getChannel() == channel)
                .findFirst()
                .orElseThrow());
  }

  List<NoticeKind> kindsSent() {
    return transaction.execute(
        status ->
            notices.findByInvoiceIdOrderByIdAsc(scenario.invoice(invoice).getId()).stream()
                .map(Notice::getKind)
                .toList());
  }

  Customer consumerInLondon() {
    return inLondon(CustomerType.CONSUMER, false);
  }

  Customer inLondon(CustomerType type, boolean soleTrader) {
    return transaction.execute(
        status -> {
          Customer customer =
              new Customer(
                  "Sam Example", type, "GB", "en", "sam@example.org", "+44 20 7946 0001", LONDON,
                  scenario.now());
          customer.setDelivery(Delivery.EMAIL_AND_LETTER);
          customer.setPostalAddress("1 High Street\nLondon\nSW1A 1AA");
          customer.recordStanding(soleTrader, null);
          return customers.save(customer);
        });
  }

  ProcessInstance register(Customer customer) {
    String number = "PA-" + UUID.randomUUID().toString().substring(0, 8);
    return transaction.execute(
        status -> {
          invoices.save(
              new Invoice(
                  number, customer, ISSUED, DUE,
                  Money.exact(new BigDecimal("500.00"), Currency.getInstance("GBP")),
                  scenario.now()));
          return runtime
              .createProcessInstanceByKey(CollectionsProcess.PROCESS_KEY)
              .businessKey(number)
              .setVariable(CollectionsProcess.VAR_INVOICE_NUMBER, number)
              .setVariable(CollectionsProcess.VAR_CUSTOMER_TYPE, customer.getType().name())
              .execute();
        });
  }
}
