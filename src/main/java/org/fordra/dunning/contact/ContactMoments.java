package org.fordra.dunning.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fordra.customer.Customer;
import org.fordra.dunning.DunningStep;
import org.fordra.invoice.Invoice;
import org.fordra.statements.PaymentHolds;
import org.springframework.stereotype.Component;

/**
 * Fordra's one answer to "when may this customer be contacted?": contact days and hours in the
 * customer's time zone, their country's public holidays, a Breathing Space moratorium, and, for
 * the steps of the dunning ladder, the weekly cap, Regulation F's call limits and a payment that
 * waits to be matched. Both doors of the diagram ask it:
 *
 * <ul>
 *   <li>the ladder's contact gate ({@link FindContactMoment}), when a step's date has come;
 *   <li>the "Wait for contact hours" timers before every other notice ({@link NoticeHours}), when
 *       the timer is created.
 * </ul>
 *
 * <p>Why two doors and not one (a decision, docs/changing-the-process.md): what the timers wait
 * for is known when they are scheduled (days, hours, holidays, a moratorium already recorded),
 * so a date fixed in advance is exact. What the ladder's gate checks can change between the
 * planning and the step's date: other invoices' notices fill the weekly cap, a combined notice
 * may already carry the step, a payment may arrive and wait for a match, and two invoices of one
 * customer must not both take the last place under the cap (the gate locks the customer). Those
 * can only be answered when the step fires. The notices outside the ladder are never held back by
 * the cap (they answer the customer or carry their own deadline); they count toward it once sent.
 */
@Component
public class ContactMoments {

  /** Contacts older than this cannot matter to a 7-day cap or a 7-day Regulation F period. */
  static final Duration LOOK_BACK = Duration.ofDays(8);

  private final ContactPolicy policy;
  private final CustomerContacts contacts;
  private final PaymentHolds holds;
  private final BreathingSpaceContact breathingSpace;

  ContactMoments(
      ContactPolicy policy,
      CustomerContacts contacts,
      PaymentHolds holds,
      BreathingSpaceContact breathingSpace) {
    this.policy = policy;
    this.contacts = contacts;
    this.holds = holds;
    this.breathingSpace = breathingSpace;
  }

  /** The first moment at or after {@code now} a step of the ladder may reach the customer. */
  ContactMoment forLadderStep(Invoice invoice, DunningStep step, Instant now) {
    Customer customer = invoice.getCustomer();
    ContactMoment moment =
        policy.firstAllowed(
            now,
            ContactedCustomer.of(customer),
            step == DunningStep.CALL,
            contacts.since(customer.getId(), now.minus(LOOK_BACK)));
    // A payment that may be this invoice's waits for a person (MatchPayment): no notice until
    // they decide or the hold's limit passes (statements/PaymentHolds); then the gate is asked again.
    Optional<Instant> held = holds.heldUntil(invoice);
    if (held.isPresent() && held.get().isAfter(moment.at())) {
      moment = new ContactMoment(held.get(), List.of(
          "a payment that may be this invoice's waits for a person to match it (held until "
              + held.get() + ")"));
    }
    return breathingSpace.after(moment, customer);
  }

  /** The first moment at or after {@code now} a notice outside the ladder may go out. */
  ContactMoment forNotice(Invoice invoice, Instant now) {
    Customer customer = invoice.getCustomer();
    return breathingSpace.after(
        policy.firstContactHour(now, ContactedCustomer.of(customer)), customer);
  }
}
