package org.fordra.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fordra.invoice.Credit;
import org.fordra.invoice.CreditRepository;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;
import org.fordra.payments.Payment;
import org.fordra.payments.PaymentRepository;
import org.springframework.stereotype.Component;

/**
 * Late interest as the customer's law gives it: simple, daily, on the principal still
 * outstanding, from the first interest day of the {@link Jurisdiction}. Each payment first pays
 * costs, then interest accrued so far, then principal (or the jurisdiction's own order), and
 * interest runs on from that day on what principal is left. A credit lowers the principal.
 *
 * <p>A payment or credit dated on a day counts for that whole day (no interest on the paid part
 * for the day of payment). A case closes when its booked balance (principal, charges, credits,
 * payments) is cleared; interest is claimed on notices and in the payoff but never blocks closing.
 * Once a case is closed (paid, settled, cancelled, written off), interest counts only as far as
 * payments went beyond the booked balance: the rest is waived, so a closed case owes nothing.
 */
@Component
public class StatutoryLateInterest implements LateInterest {

  private final ClaimFacts facts;
  private final Jurisdictions jurisdictions;
  private final DailySimpleInterest daily;
  private final ChargeRepository charges;
  private final PaymentRepository payments;
  private final CreditRepository credits;

  StatutoryLateInterest(
      ClaimFacts facts,
      Jurisdictions jurisdictions,
      DailySimpleInterest daily,
      ChargeRepository charges,
      PaymentRepository payments,
      CreditRepository credits) {
    this.facts = facts;
    this.jurisdictions = jurisdictions;
    this.daily = daily;
    this.charges = charges;
    this.payments = payments;
    this.credits = credits;
  }

  @Override
  public Money accruedUntil(Invoice invoice, LocalDate day) {
    Claim claim = facts.asOf(invoice, day);
    Jurisdiction law = jurisdictions.of(claim.country(), claim.customerType());
    Optional<InterestTerms> terms = law.interest(claim);
    Money zero = Money.zero(invoice.currency());
    if (terms.isEmpty()) {
      return zero;
    }
    List<Movement> movements = new ArrayList<>();
    payments.findByInvoiceIdOrderByIdAsc(invoice.getId()).stream()
        .filter(p -> !p.getPaidOn().isAfter(day))
        .forEach(p -> movements.add(new Movement(p.getPaidOn(), 1, p.amount())));
    credits.findByInvoiceIdOrderByIdAsc(invoice.getId()).stream()
        .filter(c -> !c.getCreditedOn().isAfter(day))
        .forEach(c -> movements.add(new Movement(c.getCreditedOn(), 0, c.amount())));
    List<Charge> booked =
        charges.findByInvoiceIdOrderByIdAsc(invoice.getId()).stream()
            .filter(c -> !c.getChargedOn().isAfter(day))
            .toList();
    Ledger ledger =
        new Ledger(terms.get(), law.paymentOrder(), invoice.principal(), booked, daily);
    movements.stream()
        .sorted(Comparator.comparing(Movement::on).thenComparing(Movement::kind))
        .forEach(m -> {
          if (m.kind() == 0) {
            ledger.credit(m.on(), m.amount());
          } else {
            ledger.pay(m.on(), m.amount());
          }
        });
    Money accrued = ledger.accruedUntil(day);
    Money alreadyBooked =
        booked.stream()
            .filter(c -> c.getType() == ChargeType.LATE_INTEREST)
            .map(Charge::amount)
            .reduce(zero, Money::plus);
    if (invoice.isClosed()) {
      // Closed on the booked balance: interest counts only as far as payments went beyond it.
      Money beyondBalance =
          movements.stream().filter(m -> m.kind() == 1).map(Movement::amount)
              .reduce(zero, Money::plus)
              .plus(movements.stream().filter(m -> m.kind() == 0).map(Movement::amount)
                  .reduce(zero, Money::plus))
              .minus(invoice.principal())
              .minus(booked.stream().map(Charge::amount).reduce(zero, Money::plus));
      Money covered = alreadyBooked.plus(beyondBalance.isPositive() ? beyondBalance : zero);
      accrued = covered.compareTo(accrued) < 0 ? covered : accrued;
    }
    Money notBooked = accrued.minus(alreadyBooked);
    return notBooked.isPositive() ? notBooked : zero;
  }

  /** kind 0: credit, 1: payment; credits of a day are applied before its payments. */
  private record Movement(LocalDate on, int kind, Money amount) {}

  /** Walks the claim's days in order, accruing interest and applying payments. */
  static final class Ledger {

    private final InterestTerms terms;
    private final PaymentOrder order;
    private final List<Charge> charges;
    private final DailySimpleInterest daily;
    private Money principal;
    private BigDecimal accrued = BigDecimal.ZERO;
    private Money costsPaid;
    private Money interestPaid;
    private LocalDate cursor;

    Ledger(
        InterestTerms terms,
        PaymentOrder order,
        Money principal,
        List<Charge> charges,
        DailySimpleInterest daily) {
      this.terms = terms;
      this.order = order;
      this.principal = principal;
      this.charges = charges;
      this.daily = daily;
      this.costsPaid = Money.zero(principal.currency());
      this.interestPaid = Money.zero(principal.currency());
      this.cursor = terms.firstDay();
    }

    void credit(LocalDate on, Money amount) {
      accrueBefore(on);
      principal = principal.minus(amount.compareTo(principal) < 0 ? amount : principal);
    }

    void pay(LocalDate on, Money amount) {
      accrueBefore(on);
      Money zero = Money.zero(amount.currency());
      Money costs =
          charges.stream()
              .filter(c -> c.getType() != ChargeType.LATE_INTEREST)
              .filter(c -> !c.getChargedOn().isAfter(on))
              .map(Charge::amount)
              .reduce(zero, Money::plus)
              .minus(costsPaid);
      Money interest = rounded(accrued).minus(interestPaid);
      PaymentAllocation.Applied applied =
          PaymentAllocation.apply(order, amount, costs, interest, principal);
      costsPaid = costsPaid.plus(applied.costs());
      interestPaid = interestPaid.plus(applied.interest());
      principal = principal.minus(applied.principal());
    }

    Money accruedUntil(LocalDate day) {
      accrueBefore(day.plusDays(1));
      return rounded(accrued);
    }

    Money interestPaid() {
      return interestPaid;
    }

    Money principal() {
      return principal;
    }

    /** Interest on the current principal for the days from the cursor up to the day before. */
    private void accrueBefore(LocalDate day) {
      if (day.isAfter(cursor)) {
        accrued = accrued.add(daily.on(principal.amount(), cursor, day.minusDays(1), terms));
        cursor = day;
      }
    }

    private Money rounded(BigDecimal exact) {
      return Money.rounded(exact, principal.currency());
    }
  }
}
