package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
  static final String TASK_LOCAL = " (task)";

  @Autowired ProcessEngine engine;
  @Autowired CollectionsScenario scenario;
  @Autowired CaseSchedule schedule;

  @Test
  void aRegisteredCaseHoldsOnlyItsBusinessVariables() {
    scenario.today(ISSUED);
    ProcessInstance invoice = scenario.register(CustomerType.CONSUMER, "1000.00", ISSUED, DUE);

    // Before issue 15: 16 (every step's date, the order, five terms in days).
    assertThat(runtimeNames(invoice))
        .containsExactly(
            CollectionsProcess.VAR_CUSTOMER_TYPE,
            CollectionsProcess.VAR_INVOICE_NUMBER,
            CollectionsProcess.VAR_NEXT_STEP);
    assertThat(schedule.date(invoice.getBusinessKey(), DunningStep.REMINDER_1.dateVariable()))
        .isPresent();
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

    // Before issue 15: 19 of the case and 9 of the task's briefing. The briefing is task-local
    // text for the managers' form, dropped with the task and kept out of history.
    List<String> caseVariables =
        runtimeNames(invoice).stream().filter(name -> !name.endsWith(TASK_LOCAL)).toList();
    assertThat(caseVariables)
        .containsExactly(
            CollectionsProcess.VAR_CALL_OUTCOME,
            CollectionsProcess.VAR_CUSTOMER_TYPE,
            CollectionsProcess.VAR_INVOICE_NUMBER,
            CollectionsProcess.VAR_NEXT_STEP);
    assertThat(runtimeNames(invoice)).hasSizeLessThanOrEqualTo(caseVariables.size() + 9);
    assertThat(historicNames(invoice))
        .containsExactlyInAnyOrder(
            CollectionsProcess.VAR_CALL_OUTCOME,
            CollectionsProcess.VAR_CUSTOMER_TYPE,
            CollectionsProcess.VAR_INVOICE_NUMBER);
  }

  private List<String> runtimeNames(ProcessInstance invoice) {
    return engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(invoice.getId()).list().stream()
        .map(v -> v.getName() + (v.getTaskId() != null ? TASK_LOCAL : ""))
        .sorted().toList();
  }

  private List<String> historicNames(ProcessInstance invoice) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(invoice.getId()).list().stream()
        .map(HistoricVariableInstance::getName).sorted().toList();
  }
}
