package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.fordra.notices.NoticeKind.AGENCY_HANDOVER;
import static org.fordra.notices.NoticeKind.BROKEN_PROMISE;
import static org.fordra.notices.NoticeKind.FINAL_NOTICE;
import static org.fordra.notices.NoticeKind.MISSED_INSTALLMENT;
import static org.fordra.notices.NoticeKind.PAID_RECEIPT;
import static org.fordra.notices.NoticeKind.PAYMENT_PLAN_CONFIRMATION;
import static org.fordra.notices.NoticeKind.REMINDER_2;
import static org.fordra.notices.NoticeKind.SETTLEMENT_OFFER;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.fordra.audit.AuditEntry;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.InvoiceStatus;
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
 * The notices outside the dunning ladder keep the customer's contact days and hours too: the
 * event that calls for them (a payment, an agreed plan, a missed installment, a broken promise,
 * a manager's decision) happens at a forbidden moment, the process waits at its "Wait for contact
 * hours" timer with nothing sent, and exactly one notice goes out at the start of the next
 * allowed day in the customer's time zone. The invoice: issued Monday 2 March 2026, due Wednesday
 * 1 April 2026; the call falls due on Wednesday 8 April.
 */
@FordraTest
class NoticesInContactHoursTest {

  static final ZoneId BERLIN = CollectionsScenario.BERLIN;
  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final LocalDate DUE = LocalDate.of(2026, 4, 1);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired CollectionsScenario scenario;
  @Autowired NoticeRepository notices;
  @Autowired AuditTrail audit;
  @Autowired TransactionTemplate transaction;

  ProcessInstance invoice;

  @BeforeEach
  void start() {
    scenario.today(ISSUED);
  }

  void register(String country, ZoneId zone) {
    Customer customer = scenario.customer(country, zone, CustomerType.CONSUMER);
    invoice = scenario.register(customer, "1000.00", ISSUED, DUE);
  }

  ProcessInstanceAssert assertInvoice() {
    return BpmnAwareTests.assertThat(invoice);
  }

  ProcessInstance plan() {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(invoice.getId()).singleResult();
  }

  Task task() {
    return BpmnAwareTests.task(invoice);
  }

  /** Sets the engine clock to a wall-clock time in {@code zone}. */
  void at(LocalDateTime time, ZoneId zone) {
    ClockUtil.setCurrentTime(java.util.Date.from(time.atZone(zone).toInstant()));
  }

  List<Notice> sent(NoticeKind kind) {
    return transaction.execute(
        status ->
            notices.findByInvoiceIdOrderByIdAsc(scenario.invoice(invoice).getId()).stream()
                .filter(n -> n.getKind() == kind)
                .toList());
  }

  /** The one notice of {@code kind}, checked to be the only one, and when it went out. */
  LocalDateTime sentOnce(NoticeKind kind, ZoneId zone) {
    List<Notice> of = sent(kind);
    assertThat(of).as("notices of kind " + kind).hasSize(1);
    return LocalDateTime.ofInstant(of.get(0).getSentAt(), zone);
  }

  long passes(String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(invoice.getId()).activityId(activityId).count();
  }

  List<AuditEntry> deferrals() {
    return audit.of(invoice.getBusinessKey()).stream()
        .filter(e -> e.getAction().equals("CONTACT_DEFERRED"))
        .toList();
  }

  /** Up to the call on Wednesday 8 April, answered with a promise, a plan or nothing. */
  void reachTheCall() {
    scenario.runUntil(LocalDate.of(2026, 4, 8), invoice);
    assertInvoice().isWaitingAt("CallCustomer");
  }

  /** Up to the managers' decision, due on Ascension Day, Thursday 14 May. */
  void escalate() {
    reachTheCall();
    scenario.complete(task(), withVariables("callOutcome", "NO_CONTACT"));
    scenario.runUntil(LocalDate.of(2026, 4, 29), invoice);
    scenario.runUntil(LocalDate.of(2026, 5, 14), invoice);
    assertInvoice().isWaitingAt("DecideEscalation");
  }

  @Test
  void paidOnASundayIsPaidAtOnceAndThankedOnMondayMorning() {
    register("DE", BERLIN);
    scenario.runUntil(LocalDate.of(2026, 3, 28), invoice);

    at(LocalDateTime.of(2026, 3, 29, 15, 0), BERLIN);
    scenario.pay(invoice, "1000.00");
    scenario.runDueJobs(invoice);

    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertInvoice().hasPassed("CloseAsPaid").isWaitingAt("ContactHoursForPaidReceipt");
    assertThat(sent(PAID_RECEIPT)).isEmpty();
    assertThat(deferrals())
        .singleElement()
        .satisfies(e -> assertThat(e.getDetail())
            .startsWith("PAID_RECEIPT waits until 2026-03-30T06:00:00Z")
            .contains("weekend day or public holiday in DE"));

    at(LocalDateTime.of(2026, 3, 30, 8, 0), BERLIN);
    scenario.runDueJobs(invoice);

    assertInvoice().isEnded();
    assertThat(sentOnce(PAID_RECEIPT, BERLIN)).isEqualTo(LocalDateTime.of(2026, 3, 30, 8, 0));
  }

  @Test
  void paymentWhileTheReceiptWaitsNeitherClosesNorThanksTwice() {
    register("DE", BERLIN);
    scenario.runUntil(LocalDate.of(2026, 3, 28), invoice);
    at(LocalDateTime.of(2026, 3, 28, 22, 0), BERLIN);
    scenario.pay(invoice, "1000.00");
    scenario.runDueJobs(invoice);
    assertInvoice().isWaitingAt("ContactHoursForPaidReceipt");

    // The bank sends the transfer twice over the weekend.
    at(LocalDateTime.of(2026, 3, 29, 11, 0), BERLIN);
    scenario.pay(invoice, "1000.00");
    scenario.runDueJobs(invoice);
    assertInvoice().isWaitingAt("ContactHoursForPaidReceipt");

    at(LocalDateTime.of(2026, 3, 30, 8, 0), BERLIN);
    scenario.runDueJobs(invoice);

    assertInvoice().isEnded();
    assertThat(sentOnce(PAID_RECEIPT, BERLIN)).isEqualTo(LocalDateTime.of(2026, 3, 30, 8, 0));
    // The second payment is booked, and nothing more: the case was closed by the first.
    assertThat(passes("CloseAsPaid")).isEqualTo(1);
    assertThat(passes("ContactHoursForPaidReceipt")).isEqualTo(1);
    assertThat(passes("SendPaidReceipt")).isEqualTo(1);
    assertThat(scenario.balance(invoice)).isEqualTo("-1000.00");
  }

  @Test
  void planAgreedAtHalfPastNineInTheEveningIsConfirmedNextMorningInTheCustomersTimeZone() {
    register("GB", LONDON);
    reachTheCall();

    at(LocalDateTime.of(2026, 4, 8, 21, 30), LONDON);
    scenario.complete(task(), withVariables("callOutcome", "PAYMENT_PLAN", "planInstallments", 3));
    scenario.runDueJobs(invoice);

    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.IN_PAYMENT_PLAN);
    BpmnAwareTests.assertThat(plan()).isWaitingAt("ContactHoursForPlanConfirmation");
    assertThat(sent(PAYMENT_PLAN_CONFIRMATION)).isEmpty();
    assertThat(deferrals())
        .last()
        .satisfies(e -> assertThat(e.getDetail())
            .startsWith("PAYMENT_PLAN_CONFIRMATION waits until 2026-04-09T07:00:00Z")
            .contains("outside contact hours 08:00-20:00 Europe/London"));

    at(LocalDateTime.of(2026, 4, 9, 8, 0), LONDON);
    scenario.runDueJobs(invoice);

    assertThat(sentOnce(PAYMENT_PLAN_CONFIRMATION, LONDON))
        .isEqualTo(LocalDateTime.of(2026, 4, 9, 8, 0));
    BpmnAwareTests.assertThat(plan()).isWaitingAt("InstallmentDue");
  }

  @Test
  void installmentFoundMissedOnWhitMondayIsRemindedOnTuesday() {
    register("DE", BERLIN);
    reachTheCall();
    // Agreed on Friday 24 April: the first of two installments is due Sunday 24 May and is
    // checked the morning after, on Whit Monday, a public holiday in Germany.
    scenario.at(LocalDateTime.of(2026, 4, 24, 10, 0));
    scenario.complete(task(), withVariables("callOutcome", "PAYMENT_PLAN", "planInstallments", 2));
    scenario.runDueJobs(invoice);
    assertThat(sent(PAYMENT_PLAN_CONFIRMATION)).hasSize(1);

    scenario.at(LocalDateTime.of(2026, 5, 25, 10, 0));
    scenario.runDueJobs(invoice);
    BpmnAwareTests.assertThat(plan())
        .hasPassed("CheckInstallment")
        .isWaitingAt("ContactHoursForMissedInstallment");
    assertThat(sent(MISSED_INSTALLMENT)).isEmpty();

    scenario.at(LocalDateTime.of(2026, 5, 26, 8, 0));
    scenario.runDueJobs(invoice);

    assertThat(sentOnce(MISSED_INSTALLMENT, BERLIN)).isEqualTo(LocalDateTime.of(2026, 5, 26, 8, 0));
    BpmnAwareTests.assertThat(plan()).isWaitingAt("MissedInstallmentGraceOver");
  }

  @Test
  void installmentPaidWhileItsReminderWaitsForTuesdayIsNotReminded() {
    register("DE", BERLIN);
    reachTheCall();
    scenario.at(LocalDateTime.of(2026, 4, 24, 10, 0));
    scenario.complete(task(), withVariables("callOutcome", "PAYMENT_PLAN", "planInstallments", 2));
    scenario.runDueJobs(invoice);
    assertThat(scenario.balance(invoice)).isEqualTo("1000.00");
    // Found missed on Whit Monday; the customer pays the first half that very afternoon.
    scenario.at(LocalDateTime.of(2026, 5, 25, 10, 0));
    scenario.runDueJobs(invoice);
    BpmnAwareTests.assertThat(plan()).isWaitingAt("ContactHoursForMissedInstallment");
    scenario.at(LocalDateTime.of(2026, 5, 25, 15, 0));
    scenario.pay(invoice, "500.00");

    scenario.at(LocalDateTime.of(2026, 5, 26, 8, 0));
    scenario.runDueJobs(invoice);

    assertThat(sent(MISSED_INSTALLMENT)).isEmpty();
    assertThat(audit.of(invoice.getBusinessKey()))
        .anySatisfy(e -> {
          assertThat(e.getAction()).isEqualTo("NOTICE_NOT_SENT");
          assertThat(e.getDetail()).contains("installment 1 was paid while the reminder waited");
        });
    // The grace check finds it paid and the plan goes on to the second installment (gateways
    // leave no history, docs/history.md: the step after "Paid now?" says which way it went).
    scenario.runUntil(LocalDate.of(2026, 6, 10), invoice);
    BpmnAwareTests.assertThat(plan())
        .hasPassed("CheckInstallmentAgain", "MoveToNextInstallment")
        .hasNotPassed("BreakPlan")
        .isWaitingAt("InstallmentDue");
    assertThat(sent(MISSED_INSTALLMENT)).isEmpty();
  }

  @Test
  void promiseBrokenOnMidsommaraftonIsNoticedOnMondayAndTheLadderGoesOnOnce() {
    register("SE", STOCKHOLM);
    reachTheCall();
    // Promised for Monday 15 June; with three days' grace it is found broken on Friday 19 June,
    // Midsommarafton, and Saturday is Midsommardagen.
    scenario.complete(
        task(), withVariables("callOutcome", "PROMISE_TO_PAY", "promisedDate", "2026-06-15"));
    at(LocalDateTime.of(2026, 6, 19, 10, 0), STOCKHOLM);
    scenario.runDueJobs(invoice);

    assertInvoice().hasPassed("MarkPromiseBroken").isWaitingAt("ContactHoursForBrokenPromise");
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(sent(BROKEN_PROMISE)).isEmpty();
    assertThat(deferrals())
        .last()
        .satisfies(e -> assertThat(e.getDetail())
            .startsWith("BROKEN_PROMISE waits until 2026-06-22T06:00:00Z")
            .contains("2026-06-19 is a weekend day or public holiday in SE"));

    at(LocalDateTime.of(2026, 6, 20, 10, 0), STOCKHOLM);
    scenario.runDueJobs(invoice);
    assertThat(sent(BROKEN_PROMISE)).isEmpty();

    at(LocalDateTime.of(2026, 6, 22, 8, 0), STOCKHOLM);
    scenario.runDueJobs(invoice);

    assertThat(sentOnce(BROKEN_PROMISE, STOCKHOLM)).isEqualTo(LocalDateTime.of(2026, 6, 22, 8, 0));
    // The ladder goes on where the promise stopped it: reminder 2 and the final notice, long
    // due, follow once each (three contacts that day, within the cap), then the final deadline.
    assertThat(sent(REMINDER_2)).hasSize(1);
    assertThat(sent(FINAL_NOTICE)).hasSize(1);
    assertInvoice().isWaitingAt("FinalNoticeDeadlinePassed");
    scenario.runUntil(LocalDate.of(2026, 6, 30), invoice);
    assertThat(sent(BROKEN_PROMISE)).hasSize(1);
    assertThat(sent(REMINDER_2)).hasSize(1);
    assertThat(sent(FINAL_NOTICE)).hasSize(1);
  }

  @Test
  void agencyDecidedOnFridayEveningIsAnnouncedOnMondayMorning() {
    register("DE", BERLIN);
    escalate();

    at(LocalDateTime.of(2026, 5, 15, 21, 30), BERLIN);
    scenario.complete(task(), withVariables("decision", "AGENCY"));
    scenario.runDueJobs(invoice);

    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.WITH_AGENCY);
    assertInvoice().hasPassed("HandOverToAgency").isWaitingAt("ContactHoursForAgencyHandover");
    assertThat(sent(AGENCY_HANDOVER)).isEmpty();

    at(LocalDateTime.of(2026, 5, 18, 8, 0), BERLIN);
    scenario.runDueJobs(invoice);

    assertThat(sentOnce(AGENCY_HANDOVER, BERLIN)).isEqualTo(LocalDateTime.of(2026, 5, 18, 8, 0));
    assertInvoice().isWaitingAt("AgencyReviewDue");
  }

  @Test
  void settlementOfferedOnAscensionDayGoesOutOnFridayMorning() {
    register("DE", BERLIN);
    escalate();

    scenario.complete(task(), withVariables("decision", "SETTLE", "settlementAmount", "700.00"));
    scenario.runDueJobs(invoice);

    assertThat(scenario.invoice(invoice).settlementAmount()).isPresent();
    assertInvoice().hasPassed("OfferSettlement").isWaitingAt("ContactHoursForSettlementOffer");
    assertThat(sent(SETTLEMENT_OFFER)).isEmpty();

    at(LocalDateTime.of(2026, 5, 15, 8, 0), BERLIN);
    scenario.runDueJobs(invoice);

    assertThat(sentOnce(SETTLEMENT_OFFER, BERLIN)).isEqualTo(LocalDateTime.of(2026, 5, 15, 8, 0));
    assertInvoice().isWaitingAt("SettlementLapsed");
  }

  @Test
  void noticeAtAnAllowedMomentGoesOutAtOnce() {
    register("DE", BERLIN);
    reachTheCall();
    Instant now = scenario.now();

    scenario.complete(task(), withVariables("callOutcome", "PAYMENT_PLAN", "planInstallments", 3));
    Job wait = management.createJobQuery().processInstanceId(plan().getId()).timers().singleResult();
    assertThat(wait.getDuedate().toInstant()).isEqualTo(now);
    scenario.runDueJobs(invoice);

    assertThat(sent(PAYMENT_PLAN_CONFIRMATION))
        .singleElement()
        .satisfies(n -> assertThat(n.getSentAt()).isEqualTo(now));
    assertThat(deferrals()).noneMatch(e -> e.getDetail().startsWith("PAYMENT_PLAN_CONFIRMATION"));
  }

  @Test
  void weeklyCapDoesNotHoldBackAReceipt() {
    register("DE", BERLIN);
    scenario.runUntil(LocalDate.of(2026, 4, 2), invoice);
    // Three contacts already this week: the pre-due reminder (25 March) is older, the due notice
    // went out on 1 April, and two more letters of another kind on 2 April.
    noticeSent(NoticeKind.DUE_NOTICE, scenario.now().minusSeconds(60));
    noticeSent(NoticeKind.DUE_NOTICE, scenario.now().minusSeconds(30));

    scenario.pay(invoice, "1000.00");
    scenario.runDueJobs(invoice);

    assertInvoice().isEnded();
    assertThat(sentOnce(PAID_RECEIPT, BERLIN)).isEqualTo(LocalDateTime.of(2026, 4, 2, 10, 0));
    assertThat(deferrals()).noneMatch(e -> e.getDetail().startsWith("PAID_RECEIPT"));
  }

  void noticeSent(NoticeKind kind, Instant at) {
    transaction.executeWithoutResult(
        status ->
            notices.save(
                new Notice(
                    scenario.invoice(invoice), kind, NoticeChannel.EMAIL, "de", "x@example",
                    kind.name(), "text/html", "earlier".getBytes(StandardCharsets.UTF_8), "0", at)));
  }
}
