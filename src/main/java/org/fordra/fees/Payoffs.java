package org.fordra.fees;

import java.time.LocalDate;
import java.util.List;
import org.fordra.ledger.Charge;
import org.fordra.ledger.Credit;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;
import org.fordra.ledger.Payment;
import org.springframework.stereotype.Component;

/** Works out the payoff of an invoice on any day, from what was booked by that day. */
@Component
public class Payoffs {

  private final InvoiceRecordsReader records;
  private final StatutoryLateInterest interest;

  Payoffs(InvoiceRecordsReader records, StatutoryLateInterest interest) {
    this.records = records;
    this.interest = interest;
  }

  /** The payoff to the cent; a {@link MissingReferenceRate} if a needed rate is not known. */
  public Payoff asOf(Invoice invoice, LocalDate day) {
    return asOf(invoice, day, false);
  }

  /**
   * The payoff for a letter to the customer. Where a period's statutory rate is not yet in the
   * rate file, the letter states that interest accrues without an amount (as the law allows a
   * creditor to), rather than stopping every notice; the caller must raise the missing rate.
   */
  public Payoff asOfForNotice(Invoice invoice, LocalDate day) {
    return asOf(invoice, day, true);
  }

  private Payoff asOf(Invoice invoice, LocalDate day, boolean interestMayBePending) {
    Money zero = Money.zero(invoice.currency());
    // One read for the payoff and its interest line (which needs the claim's facts too).
    InvoiceRecords read = records.of(invoice);
    List<Charge> booked =
        read.charges().stream().filter(c -> !c.getChargedOn().isAfter(day)).toList();
    Money credited =
        read.credits().stream()
            .filter(c -> !c.getCreditedOn().isAfter(day))
            .map(Credit::amount)
            .reduce(zero, Money::plus);
    Money paid =
        read.payments().stream()
            .filter(p -> !p.getPaidOn().isAfter(day))
            .map(Payment::amount)
            .reduce(zero, Money::plus);
    InterestLine line = interest.lineUntil(invoice, read, day).orElse(null);
    if (line != null && line.isPending() && !interestMayBePending) {
      throw line.pending();
    }
    Money accrued = line == null || line.isPending() ? zero : line.amount();
    return new Payoff(day, invoice.principal(), credited, paid, booked, accrued, line);
  }
}
