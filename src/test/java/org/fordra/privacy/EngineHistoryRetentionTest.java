package org.fordra.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's history is removed on the books' schedule (docs/privacy.md, "Engine history"):
 * every process carries a time to live, the removal time is set when a case ends, and the cleanup
 * runs in a nightly window.
 */
@FordraTest
class EngineHistoryRetentionTest {

  @Autowired ProcessEngine engine;

  @Test
  void historyIsRemovedOnTheBooksScheduleInANightlyWindow() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
  }

  @Test
  void everyProcessKeepsItsHistoryTenYearsAfterItEnds() {
    // The longest default period (DE, § 147 AO); Fordra's own tables are the legal record.
    for (String key : new String[] {"collections", "payment-plan", "unmatched-payment"}) {
      ProcessDefinition shipped =
          engine.getRepositoryService().createProcessDefinitionQuery()
              .processDefinitionKey(key).latestVersion().singleResult();
      assertThat(shipped.getHistoryTimeToLive()).as(key).isEqualTo(3650);
    }
  }
}
