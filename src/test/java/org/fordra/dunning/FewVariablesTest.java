package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.customer.CustomerType;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

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
  @Autowired JdbcTemplate db;

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

  /**
   * A case Fordra planned before the schedule had its table holds its dates, order and terms as
   * variables: it goes on reading and moving those, and its timers read them.
   */
  @Test
  void aCasePlannedBeforeTheTableGoesOnWithItsVariables() {
    scenario.today(ISSUED);
    ProcessInstance invoice = scenario.register(CustomerType.CONSUMER, "1000.00", ISSUED, DUE);
    String number = invoice.getBusinessKey();
    Map<String, Object> variables = new HashMap<>();
    for (DunningStep step : DunningStep.values()) {
      variables.put(step.dateVariable(), schedule.date(number, step.dateVariable()).orElseThrow());
    }
    variables.put(CollectionsProcess.VAR_STEP_ORDER,
        schedule.order(number).stream().map(Enum::name).collect(Collectors.joining(",")));
    for (String term : List.of(ScheduleSettings.FINAL_NOTICE_DEADLINE_DAYS,
        ScheduleSettings.PROMISE_GRACE_DAYS, ScheduleSettings.MISSED_INSTALLMENT_GRACE_DAYS,
        ScheduleSettings.SETTLEMENT_DEADLINE_DAYS, ScheduleSettings.AGENCY_REVIEW_DAYS)) {
      variables.put(term, schedule.days(number, term).orElseThrow());
    }
    engine.getRuntimeService().setVariables(invoice.getId(), variables);
    db.update("delete from dunning_schedule where invoice_number = ?", number);

    scenario.runUntil(LocalDate.of(2026, 4, 8), invoice);
    scenario.complete(BpmnAwareTests.task(invoice), withVariables("callOutcome", "NO_CONTACT"));
    scenario.runUntil(LocalDate.of(2026, 4, 29), invoice);
    scenario.runUntil(LocalDate.of(2026, 5, 14), invoice);

    BpmnAwareTests.assertThat(invoice).isWaitingAt(CollectionsProcess.TASK_DECIDE_ESCALATION);
    // The final notice moved the managers' decision to the day after its deadline, 13 May.
    assertThat(((Date) engine.getRuntimeService().getVariable(invoice.getId(), "decisionAt")))
        .isEqualTo(Date.from(LocalDate.of(2026, 5, 14).atTime(9, 0).atZone(CollectionsScenario.BERLIN).toInstant()));
    assertThat(schedule.exists(number)).isFalse();
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
