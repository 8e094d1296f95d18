package org.fordra.processes;

import java.util.Set;
import org.fordra.security.ApiUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/process-migrations}: a manager moves running invoices to the latest version
 * of a process (see docs/changing-the-process.md). Without {@code "dryRun": false} nothing
 * changes; the report says what would.
 */
@RestController
class ProcessMigrationController {

  /** Who may change which version running invoices follow. */
  static final Set<String> ALLOWED_GROUPS = Set.of("managers", "camunda-admin");

  private final ProcessMigration migration;

  ProcessMigrationController(ProcessMigration migration) {
    this.migration = migration;
  }

  @PostMapping("/api/process-migrations")
  ProcessMigration.Report migrate(@RequestBody ProcessMigration.Request request) {
    boolean allowed =
        ApiUser.current()
            .map(user -> user.groups().stream().anyMatch(ALLOWED_GROUPS::contains))
            .orElse(false);
    if (!allowed) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Only managers may move running invoices to another version.");
    }
    try {
      return migration.migrate(request);
    } catch (ProcessMigration.Refused refused) {
      throw new ResponseStatusException(
          refused.isNotFound() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
          refused.getMessage());
    }
  }
}
