package org.fordra.statements;

/** The bank files Fordra reads (CONTRACT.md, "Money in and out"). */
public enum StatementFormat {
  /** ISO 20022 BankToCustomerStatement, camt.053.001.02. */
  CAMT_053,
  /** ISO 20022 BankToCustomerDebitCreditNotification, camt.054.001.02. */
  CAMT_054,
  /** Bankgirot's BgMax, Bankgiro Inbetalningar (Sweden). */
  BGMAX,
  /** Nets OCR giro (Norway): incoming payments with KID. */
  OCR_GIRO,
  /** A bank's or accounting system's CSV export, read by the configured column mapping. */
  CSV
}
