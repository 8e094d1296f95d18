package org.fordra.audit;

import java.time.Instant;
import java.util.List;
import org.fordra.api.ApiFor;
import org.fordra.api.NotFound;
import org.fordra.api.Staff;
import org.fordra.invoice.InvoiceRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of one invoice, oldest first. */
@RestController
class AuditController {

  record AuditLine(Instant at, String actor, String action, String detail) {}

  private final AuditTrail trail;
  private final InvoiceRepository invoices;

  AuditController(AuditTrail trail, InvoiceRepository invoices) {
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
