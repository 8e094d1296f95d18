package org.fordra.dunning;

import org.fordra.api.NotFound;
import org.fordra.api.ApiFor;
import org.fordra.api.Staff;
import org.fordra.invoice.InvoiceView;
import org.fordra.invoice.InvoiceViews;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The books cancel an invoice: the case ends CANCELLED (CONTRACT.md, "Money in and out"). */
@RestController
class CancellationController {

  record CancellationRequest(String reason) {}

  private final Cancellation cancellation;
  private final InvoiceViews views;

  CancellationController(Cancellation cancellation, InvoiceViews views) {
    this.cancellation = cancellation;
    this.views = views;
  }

  @PostMapping("/api/invoices/{number}/cancellation")
  @ApiFor(Staff.BOOKKEEPING)
  InvoiceView cancel(@PathVariable String number, @RequestBody CancellationRequest request) {
    cancellation.cancel(number, request == null ? null : request.reason());
    return views.of(number).orElseThrow(() -> new NotFound("No invoice " + number));
  }
}
