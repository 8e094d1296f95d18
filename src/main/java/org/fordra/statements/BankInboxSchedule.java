package org.fordra.statements;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Polls the bank inbox ({@code fordra.statements.inbox.folder}, default ./data/inbox/bank/) every
 * {@code fordra.statements.inbox.poll} (default one minute). On by default; the test profile turns
 * it off, and a test that wants it calls {@link BankInbox#poll()} itself. With several nodes, each
 * polls: a file is moved by one of them, and the unique booking key books its entries once even if
 * two nodes read it at the same moment.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "fordra.statements.inbox.enabled", havingValue = "true", matchIfMissing = true)
class BankInboxSchedule {

  private final BankInbox inbox;

  BankInboxSchedule(
      StatementReader reader,
      StatementImport statementImport,
      @Value("${fordra.statements.inbox.folder:./data/inbox/bank}") String folder) {
    this.inbox = new BankInbox(reader, statementImport, Path.of(folder));
  }

  @Bean
  BankInbox bankInbox() {
    return inbox;
  }

  @Scheduled(
      initialDelayString = "${fordra.statements.inbox.poll:PT1M}",
      fixedDelayString = "${fordra.statements.inbox.poll:PT1M}")
  void poll() {
    inbox.poll();
  }
}
