package org.fordra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fordra.audit.AuditEntry;
import org.fordra.audit.AuditTrail;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.CollectionsScenario;
import org.fordra.dunning.InvoicesAtTasks;
import org.fordra.security.StaffAccounts;
import org.fordra.api.StaffGroups;
import org.fordra.security.TasklistFilters;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A collector's day in the real Tasklist: find the call, claim it, record what was agreed. */
@Tag("browser")
@FordraTest
class CollectorCallsInTasklistBrowserTest {

  static final String COLLECTOR = "browsercollector";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired AuditTrail audit;
  @Autowired InvoicesAtTasks invoices;

  @Test
  void collectorClaimsTheCallFillsTheFormAndAgreesAPaymentPlan() throws Exception {
    StaffAccounts.ensureAdministrator(identity);
    StaffAccounts.ensure(identity, COLLECTOR, StaffGroups.COLLECTORS);
    ProcessInstance invoice = invoices.atCallCustomer();
    Task call = invoices.openTask(invoice, CollectionsProcess.TASK_CALL_CUSTOMER);

    try (Tasklist tasklist = new Tasklist(port)) {
      try {
        tasklist.logIn(COLLECTOR, StaffAccounts.PASSWORD);
        assertThat(tasklist.filters())
            .hasSize(3)
            .anyMatch(f -> f.startsWith(TasklistFilters.PAYMENTS_TO_MATCH))
            .anyMatch(f -> f.startsWith(TasklistFilters.MY_CALLS_TODAY))
            .anyMatch(f -> f.startsWith(TasklistFilters.MY_GROUPS_TASKS));
        tasklist.screenshot("collector-1-filters");
        // The community edition's banner is in the page, hidden by Fordra's user-styles.css.
        assertThat(tasklist.camunda8Banners()).isPositive();
        assertThat(tasklist.showsCamunda8Banner()).isFalse();

        tasklist.openTask(call.getId());
        tasklist.claim();
        String form = tasklist.formText();
        tasklist.screenshot("collector-2-call-form");
        assertThat(form)
            .contains("Muster GmbH")
            .contains("+49 30 1234567")
            .contains("Europe/Berlin")
            .contains(invoice.getBusinessKey())
            .contains("Balance: EUR 1000.00")
            .contains("DUE_NOTICE sent");
        // The form links to the invoice's own page with its notices and audit trail.
        assertThat(tasklist.formLinks())
            .anySatisfy(href -> assertThat(href).endsWith("/invoices/" + invoice.getBusinessKey()));

        // The promised date is asked for a promise only, the installments for a plan only.
        assertThat(tasklist.isShown("PromisedDateField")).isFalse();
        tasklist.choose("Promised to pay by a date");
        tasklist.waitUntilShown("PromisedDateField", true);
        tasklist.choose("Agreed a payment plan");
        tasklist.waitUntilShown("PromisedDateField", false);
        tasklist.waitUntilShown("PlanInstallmentsField", true);

        // 30 monthly installments is more than Fordra offers: the form will not complete.
        tasklist.type("PlanInstallmentsField", "30");
        tasklist.waitUntilCompletable(false);
        assertThat(tasklist.formText()).contains("maximum value of 24");
        tasklist.screenshot("collector-3-too-many-installments");

        tasklist.type("PlanInstallmentsField", "6");
        tasklist.type("CallNotesField", "Agreed six monthly payments on the phone");
        tasklist.screenshot("collector-4-filled");
        tasklist.complete();

        tasklist.waitFor("the call task to be completed",
            () -> !invoices.isWaitingAt(invoice, CollectionsProcess.TASK_CALL_CUSTOMER));
        tasklist.screenshot("collector-5-completed");
      } catch (AssertionError | RuntimeException e) {
        tasklist.screenshot("collector-failed");
        throw e;
      }
    }

    assertThat(history.createHistoricTaskInstanceQuery().taskId(call.getId()).singleResult().getAssignee())
        .isEqualTo(COLLECTOR);
    assertThat(audit.of(invoice.getBusinessKey()))
        .filteredOn(e -> e.getAction().equals("CALL_OUTCOME"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.getActor()).isEqualTo(COLLECTOR);
          assertThat(e.getDetail()).isEqualTo(
              "PAYMENT_PLAN in 6 monthly installments. Notes: Agreed six monthly payments on the phone");
        });
    assertThat(history.createHistoricActivityInstanceQuery()
            .processInstanceId(invoice.getId()).activityId("CallCustomer").finished().count())
        .isEqualTo(1);
  }
}
