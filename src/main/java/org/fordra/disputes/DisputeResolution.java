package org.fordra.disputes;

/** What sales decided about a dispute ({@code disputeResolution} of {@code ReviewDispute}). */
public enum DisputeResolution {
  /** The customer is right: the invoice is cancelled. */
  UPHELD,
  /** The claim stands: dunning resumes where it stopped. */
  REJECTED,
  /** Part of it is credited ({@code creditAmount}); dunning resumes on the rest. */
  PARTIAL
}
