package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.money.Money;
import org.fordra.notices.NoticeKind;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payment plan's own end, "Plan kept": every installment found paid at its due date without a
 * payment having cleared the claim first. A payment that clears the balance ends the case at once
 * (CollectionsProcessTest.keptPaymentPlanEndsPaid); here the books bring the balance to zero
 * instead: a credit note before the call, then the invoice's amount amended down to what was
 * credited. No payment message comes, so the plan runs its course: each installment is found paid
 * on its day, the plan is kept, and the case closes as paid with a thank-you.
 */
@FordraTest
class PaymentPlanKeptTest {

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final LocalDate DUE = LocalDate.of(2026, 4, 1);
  static final Currency EUR = Currency.getInstance("EUR");

  @Autowired CollectionsScenario scenario;
  @Autowired CreditNotes creditNotes;
  @Autowired InvoiceAmendment amendment;
  @Autowired InvoiceRepository invoices;
  @Autowired TransactionTemplate transaction;

  @Test
  void aPlanWhoseInstallmentsAreAllFoundPaidIsKeptAndTheCaseClosesPaid() {
    scenario.today(ISSUED);
    ProcessInstance invoice = scenario.register(CustomerType.CONSUMER, "1000.00", ISSUED, DUE);
    transaction.executeWithoutResult(
        status ->
            creditNotes.book(
                invoiceOf(invoice), "CN-" + invoice.getBusinessKey(), euros("400.00"),
                "goods returned"));

    scenario.runUntil(LocalDate.of(2026, 4, 8), invoice);
    scenario.complete(
        task(invoice), withVariables("callOutcome", "PAYMENT_PLAN", "planInstallments", 2));
    scenario.runDueJobs(invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt("PaymentPlan");

    transaction.executeWithoutResult(
        status -> {
          Invoice amended = invoiceOf(invoice);
          assertThat(amendment.refusals(amended, euros("400.00"), ISSUED, DUE)).isEmpty();
          amendment.amend(amended, euros("400.00"), ISSUED, DUE);
        });
    assertThat(scenario.balance(invoice)).isEqualTo("0.00");

    // Installments of 300.00 due 8 May and 8 June, each checked the day after: both found paid.
    scenario.runUntil(LocalDate.of(2026, 5, 9), invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt("PaymentPlan");
    assertThat(scenario.noticesSent(invoice)).doesNotContain(NoticeKind.MISSED_INSTALLMENT);
    scenario.runUntil(LocalDate.of(2026, 6, 9), invoice);

    BpmnAwareTests.assertThat(invoice)
        .hasPassed("PlanPaidInFull", "CloseAsPaid", "SendPaidReceipt")
        .isEnded();
    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(scenario.noticesSent(invoice)).endsWith(NoticeKind.PAID_RECEIPT);
  }

  private Invoice invoiceOf(ProcessInstance instance) {
    return invoices.findByNumber(instance.getBusinessKey()).orElseThrow();
  }

  private static Money euros(String amount) {
    return Money.exact(new BigDecimal(amount), EUR);
  }
}
