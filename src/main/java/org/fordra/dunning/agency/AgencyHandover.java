package org.fordra.dunning.agency;

/**
 * The port to a collection agency. The default adapter drops a JSON case file in a folder the
 * agency collects from; an agency with an API gets an adapter of its own.
 */
public interface AgencyHandover {

  /** Hands the case over; throws when the agency could not take it, so the step is retried. */
  void handOver(AgencyCase agencyCase);

  /**
   * Removes what this side still holds of a closed case whose customer's personal data was
   * erased (docs/privacy.md). What the agency itself keeps is the agency's to erase.
   */
  default void forget(String invoiceNumber) {}
}
