package org.fordra.fees;

import java.math.BigDecimal;

/**
 * What the customer agreed to before the invoice: whether fees the law only allows "where agreed"
 * may be charged (Swedish påminnelseavgift), and the contract's own late fee and yearly interest
 * rate where no statute sets them. {@code null} fee or rate: none agreed.
 */
public record ContractTerms(boolean feesAgreed, BigDecimal lateFee, BigDecimal interestPercent) {

  public static ContractTerms none() {
    return new ContractTerms(false, null, null);
  }
}
