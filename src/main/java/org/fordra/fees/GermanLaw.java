package org.fordra.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fordra.money.Money;

/**
 * Germany, BGB.
 *
 * <ul>
 *   <li>Default (Verzug), § 286 BGB. A business customer is in default from the day after the
 *       agreed payment date (§ 286(2) Nr. 1; the invoice's due date is taken as agreed in the
 *       contract). A consumer is in default only on receipt of a reminder sent after the due date
 *       (§ 286(1)), or 30 days after due date and receipt of the invoice if the invoice pointed
 *       this out (§ 286(3) sentence 1, second half).
 *   <li>Interest, § 288 BGB: Basiszinssatz (§ 247) + 5 points for consumers (§ 288(1)), + 9 points
 *       where no consumer is involved (§ 288(2)); it runs for the days of default; after a
 *       reminder from the day after its receipt (§ 187(1) BGB).
 *   <li>Verzugspauschale EUR 40, § 288(5): business debtors only, once per claim. The statute names
 *       euros and no conversion, so it is charged on euro invoices only.
 *   <li>Reminder fee: only the creditor's actual cost of the letter (BGH, 26 June 2019, VIII ZR
 *       95/18: staff time is not recoverable) and never for the reminder that itself creates
 *       default, since costs are only owed as damage for a default already running (§§ 280(2),
 *       286 BGB).
 * </ul>
 */
class GermanLaw implements Jurisdiction {

  static final String SERIES = "DE_BASISZINSSATZ";
  static final String INTEREST_CONSUMER = "§§ 286, 288 (1) BGB: Basiszinssatz + 5 Prozentpunkte";
  static final String INTEREST_BUSINESS = "§§ 286, 288 (2) BGB: Basiszinssatz + 9 Prozentpunkte";
  static final String PAUSCHALE = "§ 288 (5) BGB: Verzugspauschale";
  static final String REMINDER =
      "§§ 280 (2), 286 BGB: Mahnkosten in Höhe der tatsächlichen Kosten (BGH VIII ZR 95/18)";

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
    if (claim.isBusiness()) {
      return Optional.of(
          InterestTerms.seriesPlus(claim.dueDate().plusDays(1), SERIES, "9", INTEREST_BUSINESS));
    }
    return firstConsumerInterestDay(claim, null)
        .map(day -> InterestTerms.seriesPlus(day, SERIES, "5", INTEREST_CONSUMER));
  }

  @Override
  public List<Allowance> allowed(FeeOccasion occasion, LocalDate on, Claim claim) {
    List<Allowance> allowed = new ArrayList<>();
    boolean inDefault = defaultStarts(claim, on).filter(start -> !start.isAfter(on)).isPresent();
    if (!inDefault) {
      return allowed;
    }
    if (claim.isBusiness()
        && claim.isIn("EUR")
        && claim.booked(ChargeType.FIXED_COMPENSATION) == 0) {
      allowed.add(new Allowance(ChargeType.FIXED_COMPENSATION, claim.money("40.00"), PAUSCHALE));
    }
    BigDecimal cost = settings.deReminderActualCost();
    if (occasion.isWrittenReminder() && cost.signum() > 0) {
      allowed.add(
          new Allowance(ChargeType.REMINDER_FEE, Money.exact(cost, claim.currency()), REMINDER));
    }
    return allowed;
  }

  /** The first day of default, counting only reminders sent before {@code before}. */
  Optional<LocalDate> defaultStarts(Claim claim, LocalDate before) {
    if (claim.isBusiness()) {
      return Optional.of(claim.dueDate().plusDays(1));
    }
    Optional<LocalDate> byReminder =
        reminderBefore(claim, before).map(sent -> sent.plusDays(settings.receiptDays()));
    return earliest(byReminder, byInvoiceNotice(claim));
  }

  private Optional<LocalDate> firstConsumerInterestDay(Claim claim, LocalDate before) {
    Optional<LocalDate> byReminder =
        reminderBefore(claim, before).map(sent -> sent.plusDays(settings.receiptDays() + 1L));
    return earliest(byReminder, byInvoiceNotice(claim));
  }

  /** § 286(3): 30 days after due date (the invoice is received by then), day 31 is in default. */
  private static Optional<LocalDate> byInvoiceNotice(Claim claim) {
    return claim.defaultNoticeOnInvoice()
        ? Optional.of(claim.dueDate().plusDays(31))
        : Optional.empty();
  }

  private static Optional<LocalDate> reminderBefore(Claim claim, LocalDate before) {
    return claim.remindersSentOn().stream()
        .filter(d -> d.isAfter(claim.dueDate()))
        .filter(d -> before == null || d.isBefore(before))
        .findFirst();
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
