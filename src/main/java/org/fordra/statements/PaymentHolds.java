package org.fordra.statements;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds the notices of the invoices an unmatched payment may be for while it waits for a person
 * (MatchPayment): sending a reminder for money the customer may have paid is wrong and costly. The
 * hold is limited ({@code fordra.statements.hold-days}, default 5) so a forgotten task never
 * stops dunning for good; it ends when the person decides. Both ends are audited on each invoice.
 */
@Component
public class PaymentHolds {

  private final PaymentHoldRepository holds;
  private final InvoiceRepository invoices;
  private final AuditTrail audit;
  private final Clock clock;
  private final Duration limit;

  PaymentHolds(
      PaymentHoldRepository holds,
      InvoiceRepository invoices,
      AuditTrail audit,
      Clock clock,
      @Value("${fordra.statements.hold-days:5}") int holdDays) {
    this.holds = holds;
    this.invoices = invoices;
    this.audit = audit;
    this.clock = clock;
    this.limit = Duration.ofDays(holdDays);
  }

  /** Until when the invoice's next notice waits for a person to match a payment; empty: it does not. */
  public Optional<Instant> heldUntil(Invoice invoice) {
    return Optional.ofNullable(holds.heldUntil(invoice.getId(), clock.instant()));
  }

  void hold(StatementEntry entry, Collection<Invoice> candidates) {
    Instant until = clock.instant().plus(limit);
    for (Invoice invoice : candidates) {
      holds.save(new PaymentHold(entry.getId(), invoice.getId(), until));
      audit.record(
          invoice.getNumber(),
          AuditTrail.SYSTEM,
          "NOTICES_HELD",
          "bank entry " + entry.getId() + " (" + entry.amount().currency().getCurrencyCode() + " "
              + entry.amount() + " from " + (entry.getPayer() == null ? "an unnamed payer" : entry.getPayer())
              + ") may pay this invoice and waits for a person: no notice before " + until
              + " unless it is matched elsewhere first");
    }
  }

  void release(StatementEntry entry, String how) {
    Instant now = clock.instant();
    for (PaymentHold hold : holds.openFor(entry.getId())) {
      hold.release(now);
      invoices.findById(hold.getInvoiceId()).ifPresent(invoice ->
          audit.record(
              invoice.getNumber(),
              AuditTrail.SYSTEM,
              "NOTICES_RELEASED",
              "bank entry " + entry.getId() + " was " + how + "; notices are no longer held for it"));
    }
  }
}
