package org.fordra.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of the append-only audit trail (PostgreSQL has a plpgsql trigger, see
 * db/vendor/postgresql/V60): installed by db/vendor/h2/V60 before UPDATE and DELETE on
 * {@code audit_entry}, it refuses the statement whoever sends it.
 */
public class AppendOnlyTrigger implements Trigger {

  private String operation = "change";

  @Override
  public void init(
      Connection connection,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type) {
    operation = (type & Trigger.DELETE) != 0 ? "DELETE" : "UPDATE";
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    // SQLSTATE 42501: insufficient privilege, as on PostgreSQL.
    throw new SQLException(
        "the audit trail is append-only: " + operation + " on audit_entry is not allowed", "42501");
  }
}
