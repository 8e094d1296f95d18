package org.fordra.disputes;

import java.net.URI;
import java.time.Instant;
import org.fordra.api.ApiFor;
import org.fordra.api.Staff;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Disputes raised by the customer through staff or the accounting system. */
@RestController
class DisputeController {

  record NewDispute(String reason) {}

  record DisputeView(Long id, String invoiceNumber, String reason, Instant raisedAt, String raisedBy) {}

  private final DisputeRaising raising;

  DisputeController(DisputeRaising raising) {
    this.raising = raising;
  }

  @ApiFor(Staff.CUSTOMER_CONTACT)
  @PostMapping("/api/invoices/{number}/disputes")
  ResponseEntity<DisputeView> raise(@PathVariable String number, @RequestBody NewDispute request) {
    Dispute d = raising.raise(number, request.reason());
    return ResponseEntity.created(URI.create("/api/invoices/" + number + "/disputes/" + d.getId()))
        .body(new DisputeView(d.getId(), number, d.getReason(), d.getRaisedAt(), d.getRaisedBy()));
  }
}
