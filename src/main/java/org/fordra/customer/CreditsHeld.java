package org.fordra.customer;

import java.util.SortedMap;
import org.fordra.money.Money;

/**
 * The credit on account a customer holds (overpayments, payments kept for them), summed per
 * currency. The ledger keeps it and answers this; the customer's JSON shows it. An interface
 * here, so the customer module does not depend on the ledger, which depends on customers.
 */
public interface CreditsHeld {

  /** Open credit per currency code, in currency-code order; empty when none. */
  SortedMap<String, Money> heldBy(long customerId);
}
