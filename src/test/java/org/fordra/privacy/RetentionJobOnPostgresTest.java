package org.fordra.privacy;

import org.fordra.testing.TestPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The same on PostgreSQL 17 with the production profile: the job pseudonymises the audit trail
 * under its own role, fordra_retention (db/vendor/postgresql/V131), and the append-only trigger
 * refuses everybody else, Fordra's own database user included.
 */
// Closed before the run ends, while its database still answers (see TestPostgres).
@DirtiesContext
@ActiveProfiles({"test", "postgres"})
@TestPropertySource(
    properties = {
      "camunda.bpm.admin-user.password=a-long-test-password",
      "fordra.agency.folder=target/test-agency-cases",
      "fordra.notices.outbox=target/test-outbox"
    })
class RetentionJobOnPostgresTest extends RetentionJobTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.useNewDatabase(registry, "retention");
  }
}
