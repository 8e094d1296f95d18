package org.fordra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.fordra.testing.FordraTestOnPostgres;
import org.junit.jupiter.api.Test;

/** The same on PostgreSQL 17 with the production profile, where TRUNCATE is refused too. */
@FordraTestOnPostgres
class AuditTrailIsAppendOnlyOnPostgresTest extends AuditTrailIsAppendOnlyTest {

  @Test
  void theTrailCannotBeTruncated() throws SQLException {
    append("INV-APPEND-5", "still here");

    assertThatThrownBy(() -> execute("truncate audit_entry"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
    assertThat(count()).isPositive();
  }
}
