package org.fordra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.fordra.testing.TestPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The same on PostgreSQL 17 with the production profile, where TRUNCATE is refused too. */
// Closed before the run ends, while its database still answers (see TestPostgres).
@DirtiesContext
@ActiveProfiles({"test", "postgres"})
@TestPropertySource(
    properties = {
      "camunda.bpm.admin-user.password=a-long-test-password",
      "fordra.agency.folder=target/test-agency-cases",
      "fordra.notices.outbox=target/test-outbox"
    })
class AuditTrailIsAppendOnlyOnPostgresTest extends AuditTrailIsAppendOnlyTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.useNewDatabase(registry, "audit_trail");
  }

  @Test
  void theTrailCannotBeTruncated() throws SQLException {
    append("INV-APPEND-5", "still here");

    assertThatThrownBy(() -> execute("truncate audit_entry"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
    assertThat(count()).isPositive();
  }
}
