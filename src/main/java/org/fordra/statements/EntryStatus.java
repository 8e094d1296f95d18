package org.fordra.statements;

/** What became of a statement entry (CONTRACT.md, GET /api/bank-statements/{id}). */
public enum EntryStatus {
  /** Booked to one or more invoices (a surplus to the customer's credit on account). */
  BOOKED,
  /** Waits for a person (MatchPayment), or was a return Fordra found no payment for. */
  UNMATCHED,
  /** Seen before, in this file or an earlier one: booked at most once, so not again. */
  DUPLICATE,
  /** A debit that returned an earlier payment, which is reversed. */
  RETURNED
}
