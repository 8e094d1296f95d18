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
 * not yet on record (contact_allowance).
 */
@Component
class CustomerContacts {

  private static final String PHONE = "PHONE";
  private static final String NO_CONTACT = "NO_CONTACT";

  private final EntityManager entities;
  private final ContactAllowances allowances;

  CustomerContacts(EntityManager entities, ContactAllowances allowances) {
    this.entities = entities;
    this.allowances = allowances;
  }

  private record Sent(Long invoiceId, String kind, Instant at) {}

  private record Logged(Long invoiceId, String channel, String outcome, Instant at) {}

  ContactHistory since(Long customerId, Instant since) {
    List<Sent> notices =
        entities
            .createQuery(
                "select n.invoice.id, n.kind, n.sentAt from Notice n"
                    + " where n.invoice.customer.id = :customer and n.sentAt > :since",
                Object[].class)
            .setParameter("customer", customerId)
            .setParameter("since", since)
            .getResultStream()
            .map(r -> new Sent((Long) r[0], String.valueOf(r[1]), (Instant) r[2]))
            .toList();
    List<Logged> calls =
        entities
            .createQuery(
                "select e.invoice.id, e.channel, e.outcome, e.at from ContactLogEntry e"
                    + " where e.invoice.customer.id = :customer and e.at > :since",
                Object[].class)
            .setParameter("customer", customerId)
            .setParameter("since", since)
            .getResultStream()
            .map(r -> new Logged((Long) r[0], (String) r[1], (String) r[2], (Instant) r[3]))
            .toList();

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
    for (ContactAllowance allowed : allowances.findByCustomerIdAndAllowedAtAfter(customerId, since)) {
      boolean call = DunningStep.CALL.name().equals(allowed.getStep());
      boolean onRecord =
          call
              ? calls.stream()
                  .anyMatch(
                      c ->
                          c.invoiceId().equals(allowed.getInvoiceId())
                              && !c.at().isBefore(allowed.getAllowedAt()))
              : notices.stream()
                  .anyMatch(
                      n ->
                          n.invoiceId().equals(allowed.getInvoiceId())
                              && n.kind().equals(allowed.getStep())
                              && !n.at().isBefore(allowed.getAllowedAt()));
      if (!onRecord) {
        contacts.add(allowed.getAllowedAt());
        if (call) {
          attempts.add(allowed.getAllowedAt());
        }
      }
    }
    return new ContactHistory(contacts, attempts, conversations);
  }
}
