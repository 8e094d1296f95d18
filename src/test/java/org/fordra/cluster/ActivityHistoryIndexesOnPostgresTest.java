package org.fordra.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.fordra.testing.FordraTestOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL the activity history keeps the indexes its readers use and not the five that made
 * every ending of an activity write into all eleven; the ending is then a HOT update.
 */
@FordraTestOnPostgres
class ActivityHistoryIndexesOnPostgresTest {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate db;
  @Autowired ProcessEngine engine;
  @Autowired ActivityHistoryIndexes indexes;

  @Test
  void theActivityHistoryKeepsTheIndexesItsReadersUseAndRoomForUpdates() {
    assertThat(indexes())
        .containsExactlyInAnyOrder(
            "act_hi_actinst_pkey",
            "act_idx_hi_act_inst_procinst",
            "act_idx_hi_actinst_root_pi",
            "act_idx_hi_act_inst_rm_time",
            "act_idx_hi_act_inst_proc_def_key",
            "act_idx_hi_act_inst_tenant_id")
        .doesNotContainAnyElementsOf(ActivityHistoryIndexes.DROPPED);
    assertThat(db.queryForList(
            "select unnest(reloptions) from pg_class where relname = 'act_hi_actinst'", String.class))
        .containsAll(RuntimeTableStorage.SETTINGS.get("act_hi_actinst"));
  }

  @Test
  void endingAnActivityBegunInAnEarlierStepWritesNoIndex() throws Exception {
    assertThat(hotUpdatesOfAnActivityEnded()).isOne();
  }

  @Test
  void indexesRestoredByHandAreDroppedAgainAtTheNextStart() throws Exception {
    for (String create : ActivityHistoryIndexes.RESTORE) {
      SchemaStatements.execute(dataSource, create);
    }
    assertThat(indexes()).containsAll(ActivityHistoryIndexes.DROPPED);
    // Restored, the ending touches an indexed column (the end time): no HOT update.
    assertThat(hotUpdatesOfAnActivityEnded()).isZero();

    indexes.postProcessEngineBuild(engine);

    assertThat(indexes()).doesNotContainAnyElementsOf(ActivityHistoryIndexes.DROPPED).hasSize(6);
  }

  private List<String> indexes() {
    return db.queryForList("select indexname from pg_indexes where tablename = 'act_hi_actinst'", String.class);
  }

  /**
   * An activity's row as the engine writes it when the activity begins, then its ending as the
   * engine writes it (HistoricActivityInstance.xml, updateHistoricActivityInstanceEvent), in one
   * transaction that is rolled back: how many of the updates PostgreSQL made HOT.
   */
  private long hotUpdatesOfAnActivityEnded() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "insert into ACT_HI_ACTINST (ID_, PARENT_ACT_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_,"
                + " ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, ACT_NAME_, ACT_TYPE_,"
                + " START_TIME_, SEQUENCE_COUNTER_)"
                + " values ('test-ai', 'test-pi', 'collections', 'collections:1:x', 'test-pi', 'test-pi',"
                + " 'test-ex', 'Reminder1Due', 'Reminder 1 due', 'intermediateTimer', now(), 1)");
        long before = hotUpdates(statement);
        int ended = statement.executeUpdate(
            "update ACT_HI_ACTINST set EXECUTION_ID_ = 'test-ex', PROC_DEF_KEY_ = 'collections',"
                + " PROC_DEF_ID_ = 'collections:1:x', ACT_ID_ = 'Reminder1Due', ACT_NAME_ = 'Reminder 1 due',"
                + " ACT_TYPE_ = 'intermediateTimer', PARENT_ACT_INST_ID_ = 'test-pi',"
                + " END_TIME_ = now(), DURATION_ = 1000, ACT_INST_STATE_ = 1 where ID_ = 'test-ai'");
        assertThat(ended).isOne();
        return hotUpdates(statement) - before;
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    }
  }

  /**
   * The HOT updates of the activity history this connection has made and not yet reported (a
   * backend reports its counts about once a second, so earlier transactions' may still be there).
   */
  private static long hotUpdates(Statement statement) throws Exception {
    try (ResultSet hot = statement.executeQuery(
        "select n_tup_hot_upd from pg_stat_xact_user_tables where relname = 'act_hi_actinst'")) {
      hot.next();
      return hot.getLong(1);
    }
  }
}
