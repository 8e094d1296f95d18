package org.fordra.privacy;

import java.util.function.Consumer;
import org.fordra.audit.AuditTrail;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the retention job's statements on the audit trail under the job's own database identity,
 * the only one the append-only trigger lets pseudonymise a line (docs/privacy.md). PostgreSQL:
 * the role {@code fordra_retention} (db/vendor/postgresql/V131), for the current transaction
 * only. H2, which has no roles a trigger can tell apart: the session mark the H2 trigger reads,
 * removed again whatever happens.
 */
@Component
class RetentionRole {

  private final JdbcTemplate jdbc;
  private volatile Boolean postgres;

  RetentionRole(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Must run inside the caller's transaction: SET LOCAL ROLE ends with it at the latest. */
  void run(Consumer<JdbcTemplate> statements) {
    if (isPostgres()) {
      jdbc.execute("set local role fordra_retention");
      try {
        statements.accept(jdbc);
      } finally {
        jdbc.execute("reset role");
      }
    } else {
      jdbc.execute("set " + AuditTrail.H2_RETENTION_MARK + " = true");
      try {
        statements.accept(jdbc);
      } finally {
        jdbc.execute("set " + AuditTrail.H2_RETENTION_MARK + " = null");
      }
    }
  }

  private boolean isPostgres() {
    if (postgres == null) {
      postgres =
          jdbc.execute(
              (ConnectionCallback<Boolean>)
                  c -> c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
    }
    return postgres;
  }
}
