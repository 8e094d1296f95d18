package org.fordra.dunning;

/** What came of a collector's call ({@code callOutcome} of {@code CallCustomer}). */
public enum CallOutcome {
  PROMISE_TO_PAY,
  PAYMENT_PLAN,
  DISPUTE,
  NO_CONTACT
}
