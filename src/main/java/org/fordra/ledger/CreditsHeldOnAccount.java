package org.fordra.ledger;

import java.util.SortedMap;
import java.util.TreeMap;
import org.fordra.customer.CreditsHeld;
import org.fordra.money.Money;
import org.springframework.stereotype.Component;

/** A customer's open credits on account, summed per currency, for the customer's JSON. */
@Component
class CreditsHeldOnAccount implements CreditsHeld {

  private final CreditOnAccountRepository credits;

  CreditsHeldOnAccount(CreditOnAccountRepository credits) {
    this.credits = credits;
  }

  @Override
  public SortedMap<String, Money> heldBy(long customerId) {
    SortedMap<String, Money> sums = new TreeMap<>();
    for (CreditOnAccount credit : credits.heldFor(customerId)) {
      sums.merge(credit.amount().currency().getCurrencyCode(), credit.amount(), Money::plus);
    }
    return sums;
  }
}
