package org.fordra.database;

import java.util.HashMap;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a transaction has read already, kept for that transaction only: bound to it when first
 * asked for and dropped when it commits or rolls back, so no other transaction ever sees it (a
 * payment booked meanwhile is read by the next transaction). Outside a transaction every call
 * gets an empty map of its own, so nothing is kept.
 */
public final class PerTransaction<K, V> {

  /** The values of the current transaction, to read and fill; a new empty map outside one. */
  @SuppressWarnings("unchecked")
  public Map<K, V> values() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return new HashMap<>();
    }
    var values = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
    if (values == null) {
      values = new HashMap<>();
      TransactionSynchronizationManager.bindResource(this, values);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(PerTransaction.this);
            }
          });
    }
    return values;
  }

  /**
   * Forgets what the current transaction has read so far, in every {@code PerTransaction}: for
   * a transaction that lets go of its entities midway ({@code EntityManager.clear()}), whose
   * kept reads would otherwise hold entities it no longer manages.
   */
  public static void forgetAll() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    TransactionSynchronizationManager.getResourceMap().forEach((key, values) -> {
      if (key instanceof PerTransaction<?, ?> && values instanceof Map<?, ?> map) {
        map.clear();
      }
    });
  }
}
