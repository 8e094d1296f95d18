package org.fordra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A step writes several lines to a trail and {@link AuditTrail} reads the chain's head once per
 * transaction: each line still links to the one right before it, in the same transaction and in
 * the next, and a rolled-back transaction's head is not carried on.
 */
@FordraTest
class AuditChainAcrossTransactionsTest {

  @Autowired AuditTrail trail;
  @Autowired AuditChainCheck check;
  @Autowired TransactionTemplate transaction;

  @Test
  void eachLineLinksToTheOneBeforeItWithinAndAcrossTransactions() {
    String invoice = "AC-" + UUID.randomUUID();
    transaction.executeWithoutResult(
        status -> {
          trail.record(invoice, AuditTrail.SYSTEM, "ONE", "first");
          trail.record(invoice, AuditTrail.SYSTEM, "TWO", "second");
          trail.record("AC-OTHER-" + UUID.randomUUID(), AuditTrail.SYSTEM, "ELSEWHERE", "apart");
          trail.record(invoice, AuditTrail.SYSTEM, "THREE", "third");
        });
    transaction.executeWithoutResult(
        status -> {
          trail.record(invoice, AuditTrail.SYSTEM, "ROLLED_BACK", "never kept");
          status.setRollbackOnly();
        });
    transaction.executeWithoutResult(
        status -> trail.record(invoice, AuditTrail.SYSTEM, "FOUR", "fourth"));

    List<AuditEntry> lines = trail.of(invoice);
    assertThat(lines).extracting(AuditEntry::getAction).containsExactly("ONE", "TWO", "THREE", "FOUR");
    assertThat(lines.get(0).getPrevHash()).isNull();
    for (int i = 1; i < lines.size(); i++) {
      assertThat(lines.get(i).getPrevHash()).isEqualTo(lines.get(i - 1).getEntryHash());
    }
    assertThat(check.problems(invoice)).isEmpty();
  }
}
