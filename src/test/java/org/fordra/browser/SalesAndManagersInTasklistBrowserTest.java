package org.fordra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fordra.audit.AuditTrail;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.CollectionsScenario;
import org.fordra.dunning.InvoicesAtTasks;
import org.fordra.security.StaffAccounts;
import org.fordra.api.StaffGroups;
import org.fordra.security.TasklistFilters;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sales judges a dispute and a manager decides an escalation, in the real Tasklist. */
@Tag("browser")
@FordraTest
class SalesAndManagersInTasklistBrowserTest {

  static final String SALES = "browsersales";
  static final String MANAGER = "browsermanager";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired AuditTrail audit;
  @Autowired CollectionsScenario scenario;
  @Autowired InvoicesAtTasks invoices;

  @BeforeEach
  void accounts() {
    StaffAccounts.ensureAdministrator(identity);
    StaffAccounts.ensure(identity, SALES, StaffGroups.SALES);
    StaffAccounts.ensure(identity, MANAGER, StaffGroups.MANAGERS);
  }

  @Test
  void salesPartlyUpholdsADisputeAndTheRestIsDunned() throws Exception {
    ProcessInstance invoice = invoices.atReviewDispute();
    Task review = invoices.openTask(invoice, CollectionsProcess.TASK_REVIEW_DISPUTE);

    try (Tasklist tasklist = new Tasklist(port)) {
      try {
        tasklist.logIn(SALES, StaffAccounts.PASSWORD);
        assertThat(tasklist.filters())
            .hasSize(2)
            .anyMatch(f -> f.startsWith(TasklistFilters.DISPUTES))
            .anyMatch(f -> f.startsWith(TasklistFilters.MY_GROUPS_TASKS));
        tasklist.openTask(review.getId());
        tasklist.claim();
        assertThat(tasklist.formText())
            .contains("Muster GmbH")
            .contains("Says the second pallet never arrived")
            .contains("Balance: EUR 1000.00");
        tasklist.screenshot("sales-1-dispute-form");

        assertThat(tasklist.isShown("CreditAmountField")).isFalse();
        tasklist.choose("Partly upheld");
        tasklist.waitUntilShown("CreditAmountField", true);
        tasklist.type("CreditAmountField", "150.00");
        // Notes are required: without them the form refuses to complete and says why.
        tasklist.complete();
        tasklist.waitFor("the form to ask for the notes",
            () -> tasklist.formText().contains("Field is required."));
        assertThat(invoices.isWaitingAt(invoice, CollectionsProcess.TASK_REVIEW_DISPUTE)).isTrue();
        tasklist.type("ResolutionNotesField", "Second pallet lost in transit; credit its value");
        tasklist.screenshot("sales-2-filled");
        tasklist.complete();

        tasklist.waitFor("the dispute review to be completed",
            () -> !invoices.isWaitingAt(invoice, CollectionsProcess.TASK_REVIEW_DISPUTE));
        tasklist.screenshot("sales-3-completed");
      } catch (AssertionError | RuntimeException e) {
        tasklist.screenshot("sales-failed");
        throw e;
      }
    }

    assertThat(scenario.balance(invoice)).isEqualTo("850.00");
    assertThat(audit.of(invoice.getBusinessKey()))
        .filteredOn(e -> e.getAction().equals("DISPUTE_RESOLVED"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.getActor()).isEqualTo(SALES);
          assertThat(e.getDetail()).startsWith("PARTIAL crediting 150.00");
        });
  }

  @Test
  void managerGivesAnEscalatedCustomerMoreTime() throws Exception {
    ProcessInstance invoice = invoices.atDecideEscalation();
    Task decision = invoices.openTask(invoice, CollectionsProcess.TASK_DECIDE_ESCALATION);

    try (Tasklist tasklist = new Tasklist(port)) {
      try {
        tasklist.logIn(MANAGER, StaffAccounts.PASSWORD);
        assertThat(tasklist.filters())
            .hasSize(2)
            .anyMatch(f -> f.startsWith(TasklistFilters.ESCALATIONS))
            .anyMatch(f -> f.startsWith(TasklistFilters.MY_GROUPS_TASKS));
        tasklist.openTask(decision.getId());
        tasklist.claim();
        // A short summary above the decision, not the whole audit trail: what was broken and
        // the last contacts (the final notice among them).
        assertThat(tasklist.formText())
            .contains("Promises and plans broken")
            .contains("No promise to pay or payment plan was broken.")
            .contains("Last contacts")
            .contains("FINAL_NOTICE sent by")
            .doesNotContain("Dunning history", "SCHEDULE_PLANNED")
            // 35 days of § 288 (1) BGB interest at 6.27 % on EUR 1,000.00 (TaskBriefingTest).
            .contains("LATE_INTEREST (§§ 286, 288 (1) BGB")
            .contains("Balance: EUR 1006.01");
        tasklist.screenshot("manager-1-decision-form");

        tasklist.choose("Give more time");
        tasklist.waitUntilShown("ExtendDaysField", true);
        assertThat(tasklist.isShown("SettlementAmountField")).isFalse();
        tasklist.type("ExtendDaysField", "30");
        tasklist.type("DecisionNotesField", "New owner asked for a month to sort out the books");
        tasklist.screenshot("manager-2-filled");
        tasklist.complete();

        tasklist.waitFor("the decision to be completed",
            () -> !invoices.isWaitingAt(invoice, CollectionsProcess.TASK_DECIDE_ESCALATION));
        tasklist.screenshot("manager-3-completed");
      } catch (AssertionError | RuntimeException e) {
        tasklist.screenshot("manager-failed");
        throw e;
      }
    }

    assertThat(history.createHistoricTaskInstanceQuery().taskId(decision.getId()).singleResult()
            .getAssignee())
        .isEqualTo(MANAGER);
    assertThat(audit.of(invoice.getBusinessKey()))
        .filteredOn(e -> e.getAction().equals("DECISION"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.getActor()).isEqualTo(MANAGER);
          assertThat(e.getDetail())
              .isEqualTo("EXTEND by 30 days. Notes: New owner asked for a month to sort out the books");
        });
  }
}
