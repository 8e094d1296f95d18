package org.fordra.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.customer.CustomerType;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.contact.ContactGate;
import org.fordra.dunning.CollectionsScenario;
import org.fordra.api.StaffGroups;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One invoice walked from registration through the call to its payment, then read back from the
 * engine's history as Cockpit and an auditor would: what the lean level keeps is there, what it
 * drops is not, and history cleanup still removes the case once its time to live has passed.
 */
@FordraTest
class LeanHistoryTest {

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final LocalDate DUE = LocalDate.of(2026, 4, 1);

  @Autowired ProcessEngine engine;
  @Autowired CollectionsScenario scenario;
  @Autowired JdbcTemplate db;

  HistoryService history;
  ProcessInstance invoice;

  @BeforeEach
  void walkACaseFromRegistrationToPayment() {
    history = engine.getHistoryService();
    scenario.today(ISSUED);
    invoice = scenario.register(CustomerType.CONSUMER, "1000.00", ISSUED, DUE);
    scenario.runUntil(LocalDate.of(2026, 4, 8), invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt(CollectionsProcess.TASK_CALL_CUSTOMER);
    String call = BpmnAwareTests.task(invoice).getId();
    engine.getIdentityService().setAuthentication("collector", List.of(StaffGroups.COLLECTORS));
    try {
      engine.getTaskService().complete(call, withVariables(
          CollectionsProcess.VAR_CALL_OUTCOME, "NO_CONTACT", CollectionsProcess.VAR_CALL_NOTES, "voicemail"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    scenario.runUntil(LocalDate.of(2026, 4, 10), invoice);
    scenario.pay(invoice, "1000.00");
    scenario.runDueJobs(invoice);
    BpmnAwareTests.assertThat(invoice).isEnded();
  }

  @Test
  void theEngineRunsOnTheLeanLevel() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel())
        .isSameAs(LeanHistory.INSTANCE);
    assertThat(db.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class))
        .isEqualTo(Integer.toString(LeanHistory.ID));
  }

  @Test
  void keepsTheCaseItsStepsItsTaskAndWhoDidIt() {
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(invoice.getId()).singleResult())
        .satisfies(p -> {
          assertThat(p.getBusinessKey()).isEqualTo(invoice.getBusinessKey());
          assertThat(p.getEndTime()).isNotNull();
        });
    assertThat(activities()).extracting(HistoricActivityInstance::getActivityId)
        .contains("PlanDunningSchedule", "PreDueReminderDue", "CallCustomer", "ApplyPayment", "CloseAsPaid",
            "SendPaidReceipt");
    assertThat(activities()).extracting(HistoricActivityInstance::getActivityType)
        .contains("startEvent", "intermediateTimer", "serviceTask", "userTask", "noneEndEvent");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(invoice.getId())
            .taskDefinitionKey(CollectionsProcess.TASK_CALL_CUSTOMER).singleResult().getEndTime())
        .isNotNull();
    assertThat(history.createHistoricIdentityLinkLogQuery().processDefinitionKey(CollectionsProcess.PROCESS_KEY)
            .groupId(StaffGroups.COLLECTORS).count())
        .isPositive();
    assertThat(history.createUserOperationLogQuery().userId("collector")
            .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list())
        .extracting(UserOperationLogEntry::getProcessInstanceId)
        .contains(invoice.getId());
    assertThat(history.createHistoricJobLogQuery().processInstanceId(invoice.getId()).successLog().count())
        .isPositive();
  }

  @Test
  void keepsThePersonsOutcomesAndNoTechnicalVariables() {
    assertThat(variables()).extracting(HistoricVariableInstance::getName)
        .containsExactlyInAnyOrder(
            CollectionsProcess.VAR_INVOICE_NUMBER, CollectionsProcess.VAR_CUSTOMER_TYPE,
            CollectionsProcess.VAR_CALL_OUTCOME, CollectionsProcess.VAR_CALL_NOTES);
    assertThat(history.createHistoricDetailQuery().processInstanceId(invoice.getId()).variableUpdates().list())
        .isNotEmpty()
        .allSatisfy(d -> assertThat(LeanHistory.BUSINESS_VARIABLES)
            .contains(((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName()));
  }

  @Test
  void dropsGatewaysJobCreationRowsAndTaskBriefings() {
    assertThat(activities()).extracting(HistoricActivityInstance::getActivityType)
        .noneMatch(type -> type.endsWith("Gateway"));
    // The contact gate ran before each notice and the call; the steps after it are kept.
    assertThat(activities()).extracting(HistoricActivityInstance::getActivityId)
        .doesNotContain(ContactGate.FIND)
        .contains("SendPreDueReminder", "CallCustomer");
    assertThat(history.createHistoricJobLogQuery().processInstanceId(invoice.getId()).creationLog().count())
        .isZero();
    // The call task's briefing (customerName, invoiceSummary, ...) was task-local text.
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(invoice.getId())
            .variableName("customerName").count())
        .isZero();
  }

  @Test
  void keepsWhatEachDecisionAnsweredWithoutItsInputs() {
    List<HistoricDecisionInstance> schedules = history.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(CollectionsProcess.SCHEDULE_DECISION_KEY)
        .includeInputs().includeOutputs().list();
    assertThat(schedules).isNotEmpty().allSatisfy(d -> {
      assertThat(d.getInputs()).isEmpty();
      assertThat(d.getOutputs()).isNotEmpty();
    });
  }

  @Test
  void historyCleanupRemovesTheCaseAfterItsTimeToLive() {
    Date ended = history.createHistoricProcessInstanceQuery().processInstanceId(invoice.getId())
        .singleResult().getEndTime();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(invoice.getId()).singleResult()
            .getRemovalTime())
        .isEqualTo(Date.from(ended.toInstant().plus(Duration.ofDays(3650))));

    ClockUtil.setCurrentTime(Date.from(ended.toInstant().plus(Duration.ofDays(3651))));
    // The test profile keeps the cleanup job out of the jobs other tests count: on for this one.
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    boolean enabled = configuration.isHistoryCleanupEnabled();
    configuration.setHistoryCleanupEnabled(true);
    Job cleanup = null;
    try {
      cleanup = history.cleanUpHistoryAsync(true);
      for (int run = 0; run < 20 && remainingRows() > 0; run++) {
        engine.getManagementService().executeJob(cleanup.getId());
      }
    } finally {
      if (cleanup != null) {
        engine.getManagementService().deleteJob(cleanup.getId());
      }
      configuration.setHistoryCleanupEnabled(enabled);
    }

    assertThat(remainingRows()).isZero();
  }

  private long remainingRows() {
    return history.createHistoricProcessInstanceQuery().processInstanceId(invoice.getId()).count()
        + history.createHistoricActivityInstanceQuery().processInstanceId(invoice.getId()).count()
        + history.createHistoricTaskInstanceQuery().processInstanceId(invoice.getId()).count()
        + history.createHistoricVariableInstanceQuery().processInstanceId(invoice.getId()).count()
        + history.createHistoricJobLogQuery().processInstanceId(invoice.getId()).count()
        + history.createUserOperationLogQuery().processInstanceId(invoice.getId()).count();
  }

  private List<HistoricActivityInstance> activities() {
    return history.createHistoricActivityInstanceQuery().processInstanceId(invoice.getId()).list();
  }

  private List<HistoricVariableInstance> variables() {
    return history.createHistoricVariableInstanceQuery().processInstanceId(invoice.getId()).list();
  }

}
