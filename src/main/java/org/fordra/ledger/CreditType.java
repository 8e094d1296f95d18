package org.fordra.ledger;

/** Why part of a claim was taken off it. */
public enum CreditType {
  /** Sales agreed part of a dispute. */
  DISPUTE_CREDIT,
  /** The dispute was upheld: the invoice is cancelled. */
  CANCELLATION,
  /** A manager wrote the claim off as uncollectable. */
  WRITE_OFF,
  /** The customer paid the agreed settlement; the rest is forgiven. */
  SETTLEMENT_DISCOUNT,
  /** The customer paid the discounted amount within the invoice's early-payment window. */
  EARLY_PAYMENT_DISCOUNT,
  /** A credit note from the books (a credit row of a batch import). */
  CREDIT_NOTE
}
