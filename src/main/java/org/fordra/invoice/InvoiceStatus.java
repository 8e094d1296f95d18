package org.fordra.invoice;

/** Where a claim stands. The last four are final: the case is closed. */
public enum InvoiceStatus {
  OPEN,
  PROMISED,
  IN_PAYMENT_PLAN,
  DISPUTED,
  WITH_AGENCY,
  PAID,
  SETTLED,
  CANCELLED,
  WRITTEN_OFF;

  public boolean isFinal() {
    return this == PAID || this == SETTLED || this == CANCELLED || this == WRITTEN_OFF;
  }
}
