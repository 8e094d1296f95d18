package org.fordra.reporting;

import org.fordra.testing.TestPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The pages and the report's SQL again on a real PostgreSQL 17 (embedded binaries from Maven
 * Central) with the production profile: the aggregation, paging and date arithmetic must give the
 * same numbers as on H2.
 */
// Closed before the run ends, while its database still answers (see TestPostgres).
@DirtiesContext
@ActiveProfiles({"test", "postgres"})
@TestPropertySource(
    properties = {
      "camunda.bpm.admin-user.password=admin-pass",
      "fordra.agency.folder=target/test-agency-cases",
      "fordra.notices.outbox=target/test-outbox",
      // The test client talks plain HTTP to localhost: the production profile's Secure cookies
      // would never come back (WebappProtectionTest checks that they are Secure).
      "FORDRA_SECURE_COOKIES=false"
    })
class ReceivablesOnPostgresTest extends ReceivablesPagesTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.useNewDatabase(registry, "receivables");
  }
}
