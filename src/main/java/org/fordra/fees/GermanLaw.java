package org.fordra.fees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fordra.ledger.ChargeType;
import org.fordra.money.Money;

/**
 * Germany, BGB.
 *
 * <ul>
 *   <li>Default (Verzug), § 286 BGB. Without a reminder only where the payment date was agreed
 *       (§ 286(2) Nr. 1: "für die Leistung eine Zeit nach dem Kalender bestimmt"): a date the
 *       creditor merely printed on the invoice is not one ({@link Claim#dueDateAgreed}, false
 *       unless recorded). Otherwise default begins on receipt of a reminder sent after the due
 *       date (§ 286(1)), or at the latest 30 days after due date and receipt of the invoice
 *       (§ 286(3) sentence 1): for a business always, for a consumer only if the invoice pointed
 *       this out. Receipt of the invoice is presumed {@code receiptDays} after its issue.
 *   <li>Interest, § 288 BGB: Basiszinssatz (§ 247) + 5 points for consumers (§ 288(1)), + 9 points
 *       where no consumer is involved (§ 288(2)); it runs for the days of default; after a
 *       reminder from the day after its receipt (§ 187(1) BGB).
 *   <li>Verzugspauschale EUR 40, § 288(5): business debtors in default only, once per claim. The
 *       statute names euros and no conversion, so it is charged on euro invoices only. It is set
 *       off against damages owed for costs of legal pursuit (§ 288(5) sentence 3), which
 *       reminder costs are: Pauschale and reminder fees together never exceed the larger of
 *       EUR 40 and the reminder costs, so the two are never both charged in full.
 *   <li>Reminder fee: only the creditor's actual cost of the letter (BGH, 26 June 2019, VIII ZR
 *       95/18: staff time is not recoverable) and never for the reminder that itself creates
 *       default, since costs are only owed as damage for a default already running (§§ 280(2),
 *       286 BGB).
 * </ul>
 * Each allowance assumes the charges already booked; {@link BookCharges} asks again after each
 * charge it books at a step, so the set-off holds whichever of the two policy asks for first.
 */
class GermanLaw implements Jurisdiction {

  static final String SERIES = "DE_BASISZINSSATZ";
  static final String INTEREST_CONSUMER = "§§ 286, 288 (1) BGB: Basiszinssatz + 5 Prozentpunkte";
  static final String INTEREST_BUSINESS = "§§ 286, 288 (2) BGB: Basiszinssatz + 9 Prozentpunkte";
  static final String PAUSCHALE = "§ 288 (5) BGB: Verzugspauschale";
  static final String REMINDER =
      "§§ 280 (2), 286 BGB: Mahnkosten in Höhe der tatsächlichen Kosten (BGH VIII ZR 95/18)";
  static final String SET_OFF_REMINDERS =
      ", gemindert um bereits berechnete Mahnkosten (§ 288 (5) Satz 3 BGB)";
  static final String SET_OFF_PAUSCHALE =
      ", soweit über die Pauschale hinaus (§ 288 (5) Satz 3 BGB)";

  private final FeeSettings settings;

  GermanLaw(FeeSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "DE (BGB)";
  }

  @Override
  public Optional<InterestTerms> interest(Claim claim) {
    boolean business = claim.isBusiness();
    return firstInterestDay(claim)
        .map(day -> business
            ? InterestTerms.seriesPlus(day, SERIES, "9", INTEREST_BUSINESS)
            : InterestTerms.seriesPlus(day, SERIES, "5", INTEREST_CONSUMER));
  }

  @Override
  public List<Allowance> allowed(FeeOccasion occasion, LocalDate on, Claim claim) {
    List<Allowance> allowed = new ArrayList<>();
    boolean inDefault = defaultStarts(claim, on).filter(start -> !start.isAfter(on)).isPresent();
    if (!inDefault) {
      return allowed;
    }
    Money cost = Money.exact(settings.deReminderActualCost(), claim.currency());
    boolean reminderFee = occasion.isWrittenReminder() && cost.isPositive();
    boolean pauschale = claim.isBusiness() && claim.isIn("EUR");
    if (!pauschale) {
      if (reminderFee) {
        allowed.add(new Allowance(ChargeType.REMINDER_FEE, cost, REMINDER));
      }
      return allowed;
    }
    // § 288(5) sentence 3 BGB: the Pauschale is set off against costs of legal pursuit, so
    // Pauschale + reminder fees <= max(EUR 40, reminder costs), whichever is booked first.
    Money forty = claim.money("40.00");
    Money pauschaleBooked = claim.bookedAmount(ChargeType.FIXED_COMPENSATION);
    Money remindersBooked = claim.bookedAmount(ChargeType.REMINDER_FEE);
    if (claim.booked(ChargeType.FIXED_COMPENSATION) == 0) {
      Money left = forty.minus(remindersBooked);
      if (left.isPositive()) {
        allowed.add(
            new Allowance(
                ChargeType.FIXED_COMPENSATION,
                left,
                remindersBooked.isPositive() ? PAUSCHALE + SET_OFF_REMINDERS : PAUSCHALE));
      }
    }
    if (reminderFee) {
      Money costs = remindersBooked.plus(cost);
      Money room = larger(forty, costs).minus(pauschaleBooked).minus(remindersBooked);
      Money fee = room.compareTo(cost) < 0 ? room : cost;
      if (fee.isPositive()) {
        allowed.add(
            new Allowance(
                ChargeType.REMINDER_FEE,
                fee,
                pauschaleBooked.isPositive() ? REMINDER + SET_OFF_PAUSCHALE : REMINDER));
      }
    }
    return allowed;
  }

  /** The first day of default, counting only reminders sent before {@code before}. */
  Optional<LocalDate> defaultStarts(Claim claim, LocalDate before) {
    Optional<LocalDate> byReminder =
        reminderBefore(claim, before).map(sent -> sent.plusDays(settings.receiptDays()));
    return earliest(earliest(byAgreedDate(claim), byReminder), byThirtyDays(claim));
  }

  private Optional<LocalDate> firstInterestDay(Claim claim) {
    Optional<LocalDate> byReminder =
        reminderBefore(claim, null).map(sent -> sent.plusDays(settings.receiptDays() + 1L));
    return earliest(earliest(byAgreedDate(claim), byReminder), byThirtyDays(claim));
  }

  /** § 286(2) Nr. 1: an agreed payment date, default from the day after it. */
  private static Optional<LocalDate> byAgreedDate(Claim claim) {
    return claim.dueDateAgreed() ? Optional.of(claim.dueDate().plusDays(1)) : Optional.empty();
  }

  /**
   * § 286(3) sentence 1: 30 days after due date and receipt of the invoice, day 31 is in default;
   * for a consumer only where the invoice pointed this out. Receipt is presumed
   * {@code receiptDays} after issue; an invoice received after its due date counts from receipt.
   */
  private Optional<LocalDate> byThirtyDays(Claim claim) {
    if (!claim.isBusiness() && !claim.defaultNoticeOnInvoice()) {
      return Optional.empty();
    }
    LocalDate received = claim.issueDate().plusDays(settings.receiptDays());
    LocalDate from = received.isAfter(claim.dueDate()) ? received : claim.dueDate();
    return Optional.of(from.plusDays(31));
  }

  private static Optional<LocalDate> reminderBefore(Claim claim, LocalDate before) {
    return claim.remindersSentOn().stream()
        .filter(d -> d.isAfter(claim.dueDate()))
        .filter(d -> before == null || d.isBefore(before))
        .findFirst();
  }

  private static Money larger(Money a, Money b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Optional<LocalDate> earliest(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
  }
}
