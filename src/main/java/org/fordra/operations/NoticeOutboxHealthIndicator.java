package org.fordra.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The notice outbox (letters for the print service, e-mails without a mail server) must be a
 * folder Fordra can write to: a notice the outbox cannot write is retried and, after its last
 * try, failed (notices.NoticeDispatcher), so a full or read-only disk shows here before that.
 */
@Component
class NoticeOutboxHealthIndicator extends AbstractHealthIndicator {

  private final Path folder;

  NoticeOutboxHealthIndicator(@Value("${fordra.notices.outbox:./data/outbox}") Path folder) {
    super("The notice outbox cannot be written");
    this.folder = folder;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) throws IOException {
    Files.createDirectories(folder);
    Path probe = Files.createTempFile(folder, ".health-", ".part");
    Files.delete(probe);
    health.up()
        .withDetail("folder", folder.toAbsolutePath().toString())
        .withDetail("usableBytes", Files.getFileStore(folder).getUsableSpace());
  }
}
