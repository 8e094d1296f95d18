package org.fordra.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/**
 * Makes {@link LeanHistory} known to the engine (chosen with
 * {@code camunda.bpm.history-level: fordra-lean}) and writes decisions without their inputs
 * ({@link DecisionResultsOnly}), as Camunda's "custom history level" example does.
 *
 * <p>The engine refuses to start when the level in its database differs from the configured one.
 * A database that an earlier Fordra wrote with a built-in level (FULL) is moved to the lean
 * level before the engine checks: the history already written stays as it is.
 */
@Component
class LeanHistoryPlugin extends AbstractProcessEnginePlugin {

  static final String ADOPT_LEAN_LEVEL =
      "update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel' and VALUE_ in ('0', '1', '2', '3')";

  private final DataSource dataSource;

  LeanHistoryPlugin(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryLevels() == null) {
      configuration.setCustomHistoryLevels(new ArrayList<HistoryLevel>());
    }
    configuration.getCustomHistoryLevels().add(LeanHistory.INSTANCE);
    configuration.setDmnHistoryEventProducer(new DecisionResultsOnly());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getHistoryLevel() != LeanHistory.INSTANCE) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      if (!hasEngineTables(connection)) {
        return;
      }
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      try (PreparedStatement adopt = connection.prepareStatement(ADOPT_LEAN_LEVEL)) {
        adopt.setString(1, Integer.toString(LeanHistory.ID));
        adopt.executeUpdate();
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException failed) {
      throw new ProcessEngineException("Could not move the engine's history level to " + LeanHistory.NAME, failed);
    }
  }

  /** A new database has none yet: the engine creates them with the lean level written in. */
  private static boolean hasEngineTables(Connection connection) throws SQLException {
    for (String name : new String[] {"ACT_GE_PROPERTY", "act_ge_property"}) {
      try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
