package org.fordra.payments;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.fordra.api.ApiFor;
import org.fordra.api.Staff;
import org.fordra.ledger.Payment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Payments reported by the accounting system or the bank. */
@RestController
class PaymentController {

  record PaymentView(
      Long id,
      String invoiceNumber,
      String amount,
      String currency,
      LocalDate paidOn,
      String reference,
      Instant bookedAt,
      String bookedBy,
      String onAccount) {}

  private final PaymentBooking booking;

  PaymentController(PaymentBooking booking) {
    this.booking = booking;
  }

  @ApiFor(Staff.BOOKKEEPING)
  @PostMapping("/api/invoices/{number}/payments")
  ResponseEntity<PaymentView> book(@PathVariable String number, @RequestBody NewPayment request) {
    PaymentBooking.Booking booked = booking.book(number, request);
    Payment p = booked.payment();
    PaymentView view =
        new PaymentView(
            p.getId(),
            number,
            p.amount().toString(),
            p.amount().currency().getCurrencyCode(),
            p.getPaidOn(),
            p.getReference(),
            p.getBookedAt(),
            p.getBookedBy(),
            booked.onAccount().toString());
    return booked.isNew()
        ? ResponseEntity.created(URI.create("/api/invoices/" + number + "/payments/" + p.getId())).body(view)
        : ResponseEntity.ok(view);
  }
}
