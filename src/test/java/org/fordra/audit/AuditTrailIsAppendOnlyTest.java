package org.fordra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nobody rewrites history, not even with a database console: the trail is protected by the
 * database itself, so these tests go around Fordra and talk plain JDBC. H2 here; PostgreSQL in
 * {@link AuditTrailIsAppendOnlyOnPostgresTest}.
 */
@FordraTest
class AuditTrailIsAppendOnlyTest {

  @Autowired DataSource database;

  @Test
  void aNewLineCanBeAdded() throws SQLException {
    long id = append("INV-APPEND-1", "written once");
    assertThat(detailOf(id)).isEqualTo("written once");
  }

  @Test
  void aLineCannotBeChanged() throws SQLException {
    long id = append("INV-APPEND-2", "what really happened");

    assertThatThrownBy(
            () -> execute("update audit_entry set detail = 'something nicer' where id = " + id))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
    assertThat(detailOf(id)).isEqualTo("what really happened");
  }

  @Test
  void aLineCannotBeRemoved() throws SQLException {
    long id = append("INV-APPEND-3", "inconvenient");

    assertThatThrownBy(() -> execute("delete from audit_entry where id = " + id))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
    assertThat(detailOf(id)).isEqualTo("inconvenient");
  }

  @Test
  void theWholeTrailCannotBeEmptiedEither() throws SQLException {
    append("INV-APPEND-4", "one of many");

    assertThatThrownBy(() -> execute("delete from audit_entry"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
    assertThat(count()).isPositive();
  }

  long append(String invoice, String detail) throws SQLException {
    try (Connection connection = database.getConnection();
        var insert =
            connection.prepareStatement(
                "insert into audit_entry (invoice_number, occurred_at, actor, action, detail)"
                    + " values (?, ?, 'tester', 'NOTE', ?)",
                new String[] {"id"})) {
      connection.setAutoCommit(true);
      insert.setString(1, invoice);
      insert.setTimestamp(2, Timestamp.from(Instant.parse("2026-01-05T10:00:00Z")));
      insert.setString(3, detail);
      insert.executeUpdate();
      try (var keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  void execute(String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        var statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute(sql);
    }
  }

  String detailOf(long id) throws SQLException {
    try (Connection connection = database.getConnection();
        var query = connection.prepareStatement("select detail from audit_entry where id = ?")) {
      query.setLong(1, id);
      try (var rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  long count() throws SQLException {
    try (Connection connection = database.getConnection();
        var rows = connection.createStatement().executeQuery("select count(*) from audit_entry")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
