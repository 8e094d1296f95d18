package org.fordra.fees;

import java.time.LocalDate;
import java.util.List;
import org.fordra.invoice.Credit;
import org.fordra.invoice.CreditRepository;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;
import org.fordra.payments.Payment;
import org.fordra.payments.PaymentRepository;
import org.springframework.stereotype.Component;

/** Works out the payoff of an invoice on any day, from what was booked by that day. */
@Component
public class Payoffs {

  private final ChargeRepository charges;
  private final CreditRepository credits;
  private final PaymentRepository payments;
  private final LateInterest interest;

  Payoffs(
      ChargeRepository charges,
      CreditRepository credits,
      PaymentRepository payments,
      LateInterest interest) {
    this.charges = charges;
    this.credits = credits;
    this.payments = payments;
    this.interest = interest;
  }

  public Payoff asOf(Invoice invoice, LocalDate day) {
    Money zero = Money.zero(invoice.currency());
    List<Charge> booked =
        charges.findByInvoiceIdOrderByIdAsc(invoice.getId()).stream()
            .filter(c -> !c.getChargedOn().isAfter(day))
            .toList();
    Money credited =
        credits.findByInvoiceIdOrderByIdAsc(invoice.getId()).stream()
            .filter(c -> !c.getCreditedOn().isAfter(day))
            .map(Credit::amount)
            .reduce(zero, Money::plus);
    Money paid =
        payments.findByInvoiceIdOrderByIdAsc(invoice.getId()).stream()
            .filter(p -> !p.getPaidOn().isAfter(day))
            .map(Payment::amount)
            .reduce(zero, Money::plus);
    return new Payoff(
        day, invoice.principal(), credited, paid, booked, interest.accruedUntil(invoice, day));
  }
}
