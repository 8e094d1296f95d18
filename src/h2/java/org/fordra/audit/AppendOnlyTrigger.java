package org.fordra.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * Compiled apart from the main code (pom.xml, compile-h2-trigger), against the runtime classpath:
 * H2 is a runtime dependency, and this is the one class that needs its API.
 *
 * <p>H2's half of the append-only audit trail (PostgreSQL has a plpgsql trigger, see
 * db/vendor/postgresql/V60 and V131): installed by db/vendor/h2/V60 before UPDATE and DELETE on
 * {@code audit_entry}, it refuses the statement whoever sends it.
 *
 * <p>One exception, the retention job's pseudonymisation (privacy/PersonalDataErasure): H2 has
 * no roles a trigger can tell apart (the embedded database has one user), so the job marks its
 * session with {@value AuditTrail#H2_RETENTION_MARK} while it works, and even then only a line's detail may
 * change, once, with {@code pseudonymised_at} set; its hashes, time, actor and action stay.
 */
public class AppendOnlyTrigger implements Trigger {

  private String operation = "change";
  private String schema;

  @Override
  public void init(
      Connection connection,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type) {
    operation = (type & Trigger.DELETE) != 0 ? "DELETE" : "UPDATE";
    schema = schemaName;
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    if (oldRow != null && newRow != null && byRetentionJob(connection)
        && onlyPseudonymises(columns(connection), oldRow, newRow)) {
      return;
    }
    // SQLSTATE 42501: insufficient privilege, as on PostgreSQL.
    throw new SQLException(
        "the audit trail is append-only: " + operation + " on audit_entry is not allowed", "42501");
  }

  private static boolean byRetentionJob(Connection connection) throws SQLException {
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery("select " + AuditTrail.H2_RETENTION_MARK)) {
      return rows.next() && Boolean.TRUE.equals(rows.getObject(1));
    }
  }

  private static boolean onlyPseudonymises(List<String> columns, Object[] oldRow, Object[] newRow) {
    if (columns.size() != oldRow.length || !columns.contains("PSEUDONYMISED_AT")) {
      return false;
    }
    for (int i = 0; i < columns.size(); i++) {
      switch (columns.get(i)) {
        case "DETAIL" -> {}
        case "PSEUDONYMISED_AT" -> {
          if (oldRow[i] != null || newRow[i] == null) {
            return false;
          }
        }
        default -> {
          if (!Objects.equals(oldRow[i], newRow[i])) {
            return false;
          }
        }
      }
    }
    return true;
  }

  // By name, not the table name H2 passed to init: ALTER TABLE re-creates the trigger on a
  // temporary copy of the table, whose name it keeps.
  private List<String> columns(Connection connection) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "select * from \"" + schema + "\".audit_entry where 1 = 0")) {
      var meta = rows.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnName(i).toUpperCase(Locale.ROOT));
      }
    }
    return columns;
  }
}
