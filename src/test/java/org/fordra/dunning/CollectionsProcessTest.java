package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.fordra.notices.NoticeKind.AGENCY_HANDOVER;
import static org.fordra.notices.NoticeKind.BROKEN_PROMISE;
import static org.fordra.notices.NoticeKind.DUE_NOTICE;
import static org.fordra.notices.NoticeKind.FINAL_NOTICE;
import static org.fordra.notices.NoticeKind.MISSED_INSTALLMENT;
import static org.fordra.notices.NoticeKind.PAID_RECEIPT;
import static org.fordra.notices.NoticeKind.PAYMENT_PLAN_CONFIRMATION;
import static org.fordra.notices.NoticeKind.PRE_DUE_REMINDER;
import static org.fordra.notices.NoticeKind.REMINDER_1;
import static org.fordra.notices.NoticeKind.REMINDER_2;
import static org.fordra.notices.NoticeKind.SETTLEMENT_OFFER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.fordra.audit.AuditEntry;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.DunningStage;
import org.fordra.invoice.InvoiceStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.assertj.core.api.Assertions;
import org.fordra.testing.FordraTest;

/**
 * Walks every path of the collections lifecycle with the real engine, moving its clock. The
 * invoice: EUR 1,000.00 issued on Monday 2 March 2026, due on Wednesday 1 April 2026; the default
 * schedule then puts the pre-due reminder on 25 March, the due notice on 1 April, reminder 1 on
 * 7 April (day 3 is Holy Saturday, and Easter Monday is a holiday in Germany), the call on
 * 8 April, reminder 2 on 15 April and the final notice on 29 April.
 */
@FordraTest
class CollectionsProcessTest {

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final LocalDate DUE = LocalDate.of(2026, 4, 1);

  @Autowired ProcessEngine engine;
  @Autowired CollectionsScenario scenario;
  @Autowired AuditTrail audit;

  ProcessInstance invoice;

  @BeforeEach
  void registerInvoice() {
    scenario.today(ISSUED);
    invoice = scenario.register(CustomerType.CONSUMER, "1000.00", ISSUED, DUE);
  }

  /** The open task of this invoice's case. */
  Task task() {
    return BpmnAwareTests.task(invoice);
  }

  ProcessInstanceAssert assertInvoice() {
    return BpmnAwareTests.assertThat(invoice);
  }

  @Test
  void waitsForThePreDueReminderDate() {
    assertInvoice().isWaitingAt("PreDueReminderDue").hasPassed("PlanDunningSchedule");
    scenario.runUntil(LocalDate.of(2026, 3, 24), invoice);
    assertInvoice().isWaitingAt("PreDueReminderDue");
    assertThat(scenario.noticesSent(invoice)).isEmpty();
  }

  @Test
  void paymentBeforeTheDueDateEndsTheCasePaidWithAThankYou() {
    scenario.runUntil(LocalDate.of(2026, 3, 25), invoice);
    assertInvoice().isWaitingAt("DueDateReached");
    assertThat(scenario.invoice(invoice).getStage()).isEqualTo(DunningStage.PRE_DUE_REMINDER);

    scenario.pay(invoice, "1000.00");
    scenario.runDueJobs(invoice);

    assertInvoice().hasPassed("ApplyPayment", "CloseAsPaid", "SendPaidReceipt").isEnded();
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(scenario.noticesSent(invoice)).containsExactly(PRE_DUE_REMINDER, PAID_RECEIPT);
  }

  @Test
  void partialPaymentLowersTheBalanceAndDunningGoesOn() {
    scenario.runUntil(LocalDate.of(2026, 4, 2), invoice);
    scenario.pay(invoice, "400.00");

    assertInvoice().isWaitingAt("Reminder1Due");
    assertThat(scenario.balance(invoice)).isEqualTo("600.00");
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.OPEN);

    // Reminder 1 falls on Holy Saturday 4 April; Easter Monday is a holiday too: Tuesday it is.
    scenario.runUntil(LocalDate.of(2026, 4, 6), invoice);
    assertThat(scenario.noticesSent(invoice)).containsExactly(PRE_DUE_REMINDER, DUE_NOTICE);
    scenario.runUntil(LocalDate.of(2026, 4, 7), invoice);
    assertThat(scenario.noticesSent(invoice)).containsExactly(PRE_DUE_REMINDER, DUE_NOTICE, REMINDER_1);

    scenario.pay(invoice, "600.00");
    scenario.runDueJobs(invoice);
    assertInvoice().isEnded();
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void unpaidInvoiceClimbsTheLadderToAManagersDecision() {
    scenario.runUntil(LocalDate.of(2026, 4, 7), invoice);
    assertInvoice().isWaitingAt("CallDue");
    scenario.runUntil(LocalDate.of(2026, 4, 8), invoice);
    assertInvoice().isWaitingAt("CallCustomer");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("collectors");
    assertThat(task().getDescription()).contains(invoice.getBusinessKey()).contains("1000.00");

    scenario.complete(task(), withVariables("callOutcome", "NO_CONTACT", "callNotes", "voicemail"));
    assertInvoice().isWaitingAt("Reminder2Due");

    scenario.runUntil(LocalDate.of(2026, 4, 28), invoice);
    assertInvoice().isWaitingAt("FinalNoticeDue");
    scenario.runUntil(LocalDate.of(2026, 4, 29), invoice);
    assertInvoice().isWaitingAt("FinalNoticeDeadlinePassed");
    assertThat(scenario.invoice(invoice).getStage()).isEqualTo(DunningStage.FINAL_NOTICE);

    // 14 days to pay: 13 May is the deadline, the managers decide the next morning.
    scenario.runUntil(LocalDate.of(2026, 5, 13), invoice);
    assertInvoice().isWaitingAt("FinalNoticeDeadlinePassed");
    scenario.runUntil(LocalDate.of(2026, 5, 14), invoice);
    assertInvoice().isWaitingAt("DecideEscalation");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("managers");
    assertThat(scenario.invoice(invoice).getStage()).isEqualTo(DunningStage.ESCALATED);
    assertThat(scenario.noticesSent(invoice))
        .containsExactly(PRE_DUE_REMINDER, DUE_NOTICE, REMINDER_1, REMINDER_2, FINAL_NOTICE);
    assertThat(audit.of(invoice.getBusinessKey()))
        .extracting(AuditEntry::getAction)
        .containsSubsequence(
            "SCHEDULE_PLANNED", "STAGE_REACHED", "STAGE_REACHED", "STAGE_REACHED",
            "CALL_OUTCOME", "STAGE_REACHED", "STAGE_REACHED", "ESCALATED");
    assertThat(audit.of(invoice.getBusinessKey()))
        .filteredOn(e -> e.getAction().equals("CALL_OUTCOME"))
        .singleElement()
        .satisfies(e -> assertThat(e.getDetail()).isEqualTo("NO_CONTACT. Notes: voicemail"));
  }

  private void escalate() {
    scenario.runUntil(LocalDate.of(2026, 4, 8), invoice);
    scenario.complete(task(), withVariables("callOutcome", "NO_CONTACT"));
    scenario.runUntil(LocalDate.of(2026, 4, 29), invoice);
    scenario.runUntil(LocalDate.of(2026, 5, 14), invoice);
    assertInvoice().isWaitingAt("DecideEscalation");
  }

  @Test
  void agencyTakesTheCaseAndALaterPaymentStillCounts() throws Exception {
    escalate();
    scenario.complete(task(), withVariables("decision", "AGENCY", "decisionNotes", "no reply"));
    scenario.runDueJobs(invoice);
    // Decided on Ascension Day (14 May, a holiday in Germany): handed over at once, the customer
    // hears of it on Friday morning.
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.WITH_AGENCY);
    assertInvoice().isWaitingAt("ContactHoursForAgencyHandover");
    assertThat(scenario.noticesSent(invoice)).doesNotContain(AGENCY_HANDOVER);
    scenario.runUntil(LocalDate.of(2026, 5, 15), invoice);

    assertInvoice().isWaitingAt("AgencyReviewDue");
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.WITH_AGENCY);
    Path caseFile = Path.of("target/test-agency-cases", invoice.getBusinessKey() + ".json");
    assertThat(Files.readString(caseFile))
        .contains("\"invoiceNumber\" : \"" + invoice.getBusinessKey() + "\"")
        .contains("\"balance\" : \"1000.00\"");
    assertThat(scenario.noticesSent(invoice)).endsWith(AGENCY_HANDOVER);

    scenario.runUntil(LocalDate.of(2026, 6, 20), invoice);
    scenario.pay(invoice, "1000.00");
    scenario.runDueJobs(invoice);
    // The interest the notices stated is not dropped with the principal paid: it is booked and
    // the case stays with the agency until it is paid too.
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.WITH_AGENCY);
    String interest = scenario.balance(invoice);
    assertThat(new java.math.BigDecimal(interest)).isPositive();
    assertThat(audit.of(invoice.getBusinessKey()))
        .anySatisfy(e -> assertThat(e.getDetail()).startsWith("LATE_INTEREST EUR " + interest));
    scenario.pay(invoice, interest);
    scenario.runDueJobs(invoice);
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
    // Paid on a Saturday: the receipt goes out on Monday.
    scenario.runUntil(LocalDate.of(2026, 6, 22), invoice);
    assertInvoice().isEnded();
    assertThat(scenario.noticesSent(invoice)).endsWith(PAID_RECEIPT);
  }

  @Test
  void agencyCaseComesBackToTheManagersForReview() {
    escalate();
    scenario.complete(task(), withVariables("decision", "AGENCY"));
    scenario.runDueJobs(invoice);
    // Handed over on 14 May: the managers review the case 90 days later.
    scenario.runUntil(LocalDate.of(2026, 8, 11), invoice);
    assertInvoice().isWaitingAt("AgencyReviewDue");
    scenario.runUntil(LocalDate.of(2026, 8, 12), invoice);
    assertInvoice().isWaitingAt("DecideEscalation");
  }

  @Test
  void paidSettlementClosesTheCaseSettledAndWritesOffTheRest() {
    escalate();
    scenario.complete(task(), withVariables("decision", "SETTLE", "settlementAmount", "700.00"));
    scenario.runDueJobs(invoice);
    // Decided on Ascension Day: the offer goes out on Friday morning.
    assertInvoice().isWaitingAt("ContactHoursForSettlementOffer");
    assertThat(scenario.noticesSent(invoice)).doesNotContain(SETTLEMENT_OFFER);
    scenario.runUntil(LocalDate.of(2026, 5, 15), invoice);
    assertInvoice().isWaitingAt("SettlementLapsed");
    assertThat(scenario.noticesSent(invoice)).endsWith(SETTLEMENT_OFFER);

    scenario.runUntil(LocalDate.of(2026, 5, 20), invoice);
    scenario.pay(invoice, "700.00");
    scenario.runDueJobs(invoice);

    assertInvoice().isEnded();
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.SETTLED);
    assertThat(scenario.balance(invoice)).isEqualTo("0.00");
  }

  @Test
  void unpaidSettlementOfferLapsesAndTheManagersDecideAgain() {
    escalate();
    scenario.complete(task(), withVariables("decision", "SETTLE", "settlementAmount", "700.00"));
    scenario.runUntil(LocalDate.of(2026, 5, 28), invoice);
    assertInvoice().isWaitingAt("SettlementLapsed");
    scenario.runUntil(LocalDate.of(2026, 5, 29), invoice);
    assertInvoice().hasPassed("WithdrawSettlement").isWaitingAt("DecideEscalation");
    assertThat(scenario.invoice(invoice).settlementAmount()).isEmpty();
  }

  @Test
  void settlementMustBeBelowTheBalance() {
    escalate();
    Assertions.assertThatThrownBy(
            () ->
                scenario.complete(
                    task(), withVariables("decision", "SETTLE", "settlementAmount", "1000.00")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("settlementAmount");
    assertInvoice().isWaitingAt("DecideEscalation");
  }

  @Test
  void writeOffClosesTheCaseAtZero() {
    escalate();
    Assertions.assertThatThrownBy(
            () -> scenario.complete(task(), withVariables("decision", "WRITE_OFF")))
        .hasMessageContaining("decisionNotes");
    scenario.complete(
        task(), withVariables("decision", "WRITE_OFF", "decisionNotes", "customer insolvent"));

    assertInvoice().hasPassed("WriteOff", "WrittenOff", "ClaimWrittenOff").isEnded();
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.WRITTEN_OFF);
    assertThat(scenario.balance(invoice)).isEqualTo("0.00");
  }

  @Test
  void extensionWaitsThenAsksTheManagersAgain() {
    escalate();
    scenario.complete(task(), withVariables("decision", "EXTEND", "extendDays", 10));
    assertInvoice().isWaitingAt("ExtensionOver");
    scenario.runUntil(LocalDate.of(2026, 5, 23), invoice);
    assertInvoice().isWaitingAt("ExtensionOver");
    scenario.runUntil(LocalDate.of(2026, 5, 24), invoice);
    assertInvoice().isWaitingAt("DecideEscalation");
  }

  @Test
  void keptPromiseEndsPaid() {
    scenario.runUntil(LocalDate.of(2026, 4, 8), invoice);
    scenario.complete(
        task(), withVariables("callOutcome", "PROMISE_TO_PAY", "promisedDate", "2026-04-20"));
    assertInvoice().isWaitingAt("PromiseGraceOver");
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.PROMISED);

    // No reminder 2 on 15 April while the promise stands.
    scenario.runUntil(LocalDate.of(2026, 4, 19), invoice);
    assertThat(scenario.noticesSent(invoice)).doesNotContain(REMINDER_2);
    scenario.pay(invoice, "1000.00");
    scenario.runDueJobs(invoice);
    // Paid on Sunday 19 April: paid at once, thanked on Monday morning.
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertInvoice().isWaitingAt("ContactHoursForPaidReceipt");
    scenario.runUntil(LocalDate.of(2026, 4, 20), invoice);
    assertInvoice().isEnded();
    assertThat(scenario.noticesSent(invoice)).endsWith(PAID_RECEIPT);
  }

  @Test
  void brokenPromiseGetsANoticeAndTheNextStep() {
    scenario.runUntil(LocalDate.of(2026, 4, 8), invoice);
    scenario.complete(
        task(), withVariables("callOutcome", "PROMISE_TO_PAY", "promisedDate", "2026-04-20"));
    scenario.runUntil(LocalDate.of(2026, 4, 23), invoice);
    assertInvoice().isWaitingAt("PromiseGraceOver");
    scenario.runUntil(LocalDate.of(2026, 4, 24), invoice);

    assertInvoice().hasPassed("MarkPromiseBroken", "SendBrokenPromiseNotice");
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(scenario.noticesSent(invoice)).containsSubsequence(BROKEN_PROMISE, REMINDER_2);
    assertInvoice().isWaitingAt("FinalNoticeDue");
  }

  @Test
  void promiseInThePastIsRefused() {
    scenario.runUntil(LocalDate.of(2026, 4, 8), invoice);
    Assertions.assertThatThrownBy(
            () ->
                scenario.complete(
                    task(),
                    withVariables("callOutcome", "PROMISE_TO_PAY", "promisedDate", "2026-04-01")))
        .hasMessageContaining("promisedDate");
    assertInvoice().isWaitingAt("CallCustomer");
  }

  @Test
  void keptPaymentPlanEndsPaid() {
    scenario.runUntil(LocalDate.of(2026, 4, 8), invoice);
    scenario.complete(task(), withVariables("callOutcome", "PAYMENT_PLAN", "planInstallments", 3));
    scenario.runDueJobs(invoice);
    assertInvoice().isWaitingAt("PaymentPlan");
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.IN_PAYMENT_PLAN);
    assertThat(scenario.noticesSent(invoice)).endsWith(PAYMENT_PLAN_CONFIRMATION);

    // 1000.00 in three: 333.33, 333.33 and 333.34, due 8 May, 8 June, 8 July.
    scenario.runUntil(LocalDate.of(2026, 5, 7), invoice);
    scenario.pay(invoice, "333.33");
    scenario.runUntil(LocalDate.of(2026, 6, 8), invoice);
    scenario.pay(invoice, "333.33");
    scenario.runUntil(LocalDate.of(2026, 7, 8), invoice);
    assertThat(scenario.noticesSent(invoice)).doesNotContain(MISSED_INSTALLMENT, REMINDER_2);
    scenario.pay(invoice, "333.34");
    scenario.runDueJobs(invoice);

    assertInvoice().isEnded();
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void brokenPaymentPlanResumesAtTheFinalNotice() {
    scenario.runUntil(LocalDate.of(2026, 4, 8), invoice);
    scenario.complete(task(), withVariables("callOutcome", "PAYMENT_PLAN", "planInstallments", 2));
    // The first installment (due Friday 8 May) is found missed on Saturday; the customer hears
    // of it on Monday.
    scenario.runUntil(LocalDate.of(2026, 5, 10), invoice);
    assertThat(scenario.noticesSent(invoice)).doesNotContain(MISSED_INSTALLMENT);
    scenario.runUntil(LocalDate.of(2026, 5, 11), invoice);
    assertThat(scenario.noticesSent(invoice)).endsWith(MISSED_INSTALLMENT);

    // Paid late, within the grace period: the plan goes on.
    scenario.pay(invoice, "500.00");
    scenario.runUntil(LocalDate.of(2026, 5, 24), invoice);
    assertInvoice().isWaitingAt("PaymentPlan");

    // The second installment is never paid.
    scenario.runUntil(LocalDate.of(2026, 6, 9), invoice);
    scenario.runUntil(LocalDate.of(2026, 6, 23), invoice);
    scenario.runUntil(LocalDate.of(2026, 6, 24), invoice);

    assertInvoice().hasPassed("PaymentPlan", "ResumeAtFinalNotice").isWaitingAt("FinalNoticeDeadlinePassed");
    assertThat(scenario.noticesSent(invoice)).endsWith(MISSED_INSTALLMENT, FINAL_NOTICE);
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(scenario.balance(invoice)).isEqualTo("500.00");
  }

  @Test
  void upheldDisputeCancelsTheInvoice() {
    scenario.runUntil(LocalDate.of(2026, 4, 2), invoice);
    scenario.dispute(invoice, "goods never arrived");
    assertInvoice().isWaitingAt("ReviewDispute");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("sales");
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.DISPUTED);

    scenario.complete(
        task(), withVariables("disputeResolution", "UPHELD", "resolutionNotes", "lost in transit"));
    assertInvoice().hasPassed("CancelInvoice").isEnded();
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.CANCELLED);
    assertThat(scenario.balance(invoice)).isEqualTo("0.00");
  }

  @Test
  void disputePausesDunningAndARejectionResumesWhereItStopped() {
    scenario.runUntil(LocalDate.of(2026, 4, 2), invoice);
    scenario.dispute(invoice, "wrong price");
    // Nothing goes out while sales looks at it.
    scenario.runUntil(LocalDate.of(2026, 4, 12), invoice);
    assertThat(scenario.noticesSent(invoice)).containsExactly(PRE_DUE_REMINDER, DUE_NOTICE);

    scenario.complete(
        task(), withVariables("disputeResolution", "REJECTED", "resolutionNotes", "price as agreed"));
    assertInvoice().hasPassed("ResumeDunning").isWaitingAt("Reminder1Due");
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.OPEN);
    // Paused for 10 days: reminder 1 moves from 7 April (the first contact day after Holy
    // Saturday and Easter Monday) to 17 April.
    scenario.runUntil(LocalDate.of(2026, 4, 16), invoice);
    assertInvoice().isWaitingAt("Reminder1Due");
    scenario.runUntil(LocalDate.of(2026, 4, 17), invoice);
    assertThat(scenario.noticesSent(invoice)).endsWith(REMINDER_1);
  }

  @Test
  void partlyUpheldDisputeCreditsThatPartAndDunningGoesOnForTheRest() {
    scenario.runUntil(LocalDate.of(2026, 4, 2), invoice);
    scenario.dispute(invoice, "one item damaged");
    Assertions.assertThatThrownBy(
            () ->
                scenario.complete(
                    task(),
                    withVariables(
                        "disputeResolution", "PARTIAL", "creditAmount", "1000.00",
                        "resolutionNotes", "x")))
        .hasMessageContaining("creditAmount");
    scenario.complete(
        task(),
        withVariables(
            "disputeResolution", "PARTIAL", "creditAmount", "150.00",
            "resolutionNotes", "one item damaged"));
    assertInvoice().hasPassed("CreditDisputedPart", "ResumeDunning").isWaitingAt("Reminder1Due");
    assertThat(scenario.balance(invoice)).isEqualTo("850.00");
  }

  @Test
  void paymentDuringADisputeClosesTheCase() {
    scenario.runUntil(LocalDate.of(2026, 4, 2), invoice);
    scenario.dispute(invoice, "wrong price");
    scenario.pay(invoice, "1000.00");
    scenario.runDueJobs(invoice);
    assertInvoice().isEnded();
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void disputeRaisedOnTheCallGoesToSales() {
    scenario.runUntil(LocalDate.of(2026, 4, 8), invoice);
    scenario.complete(
        task(), withVariables("callOutcome", "DISPUTE", "callNotes", "says it was delivered late"));
    assertInvoice().hasPassed("DisputeRaisedOnCall", "PauseDunning").isWaitingAt("ReviewDispute");
    scenario.complete(
        task(), withVariables("disputeResolution", "REJECTED", "resolutionNotes", "on time"));
    assertInvoice().isWaitingAt("Reminder2Due");
  }

  @Test
  void largerBusinessClaimIsCalledOnTheDueDate() {
    ProcessInstance large =
        scenario.register(CustomerType.BUSINESS, "25000.00", ISSUED, DUE);
    scenario.runUntil(DUE, large);
    BpmnAwareTests.assertThat(large).isWaitingAt("CallCustomer");
    assertThat(scenario.noticesSent(large)).containsExactly(PRE_DUE_REMINDER, DUE_NOTICE);

    scenario.complete(BpmnAwareTests.task(large), withVariables("callOutcome", "NO_CONTACT"));
    BpmnAwareTests.assertThat(large).isWaitingAt("Reminder1Due");
  }

  @Test
  void invoiceRegisteredTenDaysOverdueGoesStraightToTheCall() {
    scenario.today(DUE.plusDays(10));
    ProcessInstance late = scenario.register(CustomerType.CONSUMER, "80.00", ISSUED, DUE);
    scenario.runDueJobs(late);
    // 11 April 2026 is a Saturday: the call falls due on Monday morning.
    BpmnAwareTests.assertThat(late).isWaitingAt("WaitForContactMoment");
    scenario.runUntil(LocalDate.of(2026, 4, 13), late);
    BpmnAwareTests.assertThat(late).isWaitingAt("CallCustomer");
    assertThat(scenario.noticesSent(late)).isEmpty();
  }

  @Test
  void disputeDuringAPaymentPlanStopsThePlanAndDunningResumesAfterIt() {
    scenario.runUntil(LocalDate.of(2026, 4, 8), invoice);
    scenario.complete(task(), withVariables("callOutcome", "PAYMENT_PLAN", "planInstallments", 4));
    scenario.runDueJobs(invoice);
    scenario.runUntil(LocalDate.of(2026, 4, 20), invoice);
    scenario.dispute(invoice, "the plan amounts are wrong");

    assertInvoice().isWaitingAt("ReviewDispute");
    assertThat(BpmnAwareTests.runtimeService().createProcessInstanceQuery()
        .processDefinitionKey("payment-plan").processInstanceBusinessKey(invoice.getBusinessKey())
        .count()).isZero();
    assertThat(audit.of(invoice.getBusinessKey())).extracting(AuditEntry::getAction)
        .contains("PLAN_INTERRUPTED");

    scenario.complete(
        task(), withVariables("disputeResolution", "REJECTED", "resolutionNotes", "amounts right"));
    // Reminder 2 was due on 15 April, before the pause: it goes out now.
    scenario.runDueJobs(invoice);
    assertThat(scenario.noticesSent(invoice)).endsWith(PAYMENT_PLAN_CONFIRMATION, REMINDER_2);
    assertInvoice().isWaitingAt("FinalNoticeDue");
  }
}
