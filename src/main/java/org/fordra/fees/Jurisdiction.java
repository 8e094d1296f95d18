package org.fordra.fees;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the law of one country (or the contract, where no statute applies) allows a creditor to
 * add to a late invoice. Each implementation cites its sources beside the rules. Policy
 * (processes/fee-policy.dmn) decides what Fordra actually charges, never more than this allows.
 */
public interface Jurisdiction {

  /** Late interest on the claim, or none when the law gives none (yet). */
  Optional<InterestTerms> interest(Claim claim);

  /** The charges the law allows at this step on this day, each with its maximum. */
  List<Allowance> allowed(FeeOccasion occasion, LocalDate on, Claim claim);

  /** How a payment is applied to what is owed. */
  default PaymentOrder paymentOrder() {
    return PaymentOrder.COSTS_INTEREST_PRINCIPAL;
  }

  /** The name shown in the audit trail. */
  String name();
}
