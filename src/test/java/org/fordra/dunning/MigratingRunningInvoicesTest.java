package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fordra.audit.AuditEntry;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.CustomerType;
import org.fordra.processes.ProcessMigration;
import org.fordra.processes.ProcessMigration.Instance;
import org.fordra.processes.ProcessMigration.Report;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager deploys a changed collections diagram: the pre-due reminder now waits for the due
 * date, and the call step got a new id ("CallDate"). New invoices follow the new version at
 * once; running ones stay on theirs until the manager migrates them, and the report says which
 * moved and which could not, and why.
 */
@FordraTest
class MigratingRunningInvoicesTest {

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final LocalDate DUE = LocalDate.of(2026, 4, 1);

  @Autowired CollectionsScenario scenario;
  @Autowired CaseSchedule schedule;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ProcessMigration migration;
  @Autowired AuditTrail audit;

  ProcessDefinition before;
  ProcessInstance waitingForPreDueReminder;
  ProcessInstance waitingForCall;
  String deploymentId;

  @BeforeEach
  void twoRunningInvoicesThenANewVersion() {
    scenario.today(ISSUED);
    waitingForPreDueReminder = scenario.register(CustomerType.CONSUMER, "1000.00", ISSUED, DUE);
    waitingForCall = scenario.register(CustomerType.CONSUMER, "1000.00", ISSUED, DUE);
    scenario.runUntil(LocalDate.of(2026, 4, 7), waitingForCall);
    assertThat(activities(waitingForCall)).containsExactly("CallDue");
    scenario.today(ISSUED);
    before = definitionOf(waitingForPreDueReminder);

    // As a manager deploys from Modeler: the diagram with the forms its tasks show.
    var deployment =
        repository
            .createDeployment()
            .name("migration-test-" + UUID.randomUUID())
            .addString("processes/collections.bpmn", changedDiagram());
    for (String form :
        List.of("call-customer", "review-dispute", "decide-escalation", "review-pre-action-reply")) {
      deployment.addString(
          "forms/" + form + ".form", readForm(form));
    }
    deploymentId = deployment.deploy().getId();
  }

  private static String readForm(String name) {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("forms", name + ".form"));
    } catch (java.io.IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }

  @AfterEach
  void removeTheNewVersion() {
    repository.deleteDeployment(deploymentId, true);
  }

  @Test
  void newInvoicesFollowTheNewVersionAtOnceAndRunningOnesStay() {
    ProcessInstance fresh = scenario.register(CustomerType.CONSUMER, "500.00", ISSUED, DUE);

    ProcessDefinition latest = definitionOf(fresh);
    assertThat(latest.getVersion()).isEqualTo(before.getVersion() + 1);
    assertThat(definitionOf(waitingForPreDueReminder).getId()).isEqualTo(before.getId());
    assertThat(definitionOf(waitingForCall).getId()).isEqualTo(before.getId());
    // The trail says which version ran the new invoice.
    assertThat(audit.of(fresh.getBusinessKey()))
        .filteredOn(e -> e.getAction().equals("SCHEDULE_PLANNED"))
        .singleElement()
        .extracting(AuditEntry::getDetail)
        .asString()
        .startsWith("Dunning schedule (collections version " + latest.getVersion() + "): ");
  }

  @Test
  void aDryRunReportsWhatWouldMoveAndChangesNothing() {
    Date reminderBefore = timerDue(waitingForPreDueReminder);

    Report report = migration.migrate(request(true, null));

    assertThat(report.dryRun()).isTrue();
    assertThat(report.toVersion()).isEqualTo(before.getVersion() + 1);
    assertThat(report.examined()).isEqualTo(2);
    assertThat(report.migrated()).isEqualTo(1);
    assertThat(report.moved())
        .extracting(Instance::invoiceNumber)
        .containsExactly(waitingForPreDueReminder.getBusinessKey());
    assertThat(report.couldNotMove()).singleElement().satisfies(this::stuckAtTheRenamedCall);

    assertThat(definitionOf(waitingForPreDueReminder).getId()).isEqualTo(before.getId());
    assertThat(definitionOf(waitingForCall).getId()).isEqualTo(before.getId());
    assertThat(timerDue(waitingForPreDueReminder)).isEqualTo(reminderBefore);
    assertThat(audit.of(waitingForPreDueReminder.getBusinessKey()))
        .extracting(AuditEntry::getAction)
        .doesNotContain("PROCESS_MIGRATED");
  }

  @Test
  void migratingMovesWhatCanMoveAndReportsTheRest() {
    Report report = migration.migrate(request(false, null));

    assertThat(report.dryRun()).isFalse();
    assertThat(report.migrated()).isEqualTo(1);
    assertThat(report.couldNotMove()).singleElement().satisfies(this::stuckAtTheRenamedCall);

    ProcessDefinition latest = definitionOf(waitingForPreDueReminder);
    assertThat(latest.getVersion()).isEqualTo(before.getVersion() + 1);
    assertThat(definitionOf(waitingForCall).getId()).isEqualTo(before.getId());
    // The changed timer applies at once: the pre-due reminder now waits for the due date, read
    // from the case's schedule when the timer is created anew.
    assertThat(timerDue(waitingForPreDueReminder))
        .isEqualTo(schedule.date(waitingForPreDueReminder.getBusinessKey(), "dueNoticeAt").orElseThrow());
    assertThat(audit.of(waitingForPreDueReminder.getBusinessKey()))
        .filteredOn(e -> e.getAction().equals("PROCESS_MIGRATED"))
        .singleElement()
        .extracting(AuditEntry::getDetail)
        .isEqualTo(
            "Moved from collections version "
                + before.getVersion()
                + " to version "
                + latest.getVersion());

    // The manager maps the renamed step and runs again: now the call moves too.
    Report second = migration.migrate(request(false, Map.of("CallDue", "CallDate")));

    assertThat(second.migrated()).isEqualTo(1);
    assertThat(second.couldNotMove()).isEmpty();
    assertThat(activities(waitingForCall)).containsExactly("CallDate");
    assertThat(definitionOf(waitingForCall).getVersion()).isEqualTo(latest.getVersion());
    // And it goes on along the new version.
    scenario.runUntil(LocalDate.of(2026, 4, 8), waitingForCall);
    assertThat(activities(waitingForCall)).containsExactly("CallCustomer");
  }

  @Test
  void onlyOlderVersionsCanBeMigrated() {
    var tooNew =
        new ProcessMigration.Request(
            "collections", before.getVersion() + 1, true, List.of(), null);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> migration.migrate(tooNew))
        .isInstanceOf(ProcessMigration.Refused.class)
        .hasMessageContaining("is not older than the latest version");
  }

  private void stuckAtTheRenamedCall(Instance instance) {
    assertThat(instance.invoiceNumber()).isEqualTo(waitingForCall.getBusinessKey());
    assertThat(instance.fromVersion()).isEqualTo(before.getVersion());
    assertThat(instance.reasons()).anySatisfy(r -> assertThat(r).startsWith("at 'CallDue': "));
  }

  private ProcessMigration.Request request(boolean dryRun, Map<String, String> mappings) {
    return new ProcessMigration.Request(
        "collections",
        null,
        dryRun,
        List.of(waitingForPreDueReminder.getBusinessKey(), waitingForCall.getBusinessKey()),
        mappings);
  }

  private ProcessDefinition definitionOf(ProcessInstance instance) {
    String id =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(instance.getId())
            .singleResult()
            .getProcessDefinitionId();
    return repository.getProcessDefinition(id);
  }

  private List<String> activities(ProcessInstance instance) {
    return runtime.getActiveActivityIds(instance.getId());
  }

  private Date timerDue(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult()
        .getDuedate();
  }

  /** The shipped diagram with two edits a manager might make in Camunda Modeler. */
  static String changedDiagram() {
    try (InputStream in =
        MigratingRunningInvoicesTest.class
            .getClassLoader()
            .getResourceAsStream("processes/collections.bpmn")) {
      String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String changed =
          shipped
              .replace(
                  "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${preDueReminderAt}</bpmn:timeDate>",
                  "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${dueNoticeAt}</bpmn:timeDate>")
              .replace("\"CallDue\"", "\"CallDate\"");
      assertThat(changed).doesNotContain("${preDueReminderAt}").doesNotContain("\"CallDue\"");
      return changed;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
