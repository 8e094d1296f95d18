package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.customer.CustomerType;
import org.fordra.notices.NoticeKind;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15: one job per dunning step. The step's timer job checks the contact days and hours,
 * books the charges, renders and stores the notice, and moves the ladder on; no asynchronous
 * continuation before or after the send. Before, every notice took three jobs (its timer, one
 * before and one after sending): 17 for this walk.
 */
@FordraTest
class OneJobPerStepTest {

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final LocalDate DUE = LocalDate.of(2026, 4, 1);

  @Autowired CollectionsScenario scenario;
  @Autowired HistoryService history;

  @Test
  void theLadderToTheManagersDecisionTakesOneJobPerStep() {
    scenario.today(ISSUED);
    ProcessInstance invoice = scenario.register(CustomerType.CONSUMER, "1000.00", ISSUED, DUE);

    scenario.runUntil(LocalDate.of(2026, 4, 8), invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt(CollectionsProcess.TASK_CALL_CUSTOMER);
    scenario.complete(task(invoice), withVariables("callOutcome", "NO_CONTACT"));
    scenario.runUntil(LocalDate.of(2026, 5, 14), invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt(CollectionsProcess.TASK_DECIDE_ESCALATION);
    assertThat(scenario.noticesSent(invoice))
        .containsExactly(
            NoticeKind.PRE_DUE_REMINDER,
            NoticeKind.DUE_NOTICE,
            NoticeKind.REMINDER_1,
            NoticeKind.REMINDER_2,
            NoticeKind.FINAL_NOTICE);

    // Five notices, the call and the decision: seven timers. Reminder 1's date (Holy Saturday)
    // is moved to Tuesday by the schedule itself, so no contact-hours wait adds a job.
    assertThat(
            history
                .createHistoricJobLogQuery()
                .processInstanceId(invoice.getId())
                .successLog()
                .count())
        .isEqualTo(7);
  }
}
