package org.fordra.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.fordra.api.ApiUser;
import org.fordra.database.PerTransaction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Appends to an invoice's audit trail. Every step that touches a claim writes here, inside the
 * step's own transaction, so the trail and the data never disagree.
 */
@Component
public class AuditTrail {

  /** The actor for steps the process takes on its own (timers, notices, fees). */
  public static final String SYSTEM = "fordra";

  /**
   * H2 only: the session variable the retention job sets to TRUE for its own statements, the one
   * sign H2's append-only trigger (src/h2/java) accepts for pseudonymising a line.
   */
  public static final String H2_RETENTION_MARK = "@FORDRA_RETENTION";

  private static final int MAX_DETAIL = 4000;

  private static final PerTransaction<String, String> HEADS = new PerTransaction<>();

  private final AuditEntryRepository entries;
  private final IdentityService identity;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  AuditTrail(
      AuditEntryRepository entries,
      IdentityService identity,
      Clock clock,
      ApplicationEventPublisher events) {
    this.entries = entries;
    this.identity = identity;
    this.clock = clock;
    this.events = events;
  }

  /** Records an action by whoever is signed in, else the system. */
  public void record(String invoiceNumber, String action, String detail) {
    record(invoiceNumber, currentActor(), action, detail);
  }

  public void record(String invoiceNumber, String actor, String action, String detail) {
    String text = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
    // At the database's precision, so the hash over it verifies once read back.
    var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    // The chain's head is read once per invoice and transaction, then carried along: a step writes
    // several lines, and its own lines are the only ones it could see appear. (A line another
    // transaction commits meanwhile is linked past, as two concurrent steps are: AuditChainCheck
    // asks only that a line links to an earlier one of the trail.)
    Map<String, String> heads = HEADS.values();
    String prevHash =
        heads.containsKey(invoiceNumber)
            ? heads.get(invoiceNumber)
            : entries.lastHashOf(invoiceNumber).orElse(null);
    AuditEntry entry = entries.save(new AuditEntry(invoiceNumber, at, actor, action, text, prevHash));
    heads.put(invoiceNumber, entry.getEntryHash());
    events.publishEvent(new AuditRecorded(invoiceNumber, at, actor, action, text));
  }

  public List<AuditEntry> of(String invoiceNumber) {
    return entries.findByInvoiceNumberOrderByIdAsc(invoiceNumber);
  }

  /** The API caller, else the engine's signed-in user (Tasklist, engine REST), else the system. */
  public String currentActor() {
    var apiUser = ApiUser.current();
    if (apiUser.isPresent()) {
      return apiUser.get().id();
    }
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null
        ? SYSTEM
        : authentication.getUserId();
  }
}
