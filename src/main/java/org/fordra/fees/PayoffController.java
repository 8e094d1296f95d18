package org.fordra.fees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fordra.api.ApiFor;
import org.fordra.api.NotFound;
import org.fordra.api.PlausibleDates;
import org.fordra.api.Staff;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.invoice.InvoiceView.ChargeLine;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the customer must pay to clear an invoice on a given day (today by default).
 *
 * <p>The contract's amounts are decimal strings: {@code charges} sums the charges booked by that
 * day, {@code interest} the interest accrued and not booked, {@code total} what clears the
 * invoice. {@code chargeLines} are the same lines as the invoice's (the booked charges, then the
 * {@code LATE_INTEREST} line with its law, period and rates). A rate the interest
 * needs that is not yet published answers 503 here: a payoff is a figure to pay, never a guess.
 */
@RestController
class PayoffController {

  record PayoffView(
      String currency,
      LocalDate asOf,
      String principal,
      String credited,
      String paid,
      String charges,
      List<ChargeLine> chargeLines,
      String interest,
      String total) {}

  private final InvoiceRepository invoices;
  private final Payoffs payoffs;
  private final TransactionTemplate transaction;
  private final Clock clock;

  PayoffController(
      InvoiceRepository invoices, Payoffs payoffs, TransactionTemplate transaction, Clock clock) {
    this.invoices = invoices;
    this.payoffs = payoffs;
    this.transaction = transaction;
    this.clock = clock;
  }

  @ApiFor(Staff.ANY_STAFF)
  @GetMapping("/api/invoices/{number}/payoff")
  PayoffView payoff(
      @PathVariable String number,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
    LocalDate today = LocalDate.now(clock);
    LocalDate day = asOf == null ? today : PlausibleDates.require("asOf", asOf, today);
    return transaction.execute(
        status -> {
          var invoice =
              invoices.findByNumber(number).orElseThrow(() -> new NotFound("No invoice " + number));
          Payoff p = payoffs.asOf(invoice, day);
          return new PayoffView(
              invoice.currency().getCurrencyCode(),
              day,
              p.principal().toString(),
              p.credits().toString(),
              p.paid().toString(),
              p.totalCharges().toString(),
              ChargeLines.of(p.charges(), p.interestLine(), day),
              p.interest().toString(),
              p.total().toString());
        });
  }
}
