package org.fordra.dunning.contact;

import java.time.Instant;
import java.util.List;

/** The first moment a contact is allowed, and why it is later than asked (empty when it is not). */
public record ContactMoment(Instant at, List<String> deferredBecause) {

  public ContactMoment {
    deferredBecause = List.copyOf(deferredBecause);
  }

  public boolean isDeferred() {
    return !deferredBecause.isEmpty();
  }
}
