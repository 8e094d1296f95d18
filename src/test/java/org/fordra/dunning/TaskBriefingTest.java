package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fordra.customer.CustomerType;
import org.fordra.disputes.Dispute;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every user task arrives with what its form shows, a due date and a priority that puts bigger
 * and older debts first; what the form shows stays on the task and never becomes a process
 * variable.
 */
@FordraTest
class TaskBriefingTest {

  @Autowired CollectionsScenario scenario;
  @Autowired InvoicesAtTasks invoices;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

  @Test
  void tasklistListsEachTaskByWhoHowMuchAndHowLate() {
    Task call = invoices.openTask(invoices.atCallCustomer(), CollectionsProcess.TASK_CALL_CUSTOMER);
    Task dispute =
        invoices.openTask(invoices.atReviewDispute(), CollectionsProcess.TASK_REVIEW_DISPUTE);
    Task decision =
        invoices.openTask(invoices.atDecideEscalation(), CollectionsProcess.TASK_DECIDE_ESCALATION);

    // EUR 1,000.00 due 1 April; the call falls due on 8 April, the decision on 14 May.
    assertThat(call.getName()).isEqualTo("Call Muster GmbH · EUR 1,000 · 7 days overdue");
    assertThat(dispute.getName()).startsWith("Dispute: Muster GmbH · EUR 1,000");
    assertThat(decision.getName()).startsWith("Decide: Muster GmbH · EUR 1,0")
        .endsWith("days overdue");
  }

  @Test
  void amountsInTaskNamesAreGroupedAndShowCentsOnlyWhereThereAreAny() {
    java.util.Currency sek = java.util.Currency.getInstance("SEK");
    assertThat(TaskBriefing.grouped(org.fordra.money.Money.exact(new java.math.BigDecimal("12950.00"), sek)))
        .isEqualTo("SEK 12,950");
    assertThat(TaskBriefing.grouped(org.fordra.money.Money.exact(new java.math.BigDecimal("1234567.50"), sek)))
        .isEqualTo("SEK 1,234,567.50");
  }

  @Test
  void callIsDueByTheEndOfTheCustomersCallingDayWithItsBriefing() {
    ProcessInstance invoice = invoices.atCallCustomer();
    Task call = invoices.openTask(invoice, CollectionsProcess.TASK_CALL_CUSTOMER);

    assertThat(call.getDueDate().toInstant()).isEqualTo(
        ZonedDateTime.of(InvoicesAtTasks.CALL_DAY.atTime(18, 0), CollectionsScenario.BERLIN)
            .toInstant());
    Map<String, Object> shown = tasks.getVariablesLocal(call.getId());
    assertThat(shown).containsEntry(TaskBriefing.CUSTOMER_NAME, "Muster GmbH")
        .containsEntry(TaskBriefing.CUSTOMER_PHONE, "+49 30 1234567")
        .containsEntry(TaskBriefing.CUSTOMER_LOCAL_TIME,
            "Wednesday 8 April 2026, 10:00 (Europe/Berlin, UTC+02:00)")
        .containsEntry(TaskBriefing.BALANCE, "EUR 1000.00");
    assertThat((String) shown.get(TaskBriefing.INVOICE_SUMMARY))
        .startsWith(invoice.getBusinessKey() + ", issued 2026-03-02, due 2026-04-01, 7 days overdue");
    assertThat((String) shown.get(TaskBriefing.OWED_TODAY))
        .contains("- Principal: EUR 1000.00").contains("**Balance: EUR 1000.00**");
    assertThat((String) shown.get(TaskBriefing.CONTACT_HISTORY)).contains("REMINDER_1 sent by EMAIL");

    tasks.complete(call.getId(), Map.of(CollectionsProcess.VAR_CALL_OUTCOME, "NO_CONTACT"));
    // The briefing went with the task: no amount became a process variable.
    assertThat(runtime.getVariables(invoice.getId()))
        .doesNotContainKeys(TaskBriefing.OWED_TODAY, TaskBriefing.BALANCE, TaskBriefing.CUSTOMER_NAME);
  }

  @Test
  void disputeAndDecisionCarryTheirOwnBriefingAndDueDates() {
    ProcessInstance disputed = invoices.atReviewDispute();
    Task review = invoices.openTask(disputed, CollectionsProcess.TASK_REVIEW_DISPUTE);
    assertThat(review.getDueDate().toInstant())
        .isEqualTo(scenario.now().plus(java.time.Duration.ofDays(PrepareDisputeReview.DAYS_TO_REVIEW)));
    assertThat((String) tasks.getVariableLocal(review.getId(), TaskBriefing.DISPUTE_REASON))
        .startsWith("Says the second pallet never arrived");

    ProcessInstance escalated = invoices.atDecideEscalation();
    Task decision = invoices.openTask(escalated, CollectionsProcess.TASK_DECIDE_ESCALATION);
    assertThat(decision.getDueDate().toInstant())
        .isEqualTo(scenario.now().plus(java.time.Duration.ofDays(PrepareEscalationDecision.DAYS_TO_DECIDE)));
    // The summary, not the trail: what was broken (here nothing: the call found nobody), and the
    // last contacts, the final notice among them.
    assertThat((String) tasks.getVariableLocal(decision.getId(), TaskBriefing.BROKEN_COMMITMENTS))
        .isEqualTo("No promise to pay or payment plan was broken.");
    assertThat((String) tasks.getVariableLocal(decision.getId(), TaskBriefing.CONTACT_HISTORY))
        .contains("FINAL_NOTICE sent by");
    assertThat(tasks.getVariablesLocal(decision.getId())).doesNotContainKey("dunningHistory");
    assertThat(decision.getDescription()).contains(escalated.getBusinessKey()).contains("43 days overdue");
    // What is owed today, as GET /api/invoices/{n} shows it: the interest line and the balance
    // with it. § 288 (1) BGB, consumer: 1.27 + 5 = 6.27 % a year over the 35 days from 10 April
    // to 14 May 2026: 1000.00 x 6.27 % x 35 / 365 = 6.0123 = 6.01.
    assertThat((String) tasks.getVariableLocal(decision.getId(), TaskBriefing.OWED_TODAY))
        .isEqualTo(
            "- Principal: EUR 1000.00\n"
                + "- LATE_INTEREST (§§ 286, 288 (1) BGB: Basiszinssatz + 5 Prozentpunkte;"
                + " 2026-04-10 to 2026-05-14 at 6.27 % (1.27 + 5)): EUR 6.01\n"
                + "- **Balance: EUR 1006.01**");
  }

  @Test
  void biggerAndOlderDebtsComeFirst() {
    ProcessInstance small = invoices.atCallCustomer();
    scenario.today(InvoicesAtTasks.ISSUED);
    ProcessInstance big =
        scenario.register(CustomerType.CONSUMER, "50000.00", InvoicesAtTasks.ISSUED, InvoicesAtTasks.DUE);
    scenario.runUntil(InvoicesAtTasks.CALL_DAY, big);
    ProcessInstance old = invoices.atDecideEscalation();

    int smallCall = invoices.openTask(small, CollectionsProcess.TASK_CALL_CUSTOMER).getPriority();
    int bigCall = invoices.openTask(big, CollectionsProcess.TASK_CALL_CUSTOMER).getPriority();
    int oldDecision = invoices.openTask(old, CollectionsProcess.TASK_DECIDE_ESCALATION).getPriority();
    assertThat(bigCall).isGreaterThan(smallCall);
    assertThat(oldDecision).isGreaterThan(smallCall);
    assertThat(smallCall).isBetween(0, 100);
    assertThat(bigCall).isBetween(0, 100);
    // EUR 1,000.00: 4 digits (32) + 7 days overdue (3); 43 days overdue adds 21.
    assertThat(smallCall).isEqualTo(35);
    assertThat(oldDecision).isEqualTo(53);
  }
}
