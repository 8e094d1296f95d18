package org.fordra.dunning.contact;

import java.time.Instant;
import java.util.List;

/**
 * A customer's recent contacts across all their invoices.
 *
 * @param contacts every notice sent, call logged or contact already allowed and on its way
 * @param callAttempts every call placed or allowed, answered or not
 * @param conversations the calls in which the customer was actually spoken to
 */
public record ContactHistory(
    List<Instant> contacts, List<Instant> callAttempts, List<Instant> conversations) {

  public ContactHistory {
    contacts = List.copyOf(contacts);
    callAttempts = List.copyOf(callAttempts);
    conversations = List.copyOf(conversations);
  }

  public static ContactHistory none() {
    return new ContactHistory(List.of(), List.of(), List.of());
  }
}
