package org.fordra.dunning.contact;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.Customer;
import org.fordra.dunning.Claims;
import org.fordra.dunning.DunningLadder;
import org.fordra.dunning.DunningStep;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/**
 * The contact gate of the dunning ladder. Runs when a step's date has come: is the step already
 * covered by another invoice's combined notice; if not, may the customer be contacted now
 * ({@link ContactMoments#forLadderStep}: contact day and hours, weekly cap, Regulation F for
 * calls); if not, when. A contact let
 * through counts from then on ({@link ContactsLetThrough}), and the customer's row is locked until
 * the commit, so two invoices of one customer passing the gate together cannot both use the last
 * place under the cap.
 */
@Component("findContactMoment")
class FindContactMoment implements JavaDelegate {

  private final Claims claims;
  private final ContactMoments moments;
  private final ContactsLetThrough letThrough;
  private final CombinedNotices combined;
  private final EntityManager entities;
  private final AuditTrail audit;
  private final Clock clock;

  FindContactMoment(
      Claims claims,
      ContactMoments moments,
      ContactsLetThrough letThrough,
      CombinedNotices combined,
      EntityManager entities,
      AuditTrail audit,
      Clock clock) {
    this.claims = claims;
    this.moments = moments;
    this.letThrough = letThrough;
    this.combined = combined;
    this.entities = entities;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DunningStep step = DunningLadder.next(execution);
    Invoice invoice = claims.of(execution);
    // One gate at a time per customer: the count below must see every contact let through. The
    // customer is read with its lock (one select ... for update), not read and then locked.
    Customer customer =
        entities.find(
            Customer.class, invoice.getCustomer().getId(), LockModeType.PESSIMISTIC_WRITE);

    Optional<Invoice> carrier = combined.coveredBy(invoice, step);
    gateResult(execution, ContactGate.VAR_CONTACT_COVERED, carrier.isPresent());
    if (carrier.isPresent()) {
      gateResult(execution, ContactGate.VAR_CONTACT_NOW, false);
      return;
    }

    Instant now = clock.instant();
    ContactMoment moment = moments.forLadderStep(invoice, step, now);
    boolean contactNow = !moment.at().isAfter(now);
    gateResult(execution, ContactGate.VAR_CONTACT_NOW, contactNow);
    if (!contactNow) {
      execution.setVariable(ContactGate.VAR_CONTACT_AT, Date.from(moment.at()));
      audit.record(
          invoice.getNumber(),
          AuditTrail.SYSTEM,
          "CONTACT_DEFERRED",
          step + " waits until " + moment.at() + ": " + String.join("; ", moment.deferredBecause()));
      return;
    }
    letThrough.allow(new ContactAllowance(customer.getId(), invoice.getId(), step.name(), now));
    List<Invoice> riders = combined.combineWith(invoice, step, now);
    if (!riders.isEmpty()) {
      audit.record(
          invoice.getNumber(),
          AuditTrail.SYSTEM,
          "NOTICE_COMBINED",
          step
              + " also covers invoice(s) "
              + riders.stream().map(Invoice::getNumber).collect(Collectors.joining(", ")));
      riders.forEach(
          rider ->
              audit.record(
                  rider.getNumber(),
                  AuditTrail.SYSTEM,
                  "NOTICE_COMBINED",
                  step + " goes out with the notice of invoice " + invoice.getNumber()));
    }
  }

  /**
   * Only the gateway right after this step reads the gate's results: transient, never written to
   * the database. A case that stored them before (a persisted variable of that name) keeps them
   * persisted, since the engine refuses to turn one kind into the other.
   */
  private static void gateResult(DelegateExecution execution, String name, boolean value) {
    TypedValue before = execution.getVariableTyped(name);
    boolean persisted = before != null && !before.isTransient();
    execution.setVariable(name, Variables.booleanValue(value, !persisted));
  }
}
