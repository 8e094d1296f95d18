package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.DunningStage;
import org.fordra.notices.NoticeKind;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * README, "Add a step": a manager adds a second call after reminder 2 in Modeler alone. The
 * diagram (src/test/resources/add-a-step/collections.bpmn) is the shipped one with "Call the
 * customer" and its date timer copied, renamed and connected after reminder 2; the decision table
 * has a new column "Second call (day)" ({@code secondCallDays}, 21), which the timer reads as
 * {@code ${secondCallAt}}. Deployed as Modeler deploys it, with the forms, and walked with the
 * engine clock.
 */
@FordraTest
class AddAStepInModelerTest {

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final LocalDate DUE = LocalDate.of(2026, 4, 1);

  @Autowired RepositoryService repository;
  @Autowired CollectionsScenario scenario;

  String deploymentId;

  @BeforeEach
  void deployTheChangedDiagramAndTable() {
    DeploymentBuilder deployment =
        repository
            .createDeployment()
            .name("second call after reminder 2 " + UUID.randomUUID())
            .addInputStream("processes/collections.bpmn", resource("add-a-step/collections.bpmn"))
            .addInputStream(
                "processes/dunning-schedule.dmn", resource("add-a-step/dunning-schedule.dmn"));
    for (String form :
        List.of("call-customer", "review-dispute", "decide-escalation", "review-pre-action-reply")) {
      deployment.addInputStream("forms/" + form + ".form", file("forms/" + form + ".form"));
    }
    deploymentId = deployment.deploy().getId();
  }

  @AfterEach
  void removeTheChangedVersion() {
    repository.deleteDeployment(deploymentId, true);
  }

  @Test
  void theSecondCallComesOnItsDayAfterReminder2AndTheLadderGoesOn() {
    scenario.today(ISSUED);
    ProcessInstance invoice = scenario.register(CustomerType.CONSUMER, "1000.00", ISSUED, DUE);

    scenario.runUntil(LocalDate.of(2026, 4, 8), invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt(CollectionsProcess.TASK_CALL_CUSTOMER);
    scenario.complete(task(invoice), withVariables("callOutcome", "NO_CONTACT"));

    // Reminder 2 on 15 April, then the new step waits for its day: due date + 21 = 22 April.
    scenario.runUntil(LocalDate.of(2026, 4, 21), invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt("SecondCallDue");
    assertThat(scenario.invoice(invoice).getStage()).isEqualTo(DunningStage.REMINDER_2);
    scenario.runUntil(LocalDate.of(2026, 4, 22), invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt("SecondCall");
    BpmnAwareTests.assertThat(task(invoice)).hasCandidateGroup("collectors");

    // Its outcome takes the call's own paths; no contact: on to the final notice, not back.
    scenario.complete(task(invoice), withVariables("callOutcome", "NO_CONTACT"));
    BpmnAwareTests.assertThat(invoice).isWaitingAt("FinalNoticeDue");
    scenario.runUntil(LocalDate.of(2026, 4, 29), invoice);
    BpmnAwareTests.assertThat(invoice)
        .hasPassed("SendReminder2", "SecondCallDue", "SecondCall", "SendFinalNotice")
        .isWaitingAt("FinalNoticeDeadlinePassed");
    assertThat(scenario.noticesSent(invoice))
        .containsExactly(
            NoticeKind.PRE_DUE_REMINDER,
            NoticeKind.DUE_NOTICE,
            NoticeKind.REMINDER_1,
            NoticeKind.REMINDER_2,
            NoticeKind.FINAL_NOTICE);
  }

  private static InputStream resource(String name) {
    InputStream in = AddAStepInModelerTest.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the test class path");
    }
    return in;
  }

  private static InputStream file(String path) {
    try {
      return java.nio.file.Files.newInputStream(java.nio.file.Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
