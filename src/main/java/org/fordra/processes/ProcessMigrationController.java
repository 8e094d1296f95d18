package org.fordra.processes;

import org.fordra.api.ApiFor;
import org.fordra.api.InvalidField;
import org.fordra.api.NotFound;
import org.fordra.api.Staff;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/process-migrations}: a manager moves running invoices to the latest version
 * of a process (see docs/changing-the-process.md). Without {@code "dryRun": false} nothing
 * changes; the report says what would.
 */
@RestController
class ProcessMigrationController {

  private final ProcessMigration migration;

  ProcessMigrationController(ProcessMigration migration) {
    this.migration = migration;
  }

  // Which version running invoices follow is the managers' decision (issue 4).
  @ApiFor(Staff.BOOKKEEPING)
  @PostMapping("/api/process-migrations")
  ProcessMigration.Report migrate(@RequestBody ProcessMigration.Request request) {
    try {
      return migration.migrate(request);
    } catch (ProcessMigration.Refused refused) {
      if (refused.isNotFound()) {
        throw new NotFound(refused.getMessage());
      }
      throw new InvalidField(refused.field(), refused.getMessage());
    }
  }
}
