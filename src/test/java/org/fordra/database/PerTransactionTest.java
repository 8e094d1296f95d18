package org.fordra.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What a transaction keeps, and its letting go of all of it midway (a batch's rows). */
class PerTransactionTest {

  static final PerTransaction<String, String> HEADS = new PerTransaction<>();
  static final PerTransaction<Long, Integer> COUNTS = new PerTransaction<>();

  final Object otherResource = new Object();

  @BeforeEach
  void inATransaction() {
    TransactionSynchronizationManager.initSynchronization();
    TransactionSynchronizationManager.setActualTransactionActive(true);
  }

  @AfterEach
  void transactionOver() {
    TransactionSynchronizationManager.unbindResourceIfPossible(HEADS);
    TransactionSynchronizationManager.unbindResourceIfPossible(COUNTS);
    TransactionSynchronizationManager.unbindResourceIfPossible(otherResource);
    TransactionSynchronizationManager.setActualTransactionActive(false);
    TransactionSynchronizationManager.clearSynchronization();
  }

  @Test
  void keepsWhatTheTransactionReadUntilItForgetsAllOfItAndLeavesOtherResourcesAlone() {
    List<String> pending = new ArrayList<>(List.of("an allowance to write at the commit"));
    TransactionSynchronizationManager.bindResource(otherResource, pending);
    HEADS.values().put("INV-1", "hash");
    COUNTS.values().put(7L, 3);
    assertThat(HEADS.values()).containsEntry("INV-1", "hash");

    PerTransaction.forgetAll();

    assertThat(HEADS.values()).isEmpty();
    assertThat(COUNTS.values()).isEmpty();
    assertThat(pending).containsExactly("an allowance to write at the commit");
    // Still bound: what is read next is kept again.
    HEADS.values().put("INV-2", "next");
    assertThat(HEADS.values()).containsEntry("INV-2", "next");
  }

  @Test
  void outsideATransactionNothingIsKeptAndThereIsNothingToForget() {
    TransactionSynchronizationManager.setActualTransactionActive(false);
    TransactionSynchronizationManager.clearSynchronization();
    try {
      HEADS.values().put("INV-1", "hash");
      assertThat(HEADS.values()).isEmpty();
      PerTransaction.forgetAll();
    } finally {
      TransactionSynchronizationManager.initSynchronization();
    }
  }
}
