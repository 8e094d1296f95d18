package org.fordra.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A database an earlier Fordra wrote with history FULL starts on the lean level; a new one is left to the engine. */
class LeanHistoryPluginTest {

  JdbcDataSource dataSource = new JdbcDataSource();
  JdbcTemplate db;
  LeanHistoryPlugin plugin;

  @BeforeEach
  void emptyDatabase() {
    dataSource.setURL("jdbc:h2:mem:lean-history-plugin-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    db = new JdbcTemplate(dataSource);
    plugin = new LeanHistoryPlugin(dataSource);
  }

  ProcessEngineConfigurationImpl configured(HistoryLevel level) {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    plugin.preInit(configuration);
    configuration.setHistoryLevel(level);
    return configuration;
  }

  @Test
  void registersTheLevelAndDecisionsWithoutInputs() {
    ProcessEngineConfigurationImpl configuration = configured(LeanHistory.INSTANCE);
    assertThat(configuration.getCustomHistoryLevels()).contains(LeanHistory.INSTANCE);
    assertThat(configuration.getDmnHistoryEventProducer()).isInstanceOf(DecisionResultsOnly.class);
  }

  @Test
  void aDatabaseWrittenWithHistoryFullMovesToTheLeanLevel() {
    writtenWithHistoryFull();

    plugin.postInit(configured(LeanHistory.INSTANCE));

    assertThat(level()).isEqualTo("31");
  }

  @Test
  void anotherConfiguredLevelLeavesTheDatabaseAlone() {
    writtenWithHistoryFull();

    plugin.postInit(configured(HistoryLevel.HISTORY_LEVEL_FULL));

    assertThat(level()).isEqualTo("3");
  }

  @Test
  void aNewDatabaseIsLeftToTheEngine() {
    plugin.postInit(configured(LeanHistory.INSTANCE));

    assertThat(db.queryForObject(
            "select count(*) from INFORMATION_SCHEMA.TABLES where TABLE_NAME = 'ACT_GE_PROPERTY'", Long.class))
        .isZero();
  }

  /** The engine's property table as an earlier Fordra left it. */
  private void writtenWithHistoryFull() {
    db.execute("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ integer)");
    db.update("insert into ACT_GE_PROPERTY values ('historyLevel', '3', 1)");
  }

  private String level() {
    return db.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class);
  }
}
