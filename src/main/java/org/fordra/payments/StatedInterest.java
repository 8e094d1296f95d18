package org.fordra.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.fordra.audit.AuditTrail;
import org.fordra.ledger.Charge;
import org.fordra.ledger.ChargeRepository;
import org.fordra.ledger.ChargeType;
import org.fordra.fees.Payoff;
import org.fordra.fees.Payoffs;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.money.Money;
import org.fordra.notices.InterestStatingNotice;
import org.fordra.notices.NoticeRepository;
import org.springframework.stereotype.Component;

/**
 * Late interest accrues outside the booked balance: notices and the payoff state it, a case closes
 * on the booked balance. So interest a letter demanded would vanish when the customer pays the
 * rest. It does not: when the booked balance is paid while interest a notice stated is unpaid,
 * that interest (at most the amount the latest such notice stated) is either booked as a
 * {@code LATE_INTEREST} charge, so the balance shows it and dunning goes on for it, or, below the
 * amount configured for the currency ({@link InterestWriteOffSettings}, default zero), written
 * off. Either way an audit line states the amount and why. Interest that accrued after that
 * notice, which no letter demanded, is not claimed; the audit line says how much.
 *
 * <p>Notices already answered by a booking do not count again: only notices sent after the last
 * {@code LATE_INTEREST} booking, so a case never books the same interest twice.
 */
@Component
public class StatedInterest {

  /** The interest a notice stated that is still unpaid, and what accrued since it. */
  record Unpaid(Money claimed, InterestStatingNotice statedIn, Money notClaimed, String law) {}

  private final NoticeRepository notices;
  private final ChargeRepository charges;
  private final Payoffs payoffs;
  private final InterestWriteOffSettings settings;
  private final AuditTrail audit;
  private final Clock clock;

  StatedInterest(
      NoticeRepository notices,
      ChargeRepository charges,
      Payoffs payoffs,
      InterestWriteOffSettings settings,
      AuditTrail audit,
      Clock clock) {
    this.notices = notices;
    this.charges = charges;
    this.payoffs = payoffs;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * What a payment that clears the booked balance must also pay before it is more than the claim:
   * the stated interest that will be booked, zero where it will be written off or not claimed.
   */
  Money stillToCollect(Invoice invoice) {
    return unpaid(invoice)
        .filter(unpaid -> willBeBooked(invoice, unpaid))
        .map(Unpaid::claimed)
        .orElse(Money.zero(invoice.currency()));
  }

  /**
   * The booked balance is paid: books the stated interest still unpaid, writes it off by rule, or
   * (a payment plan, agreed on the booked balance) records that it is not claimed.
   */
  public void settleOnClearing(Invoice invoice) {
    Optional<Unpaid> found = unpaid(invoice);
    if (found.isEmpty()) {
      return;
    }
    Unpaid unpaid = found.get();
    String currency = invoice.currency().getCurrencyCode();
    String stated =
        currency + " " + unpaid.claimed() + " of late interest stated in the "
            + unpaid.statedIn().kind() + " of " + sentOn(unpaid.statedIn())
            + " is unpaid while the booked balance is paid";
    String since =
        unpaid.notClaimed().isPositive()
            ? "; " + currency + " " + unpaid.notClaimed()
                + " accrued since that notice is not claimed: no notice stated it"
            : "";
    if (invoice.getStatus() == InvoiceStatus.IN_PAYMENT_PLAN) {
      audit.record(invoice.getNumber(), AuditTrail.SYSTEM, "INTEREST_NOT_CLAIMED",
          stated + ": not claimed, the payment plan was agreed on the booked balance" + since);
      return;
    }
    Money writeOffBelow = settings.below(invoice.currency());
    if (!willBeBooked(invoice, unpaid)) {
      audit.record(invoice.getNumber(), AuditTrail.SYSTEM, "INTEREST_WRITTEN_OFF",
          stated + ": written off, below fordra.interest.write-off-below." + currency + " = "
              + writeOffBelow + since);
      return;
    }
    LocalDate today = today();
    charges.save(
        new Charge(
            invoice,
            ChargeType.LATE_INTEREST,
            unpaid.claimed(),
            clip(unpaid.law() + "; as stated in the notice of " + sentOn(unpaid.statedIn())),
            today));
    audit.record(invoice.getNumber(), AuditTrail.SYSTEM, "CHARGE_BOOKED",
        ChargeType.LATE_INTEREST + " " + currency + " " + unpaid.claimed() + ": " + stated
            + "; booked, the case stays open for it" + since);
  }

  private boolean willBeBooked(Invoice invoice, Unpaid unpaid) {
    return invoice.getStatus() != InvoiceStatus.IN_PAYMENT_PLAN
        && unpaid.claimed().compareTo(settings.below(invoice.currency())) >= 0;
  }

  private Optional<Unpaid> unpaid(Invoice invoice) {
    Optional<LocalDate> lastBooked =
        charges.findByInvoiceIdOrderByIdAsc(invoice.getId()).stream()
            .filter(c -> c.getType() == ChargeType.LATE_INTEREST)
            .map(Charge::getChargedOn)
            .max(LocalDate::compareTo);
    Optional<InterestStatingNotice> latest =
        notices.statingInterest(invoice.getId()).stream()
            .filter(n -> lastBooked.isEmpty() || sentOn(n).isAfter(lastBooked.get()))
            .findFirst();
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    Money stated = Money.exact(latest.get().interestStated(), invoice.currency());
    Payoff payoff = payoffs.asOfForNotice(invoice, today());
    // A rate missing now does not unsay what the notice stated with the rates it had.
    Money accrued = payoff.interestPending() ? stated : payoff.interest();
    if (!accrued.isPositive()) {
      return Optional.empty();
    }
    Money claimed = accrued.compareTo(stated) < 0 ? accrued : stated;
    String law = payoff.interestLine() == null ? "late interest" : payoff.interestLine().law();
    return Optional.of(new Unpaid(claimed, latest.get(), accrued.minus(claimed), law));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static LocalDate sentOn(InterestStatingNotice notice) {
    return LocalDate.ofInstant(notice.sentAt(), ZoneOffset.UTC);
  }

  private static String clip(String basis) {
    return basis.length() <= 500 ? basis : basis.substring(0, 500);
  }
}
