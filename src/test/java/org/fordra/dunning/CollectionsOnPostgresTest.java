package org.fordra.dunning;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole lifecycle again on a real PostgreSQL 17 (embedded binaries from Maven Central), with
 * the production profile: Flyway's migrations, the engine's schema, the same paths.
 */
@ActiveProfiles({"test", "postgres"})
@TestPropertySource(
    properties = {
      "camunda.bpm.admin-user.password=a-long-test-password",
      "fordra.agency.folder=target/test-agency-cases",
      "fordra.notices.outbox=target/test-outbox"
    })
class CollectionsOnPostgresTest extends CollectionsProcessTest {

  static final EmbeddedPostgres POSTGRES = start();

  static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }
}
