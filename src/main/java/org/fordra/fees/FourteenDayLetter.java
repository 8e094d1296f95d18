package org.fordra.fees;

import java.util.Optional;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;
import org.springframework.stereotype.Component;

/**
 * The Dutch "veertiendagenbrief" (art. 6:96(6) BW): before collection costs may be charged to a
 * consumer, a letter must give 14 days from the day after receipt to pay and state the exact
 * amount of the costs (BIK scale) that will be charged otherwise. Fordra's final notice to a Dutch
 * consumer in euro is that letter; this is the amount it must state.
 */
@Component
public class FourteenDayLetter {

  private final FeeSettings settings;

  FourteenDayLetter(FeeSettings settings) {
    this.settings = settings;
  }

  /** The collection costs the letter must announce, for the amount still outstanding. */
  public Optional<Money> collectionCostsToAnnounce(Invoice invoice, Payoff payoff) {
    boolean dutchConsumer =
        "NL".equals(invoice.getCustomer().getCountry())
            && invoice.getCustomer().getType() == CustomerType.CONSUMER;
    if (!dutchConsumer || !"EUR".equals(invoice.currency().getCurrencyCode())) {
      return Optional.empty();
    }
    Money outstanding = payoff.principal().minus(payoff.credits()).minus(payoff.paid());
    if (!outstanding.isPositive()) {
      return Optional.empty();
    }
    return Optional.of(DutchLaw.collectionCostsWithVat(outstanding, settings));
  }
}
