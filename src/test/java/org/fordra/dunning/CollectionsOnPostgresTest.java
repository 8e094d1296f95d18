package org.fordra.dunning;

import org.fordra.testing.TestPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole lifecycle again on a real PostgreSQL 17 (embedded binaries from Maven Central), with
 * the production profile: Flyway's migrations, the engine's schema, the same paths.
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
class CollectionsOnPostgresTest extends CollectionsProcessTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.useNewDatabase(registry, "collections");
  }
}
