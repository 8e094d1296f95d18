package org.fordra.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotAllowedException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fordra.customer.CustomerType;
import org.fordra.dunning.CollectionsScenario;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine settings of docs/cluster.md, as the running engine has them. */
@FordraTest
class EngineSettingsTest {

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired CollectionsScenario scenario;

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
    LocalDate issued = LocalDate.of(2026, 3, 2);
    scenario.today(issued);
    ProcessInstance invoice =
        scenario.register(CustomerType.CONSUMER, "1000.00", issued, LocalDate.of(2026, 4, 1));
    scenario.at(LocalDate.of(2026, 3, 25).atTime(10, 0));
    // The pre-due reminder's timer fires; what it leaves behind is a continuation, not a timer.
    Job timer = management.createJobQuery().processInstanceId(invoice.getId()).singleResult();
    management.executeJob(timer.getId());

    Job continuation = management.createJobQuery().processInstanceId(invoice.getId()).messages().singleResult();
    assertThat(continuation.getDuedate()).isEqualTo(ClockUtil.getCurrentTime());
  }
}
