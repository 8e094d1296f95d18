package org.fordra.invoice;

import java.time.Instant;
import java.util.List;
import org.fordra.api.ApiFor;
import org.fordra.api.NotFound;
import org.fordra.api.Staff;
import org.fordra.audit.AuditTrail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail of one invoice, oldest first. Here with the invoice, not in {@code audit}: the
 * trail knows invoice numbers only, and the invoice module reads it (never the other way round).
 */
@RestController
class InvoiceAuditController {

  record AuditLine(Instant at, String actor, String action, String detail) {}

  private final AuditTrail trail;
  private final InvoiceRepository invoices;

  InvoiceAuditController(AuditTrail trail, InvoiceRepository invoices) {
    this.trail = trail;
    this.invoices = invoices;
  }

  @ApiFor(Staff.ANY_STAFF)
  @GetMapping("/api/invoices/{number}/audit")
  List<AuditLine> trail(@PathVariable String number) {
    if (!invoices.existsByNumber(number)) {
      throw new NotFound("No invoice " + number);
    }
    return trail.of(number).stream()
        .map(e -> new AuditLine(e.getAt(), e.getActor(), e.getAction(), e.getDetail()))
        .toList();
  }
}
