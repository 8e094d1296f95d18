package org.fordra.fees;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fordra.customer.Customer;
import org.fordra.ledger.Charge;
import org.fordra.ledger.ChargeType;
import org.fordra.ledger.Credit;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;
import org.fordra.ledger.Payment;
import org.springframework.stereotype.Component;

/** Reads the facts the law asks about from what Fordra stored for an invoice, as of a day. */
@Component
public class ClaimFacts {

  private final InvoiceRecordsReader records;
  private final FourteenDayLetter fourteenDayLetter;

  ClaimFacts(InvoiceRecordsReader records, FourteenDayLetter fourteenDayLetter) {
    this.records = records;
    this.fourteenDayLetter = fourteenDayLetter;
  }

  public Claim asOf(Invoice invoice, LocalDate day) {
    return asOf(invoice, records.of(invoice), day);
  }

  /** The same, from records already read for this computation. */
  Claim asOf(Invoice invoice, InvoiceRecords records, LocalDate day) {
    Customer customer = invoice.getCustomer();
    ZoneId zone = customer.timeZone();
    List<WrittenReminder> sent =
        records.reminders().stream()
            .filter(n -> !LocalDate.ofInstant(n.sentAt(), zone).isAfter(day))
            .toList();
    List<LocalDate> reminders =
        sent.stream()
            .map(n -> LocalDate.ofInstant(n.sentAt(), zone))
            .filter(d -> d.isAfter(invoice.getDueDate()))
            .sorted()
            .toList();
    Optional<LocalDate> finalNotice =
        sent.stream()
            .filter(WrittenReminder::finalNotice)
            .map(n -> LocalDate.ofInstant(n.sentAt(), zone))
            .reduce((first, later) -> later);
    // Sent by post as well (a letter on the same day), the 14 days run from the letter's receipt.
    Optional<LocalDate> finalNoticeLastDay =
        finalNotice.map(
            on ->
                fourteenDayLetter.lastDayToPay(
                    on,
                    sent.stream()
                        .anyMatch(
                            n -> n.finalNotice()
                                && n.byLetter()
                                && LocalDate.ofInstant(n.sentAt(), zone).equals(on))));
    List<Charge> booked =
        records.charges().stream().filter(c -> !c.getChargedOn().isAfter(day)).toList();
    Map<ChargeType, Money> amountsBooked = new EnumMap<>(ChargeType.class);
    booked.forEach(c -> amountsBooked.merge(c.getType(), c.amount(), Money::plus));
    // The last day each written reminder gave, as printed; a notice by e-mail and by post on the
    // same day gave one deadline, so one entry per day.
    List<Claim.GivenDeadline> deadlines =
        sent.stream()
            .filter(n -> n.payBy() != null)
            .map(n -> new Claim.GivenDeadline(LocalDate.ofInstant(n.sentAt(), zone), n.payBy()))
            .filter(g -> g.sentOn().isAfter(invoice.getDueDate()))
            .distinct()
            .sorted(Comparator.comparing(Claim.GivenDeadline::sentOn))
            .toList();
    return new Claim(
        customer.getType(),
        customer.getCountry(),
        invoice.currency(),
        invoice.principal(),
        outstandingPrincipal(invoice, records, booked, day),
        invoice.getIssueDate(),
        invoice.getDueDate(),
        invoice.isDefaultNoticeOnInvoice(),
        reminders,
        finalNotice,
        booked.stream().map(Charge::getType).toList(),
        new ContractTerms(
            customer.isFeesAgreed(),
            customer.getContractLateFee(),
            customer.getContractInterestPercent()),
        finalNoticeLastDay,
        invoice.isDueDateAgreed(),
        Map.copyOf(amountsBooked),
        deadlines,
        Optional.empty());
  }

  /** Principal less credits and less what payments left after paying the costs first. */
  private static Money outstandingPrincipal(
      Invoice invoice, InvoiceRecords records, List<Charge> booked, LocalDate day) {
    Money zero = Money.zero(invoice.currency());
    Money credited =
        records.credits().stream()
            .filter(c -> !c.getCreditedOn().isAfter(day))
            .map(Credit::amount)
            .reduce(zero, Money::plus);
    Money paid =
        records.payments().stream()
            .filter(p -> !p.getPaidOn().isAfter(day))
            .map(Payment::amount)
            .reduce(zero, Money::plus);
    Money costs =
        booked.stream()
            .filter(c -> c.getType() != ChargeType.LATE_INTEREST)
            .map(Charge::amount)
            .reduce(zero, Money::plus);
    Money toPrincipal = paid.minus(costs);
    Money left = invoice.principal().minus(credited);
    if (toPrincipal.isPositive()) {
      left = left.minus(toPrincipal);
    }
    return left.amount().signum() > 0 ? left : zero;
  }

}
