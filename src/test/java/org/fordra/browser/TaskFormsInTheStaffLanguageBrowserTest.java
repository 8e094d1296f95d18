package org.fordra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.InvoicesAtTasks;
import org.fordra.security.StaffAccounts;
import org.fordra.api.StaffGroups;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A collector whose browser speaks German reads Tasklist and the call form in German; after
 * choosing Swedish on Fordra's pages the same form speaks Swedish (Tasklist itself stays English:
 * Camunda ships no Swedish). Screenshots: {@code target/screenshots/task-form-<language>.png}.
 */
@Tag("browser")
@FordraTest
class TaskFormsInTheStaffLanguageBrowserTest {

  static final String COLLECTOR = "browsercollectorde";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired InvoicesAtTasks invoices;

  @Test
  void theCallFormSpeaksTheCollectorsLanguage() throws Exception {
    StaffAccounts.ensureAdministrator(identity);
    StaffAccounts.ensure(identity, COLLECTOR, StaffGroups.COLLECTORS);
    ProcessInstance invoice = invoices.atCallCustomer();
    Task call = invoices.openTask(invoice, CollectionsProcess.TASK_CALL_CUSTOMER);

    try (Tasklist tasklist = new Tasklist(port, "de-DE")) {
      try {
        tasklist.logIn(COLLECTOR, StaffAccounts.PASSWORD);
        tasklist.openTask(call.getId());
        tasklist.claim();
        String german = tasklist.formText();
        tasklist.screenshot("task-form-de");
        // Tasklist's own words are Camunda's German, the form's are Fordra's.
        assertThat(tasklist.completeButton().getText()).isEqualTo("Abschließen");
        assertThat(german)
            .contains("Kunde", "Muster GmbH", "Heute geschuldet", "Ergebnis des Anrufs",
                "Zahlung bis zu einem Datum zugesagt", "Ratenplan vereinbart", "Notizen")
            .doesNotContain("Outcome of the call", "Owed today", "Could not reach them");

        tasklist.chooseFordraLanguage("sv");
        tasklist.openTask(call.getId());
        tasklist.waitFor("the form in Swedish",
            () -> tasklist.formText().contains("Samtalets utfall"));
        String swedish = tasklist.formText();
        assertThat(swedish)
            .contains("Att betala i dag", "Lovade att betala senast ett datum",
                "Kom överens om en avbetalningsplan", "Fick inte tag på kunden", "Anteckningar")
            .doesNotContain("Ergebnis des Anrufs", "Outcome of the call");
        // Only the words changed: the options still carry the contract's values.
        assertThat(tasklist.isShown("PromisedDateField")).isFalse();
        tasklist.choose("Lovade att betala senast ett datum");
        tasklist.waitUntilShown("PromisedDateField", true);
        assertThat(tasklist.formText()).contains("Betalar senast (datum)");
        tasklist.screenshot("task-form-sv");
      } catch (AssertionError | RuntimeException e) {
        tasklist.screenshot("task-form-failed");
        throw e;
      }
    }
  }
}
