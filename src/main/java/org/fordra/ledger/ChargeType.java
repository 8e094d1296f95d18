package org.fordra.ledger;

/** The kinds of cost a creditor may add to a late invoice, each only where the law allows it. */
public enum ChargeType {
  REMINDER_FEE,
  LATE_INTEREST,
  FIXED_COMPENSATION,
  COLLECTION_COSTS
}
