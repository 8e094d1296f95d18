package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.customer.CustomerType;
import org.fordra.notices.NoticeKind;
import org.fordra.processes.ProcessMigration;
import org.fordra.processes.ProcessMigration.Report;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Invoices running on the diagram before the ladder became one line (the "Next step?" gateway
 * fanning out to seven branches, src/test/resources/migration/collections-fan-out.bpmn) move to
 * the line without a mapping: every wait state kept its id, and the gateways that changed are no
 * wait states. After the move they go on along the line.
 */
@FordraTest
class MigratingToTheLineTest {

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final LocalDate DUE = LocalDate.of(2026, 4, 1);

  @Autowired CollectionsScenario scenario;
  @Autowired RepositoryService repository;
  @Autowired ProcessMigration migration;

  final List<String> deployments = new ArrayList<>();

  @AfterEach
  void removeBothVersions() {
    deployments.forEach(id -> repository.deleteDeployment(id, true));
  }

  @Test
  void invoicesWaitingOnTheFanOutMoveToTheLineAndGoOn() {
    deploy(resource("migration/collections-fan-out.bpmn"));
    scenario.today(ISSUED);
    ProcessInstance waitingForPreDueReminder =
        scenario.register(CustomerType.CONSUMER, "1000.00", ISSUED, DUE);
    ProcessInstance waitingForCall = scenario.register(CustomerType.CONSUMER, "1000.00", ISSUED, DUE);
    scenario.runUntil(LocalDate.of(2026, 4, 7), waitingForCall);
    BpmnAwareTests.assertThat(waitingForCall).isWaitingAt("CallDue");
    scenario.today(ISSUED);
    BpmnAwareTests.assertThat(waitingForPreDueReminder).isWaitingAt("PreDueReminderDue");

    deploy(shipped());
    Report report =
        migration.migrate(
            new ProcessMigration.Request(
                "collections",
                null,
                false,
                List.of(waitingForPreDueReminder.getBusinessKey(), waitingForCall.getBusinessKey()),
                null));

    assertThat(report.migrated()).isEqualTo(2);
    assertThat(report.couldNotMove()).isEmpty();

    scenario.runUntil(LocalDate.of(2026, 4, 8), waitingForCall);
    BpmnAwareTests.assertThat(waitingForCall).isWaitingAt("CallCustomer");
    scenario.complete(task(waitingForCall), withVariables("callOutcome", "NO_CONTACT"));
    // On along the line (lean history keeps no gateways): the next step's timer.
    BpmnAwareTests.assertThat(waitingForCall).isWaitingAt("Reminder2Due");

    scenario.runUntil(LocalDate.of(2026, 4, 2), waitingForPreDueReminder);
    BpmnAwareTests.assertThat(waitingForPreDueReminder)
        .hasPassed("SendPreDueReminder", "SendDueNotice")
        .isWaitingAt("Reminder1Due");
    assertThat(scenario.noticesSent(waitingForPreDueReminder))
        .containsExactly(NoticeKind.PRE_DUE_REMINDER, NoticeKind.DUE_NOTICE);
  }

  private void deploy(InputStream diagram) {
    DeploymentBuilder deployment =
        repository
            .createDeployment()
            .name("migration-to-the-line-" + UUID.randomUUID())
            .addInputStream("processes/collections.bpmn", diagram);
    for (String form :
        List.of("call-customer", "review-dispute", "decide-escalation", "review-pre-action-reply")) {
      deployment.addInputStream("forms/" + form + ".form", file("forms/" + form + ".form"));
    }
    deployments.add(deployment.deploy().getId());
  }

  private static InputStream shipped() {
    return file("processes/collections.bpmn");
  }

  private static InputStream resource(String name) {
    InputStream in = MigratingToTheLineTest.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the test class path");
    }
    return in;
  }

  private static InputStream file(String path) {
    try {
      return Files.newInputStream(Path.of(path));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
