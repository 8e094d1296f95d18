package org.fordra.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fordra.breathingspace.Moratoria;
import org.fordra.breathingspace.Respite;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.Charge;
import org.fordra.ledger.ChargeType;
import org.fordra.money.Money;
import org.springframework.stereotype.Component;

/**
 * Late interest as the customer's law gives it: simple, daily, on the principal still
 * outstanding, from the first interest day of the {@link Jurisdiction}; where the law compounds it
 * yearly (the Netherlands, {@link InterestTerms#compoundsYearly}), each full year's unpaid interest
 * is added to the sum it runs on. Each payment first pays
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
  private final InvoiceRecordsReader records;
  private final Moratoria moratoria;

  StatutoryLateInterest(
      ClaimFacts facts,
      Jurisdictions jurisdictions,
      DailySimpleInterest daily,
      InvoiceRecordsReader records,
      Moratoria moratoria) {
    this.moratoria = moratoria;
    this.facts = facts;
    this.jurisdictions = jurisdictions;
    this.daily = daily;
    this.records = records;
  }

  @Override
  public Money accruedUntil(Invoice invoice, LocalDate day) {
    InvoiceRecords read = records.of(invoice);
    Claim claim = facts.asOf(invoice, read, day);
    Jurisdiction law = jurisdictions.of(claim.country(), claim.customerType());
    Optional<InterestTerms> terms = law.interest(claim);
    if (terms.isEmpty()) {
      return Money.zero(invoice.currency());
    }
    return accrued(invoice, read, day, terms.get(), law).notBooked();
  }

  @Override
  public Optional<InterestLine> lineUntil(Invoice invoice, LocalDate day) {
    return lineUntil(invoice, records.of(invoice), day);
  }

  /** The same, from records already read for this computation. */
  Optional<InterestLine> lineUntil(Invoice invoice, InvoiceRecords read, LocalDate day) {
    Claim claim = facts.asOf(invoice, read, day);
    Jurisdiction law = jurisdictions.of(claim.country(), claim.customerType());
    Optional<InterestTerms> found = law.interest(claim);
    if (found.isEmpty() || found.get().firstDay().isAfter(day)) {
      return Optional.empty();
    }
    InterestTerms terms = found.get();
    try {
      Accrued accrued = accrued(invoice, read, day, terms, law);
      if (!accrued.notBooked().isPositive()) {
        return Optional.empty();
      }
      LocalDate to = accrued.lastDay();
      List<InterestLine.RatePeriod> rates =
          daily.spans(terms.firstDay(), to, terms).stream()
              .map(span -> terms.fixedPercent() != null
                  ? new InterestLine.RatePeriod(span.from(), span.to(), null, span.percent())
                  : new InterestLine.RatePeriod(
                      span.from(), span.to(), span.percent(), terms.points()))
              .toList();
      return Optional.of(
          new InterestLine(accrued.notBooked(), terms.basis(), terms.firstDay(), to, rates, null));
    } catch (MissingReferenceRate missing) {
      return Optional.of(
          new InterestLine(null, terms.basis(), terms.firstDay(), day, List.of(), missing));
    }
  }

  /** Interest not yet booked, and the last day on which any ran (principal still outstanding). */
  private record Accrued(Money notBooked, LocalDate lastDay) {}

  private Accrued accrued(
      Invoice invoice, InvoiceRecords read, LocalDate day, InterestTerms terms, Jurisdiction law) {
    Money zero = Money.zero(invoice.currency());
    List<Movement> movements = new ArrayList<>();
    read.payments().stream()
        .filter(p -> !p.getPaidOn().isAfter(day))
        .forEach(p -> movements.add(new Movement(p.getPaidOn(), 1, p.amount())));
    read.credits().stream()
        .filter(c -> !c.getCreditedOn().isAfter(day))
        .forEach(c -> movements.add(new Movement(c.getCreditedOn(), 0, c.amount())));
    List<Charge> booked =
        read.charges().stream().filter(c -> !c.getChargedOn().isAfter(day)).toList();
    Money alreadyBooked =
        booked.stream()
            .filter(c -> c.getType() == ChargeType.LATE_INTEREST)
            .map(Charge::amount)
            .reduce(zero, Money::plus);
    Money beyondBalance = zero;
    if (invoice.isClosed()) {
      // Closed on the booked balance: interest counts only as far as payments went beyond it.
      beyondBalance =
          movements.stream().map(Movement::amount).reduce(zero, Money::plus)
              .minus(invoice.principal())
              .minus(booked.stream().map(Charge::amount).reduce(zero, Money::plus));
      if (!beyondBalance.isPositive()) {
        // Nothing beyond it: nothing more is owed, whatever the rates (none needs looking up).
        return new Accrued(zero, day);
      }
    }
    Ledger ledger = new Ledger(terms, law.paymentOrder(), invoice.principal(), booked, daily);
    ledger.skipping(moratoria.respitesUntil(invoice.getCustomer().getId(), day));
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
    if (invoice.isClosed()) {
      Money covered = alreadyBooked.plus(beyondBalance);
      accrued = covered.compareTo(accrued) < 0 ? covered : accrued;
    }
    Money notBooked = accrued.minus(alreadyBooked);
    return new Accrued(notBooked.isPositive() ? notBooked : zero, ledger.lastInterestDay());
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
    /** Interest accrued up to the last full interest year, where it compounds (else zero). */
    private Money capitalised;
    private Money costsPaid;
    private Money interestPaid;
    private LocalDate cursor;
    private LocalDate lastInterestDay;
    /** Days of Breathing Space moratoria: no interest runs on them (SI 2020/1311 reg. 7). */
    private List<Respite> respites = List.of();

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
      this.capitalised = Money.zero(principal.currency());
      this.cursor = terms.firstDay();
    }

    void skipping(List<Respite> respites) {
      this.respites = List.copyOf(respites);
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

    /** The last day interest ran on some principal (the first interest day if none did). */
    LocalDate lastInterestDay() {
      return lastInterestDay == null ? terms.firstDay() : lastInterestDay;
    }

    Money interestPaid() {
      return interestPaid;
    }

    Money principal() {
      return principal;
    }

    /**
     * Interest for the days from the cursor up to the day before, on the current principal and,
     * where interest compounds, on the interest of past full years not yet paid. Each year's end
     * is a cut: art. 6:119(2) BW ("telkens na afloop van een jaar wordt het bedrag waarover de
     * wettelijke rente wordt berekend, vermeerderd met de over dat jaar verschuldigde rente"),
     * for commercial interest by art. 6:119a(3) BW. The year runs from the first interest day.
     */
    private void accrueBefore(LocalDate day) {
      while (day.isAfter(cursor)) {
        LocalDate end = day;
        LocalDate anniversary = null;
        if (terms.compoundsYearly()) {
          anniversary = terms.nextAnniversaryAfter(cursor);
          if (anniversary.isBefore(end)) {
            end = anniversary;
          }
        }
        Money base = interestBase();
        if (base.isPositive()) {
          lastInterestDay = end.minusDays(1);
        }
        accrued = accrued.add(outsideRespites(base, cursor, end.minusDays(1)));
        cursor = end;
        if (end.equals(anniversary)) {
          // A full year has passed: all interest up to here, in cents, joins the sum.
          capitalised = rounded(accrued);
        }
      }
    }

    /**
     * Interest on {@code base} for the days {@code from}..{@code to} that no moratorium covers:
     * interest for a moratorium's period is never charged, then or later (SI 2020/1311 reg. 7).
     */
    private BigDecimal outsideRespites(Money base, LocalDate from, LocalDate to) {
      if (respites.isEmpty()) {
        return daily.on(base.amount(), from, to, terms);
      }
      BigDecimal sum = BigDecimal.ZERO;
      LocalDate start = from;
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        LocalDate day = d;
        if (respites.stream().anyMatch(r -> r.covers(day))) {
          sum = sum.add(daily.on(base.amount(), start, d.minusDays(1), terms));
          start = d.plusDays(1);
        }
      }
      return sum.add(daily.on(base.amount(), start, to, terms));
    }

    /**
     * What interest runs on: the principal, plus the capitalised interest that payments have not
     * yet paid (a payment towards interest is taken to pay the oldest interest first).
     */
    private Money interestBase() {
      Money unpaidCapitalised = capitalised.minus(interestPaid);
      return unpaidCapitalised.isPositive() ? principal.plus(unpaidCapitalised) : principal;
    }

    private Money rounded(BigDecimal exact) {
      return Money.rounded(exact, principal.currency());
    }
  }
}
