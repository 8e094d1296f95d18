package org.fordra.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotAllowedException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.InvoicesAtTasks;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine settings of docs/cluster.md, as the running engine has them. */
@FordraTest
class EngineSettingsTest {

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired InvoicesAtTasks atTasks;

  ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  @Test
  void cmmnIsOff() {
    assertThat(configuration().isCmmnEnabled()).isFalse();
    assertThat(engine.getRepositoryService().createCaseDefinitionQuery().count()).isZero();
  }

  @Test
  void aTaskMadeByHandIsRefused() {
    assertThat(configuration().isStandaloneTasksEnabled()).isFalse();
    assertThatThrownBy(() -> tasks.saveTask(tasks.newTask()))
        .isInstanceOf(NotAllowedException.class)
        .hasMessageContaining("standalone task");
  }

  @Test
  void aContinuationIsDueWhenItIsMade() {
    assertThat(configuration().isEnsureJobDueDateNotNull()).isTrue();
    ProcessInstance invoice = atTasks.atDecideEscalation();
    // The manager hands the case to the agency: the handover runs as its own job after the
    // form's transaction (asyncBefore), a continuation, not a timer.
    tasks.complete(
        atTasks.openTask(invoice, CollectionsProcess.TASK_DECIDE_ESCALATION).getId(),
        Map.of("decision", "AGENCY"));

    Job continuation =
        management.createJobQuery().processInstanceId(invoice.getId()).messages().singleResult();
    assertThat(continuation.getDuedate()).isEqualTo(ClockUtil.getCurrentTime());
  }

  @Test
  void theEnginesIdsAreShortAndInTheOrderTheyWereMade() {
    assertThat(configuration().getIdGenerator()).isInstanceOf(TimeOrderedIds.class);
    ProcessInstance first = atTasks.atDecideEscalation();
    ProcessInstance second = atTasks.atDecideEscalation();
    assertThat(first.getId()).matches("[0-9a-v]{20}");
    assertThat(second.getId()).matches("[0-9a-v]{20}").isGreaterThan(first.getId());
  }
}
