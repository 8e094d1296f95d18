package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.customer.CustomerType;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case holds a few business variables, not its schedule: the dates live in Fordra's own table.
 * The bounds fail when someone adds per-step variables again; raise them only for a variable a
 * person or an auditor needs (docs/changing-the-process.md says which a case has and why).
 */
@FordraTest
class FewVariablesTest {

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final LocalDate DUE = LocalDate.of(2026, 4, 1);

  @Autowired ProcessEngine engine;
  @Autowired CollectionsScenario scenario;

  @Test
  void aRegisteredCaseHoldsOnlyItsBusinessVariables() {
    scenario.today(ISSUED);
    ProcessInstance invoice = scenario.register(CustomerType.CONSUMER, "1000.00", ISSUED, DUE);

    System.out.println("after registration: " + runtimeNames(invoice) + " history " + historicNames(invoice));
    assertThat(runtimeNames(invoice)).hasSizeLessThanOrEqualTo(99);
  }

  @Test
  void aCaseWalkedToTheManagersDecisionHoldsNoScheduleOrGateVariables() {
    scenario.today(ISSUED);
    ProcessInstance invoice = scenario.register(CustomerType.CONSUMER, "1000.00", ISSUED, DUE);
    scenario.runUntil(LocalDate.of(2026, 4, 8), invoice);
    scenario.complete(BpmnAwareTests.task(invoice), withVariables("callOutcome", "NO_CONTACT"));
    scenario.runUntil(LocalDate.of(2026, 4, 29), invoice);
    scenario.runUntil(LocalDate.of(2026, 5, 14), invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt(CollectionsProcess.TASK_DECIDE_ESCALATION);

    System.out.println("at decision: " + runtimeNames(invoice) + " history " + historicNames(invoice));
    assertThat(runtimeNames(invoice)).hasSizeLessThanOrEqualTo(99);
  }

  private List<String> runtimeNames(ProcessInstance invoice) {
    return engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(invoice.getId()).list().stream()
        .map(v -> v.getName() + (v.getTaskId() != null ? "(task)" : ""))
        .sorted().toList();
  }

  private List<String> historicNames(ProcessInstance invoice) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(invoice.getId()).list().stream()
        .map(HistoricVariableInstance::getName).sorted().toList();
  }
}
