package org.fordra.dunning.contact;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fordra.dunning.DunningStep;
import org.springframework.stereotype.Component;

/**
 * A customer's recent contacts across all their invoices, from what is on record: the notices
 * sent (notice table), the calls logged (contact_log_entry), and the ladder contacts allowed but
 * not yet on record (contact_allowance, and those of this transaction not written yet:
 * {@link ContactsLetThrough}).
 */
@Component
class CustomerContacts {

  private static final String PHONE = "PHONE";
  private static final String NO_CONTACT = "NO_CONTACT";

  /**
   * The three records in one query (every dunning step's gate asks): what each row is, its
   * invoice, the notice kind, call channel or allowed step, the call's outcome, and when.
   */
  private static final String SINCE =
      "select 'NOTICE', n.invoice.id, cast(n.kind as String), cast(null as String), n.sentAt"
          + " from Notice n where n.invoice.customer.id = :customer and n.sentAt > :since"
          + " union all"
          + " select 'CALL', e.invoice.id, e.channel, e.outcome, e.at"
          + " from ContactLogEntry e where e.invoice.customer.id = :customer and e.at > :since"
          + " union all"
          + " select 'ALLOWED', a.invoiceId, a.step, cast(null as String), a.allowedAt"
          + " from ContactAllowance a where a.customerId = :customer and a.allowedAt > :since";

  private final EntityManager entities;
  private final ContactsLetThrough letThrough;

  CustomerContacts(EntityManager entities, ContactsLetThrough letThrough) {
    this.entities = entities;
    this.letThrough = letThrough;
  }

  private record Sent(Long invoiceId, String kind, Instant at) {}

  private record Logged(Long invoiceId, String channel, String outcome, Instant at) {}

  private record Allowed(Long invoiceId, String step, Instant at) {}

  ContactHistory since(Long customerId, Instant since) {
    List<Sent> notices = new ArrayList<>();
    List<Logged> calls = new ArrayList<>();
    List<Allowed> allowed = new ArrayList<>();
    for (Object[] row :
        entities
            .createQuery(SINCE, Object[].class)
            .setParameter("customer", customerId)
            .setParameter("since", since)
            .getResultList()) {
      Long invoiceId = (Long) row[1];
      String what = (String) row[2];
      Instant at = (Instant) row[4];
      switch ((String) row[0]) {
        case "NOTICE" -> notices.add(new Sent(invoiceId, what, at));
        case "CALL" -> calls.add(new Logged(invoiceId, what, (String) row[3], at));
        default -> allowed.add(new Allowed(invoiceId, what, at));
      }
    }

    // Let through earlier in this transaction, not written yet (another case of the customer
    // moved on by the same command).
    for (ContactAllowance allowance : letThrough.pending()) {
      if (allowance.getCustomerId().equals(customerId) && allowance.getAllowedAt().isAfter(since)) {
        allowed.add(new Allowed(allowance.getInvoiceId(), allowance.getStep(), allowance.getAllowedAt()));
      }
    }

    List<Instant> contacts = new ArrayList<>();
    List<Instant> attempts = new ArrayList<>();
    List<Instant> conversations = new ArrayList<>();
    notices.forEach(n -> contacts.add(n.at()));
    for (Logged call : calls) {
      contacts.add(call.at());
      if (PHONE.equals(call.channel())) {
        attempts.add(call.at());
        if (!NO_CONTACT.equals(call.outcome())) {
          conversations.add(call.at());
        }
      }
    }
    for (Allowed allowance : allowed) {
      boolean call = DunningStep.CALL.name().equals(allowance.step());
      boolean onRecord =
          call
              ? calls.stream()
                  .anyMatch(
                      c ->
                          c.invoiceId().equals(allowance.invoiceId())
                              && !c.at().isBefore(allowance.at()))
              : notices.stream()
                  .anyMatch(
                      n ->
                          n.invoiceId().equals(allowance.invoiceId())
                              && n.kind().equals(allowance.step())
                              && !n.at().isBefore(allowance.at()));
      if (!onRecord) {
        contacts.add(allowance.at());
        if (call) {
          attempts.add(allowance.at());
        }
      }
    }
    return new ContactHistory(contacts, attempts, conversations);
  }
}
