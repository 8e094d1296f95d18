package org.fordra.dunning;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.fordra.customer.Customer;
import org.fordra.customer.Delivery;
import org.fordra.fees.FourteenDayLetter;
import org.fordra.invoice.Invoice;
import org.fordra.notices.NoticeKind;
import org.springframework.stereotype.Component;

/**
 * The last day to pay a reminder or final notice gives: the date it prints, the date the process
 * waits for, and the date the fee rules are told before its charges are booked, all from here so
 * they never disagree.
 *
 * <p>Norway. A reminder (purring) and the inkassovarsel give at least {@value #NO_MIN_DAYS} days
 * counted from the day they are sent, whatever the manager-edited schedule says: inkassoloven § 9
 * second paragraph ("Fristen for betaling ... skal være minst 14 dager regnet fra det tidspunkt da
 * varslet ble sendt") for the inkassovarsel, and inkassoforskriften § 1-3 first paragraph second
 * sentence for the purregebyr (a second fee only once the debtor overstepped a deadline of at
 * least 14 days). A reminder's deadline runs to the day before the next written notice; where the
 * schedule puts that notice earlier, {@link SendReminderAndMarkStage} moves it (and what follows)
 * to the day after the deadline.
 */
@Component
public class PaymentDeadlines {

  static final int NO_MIN_DAYS = 14;

  /** The notices that follow a reminder with a deadline of their own, or the managers' decision. */
  private static final List<DunningStep> WRITTEN =
      List.of(DunningStep.REMINDER_2, DunningStep.FINAL_NOTICE, DunningStep.DECISION);

  private final ContactHours contactHours;
  private final FourteenDayLetter fourteenDayLetter;
  private final DunningLadder ladder;

  PaymentDeadlines(
      ContactHours contactHours,
      FourteenDayLetter fourteenDayLetter,
      DunningLadder ladder) {
    this.contactHours = contactHours;
    this.fourteenDayLetter = fourteenDayLetter;
    this.ladder = ladder;
  }

  /** Whether the customer's notices follow the Norwegian minimum of 14 days to pay. */
  public static boolean norwegian(Customer customer) {
    return "NO".equalsIgnoreCase(customer.getCountry());
  }

  /**
   * The last day to pay a REMINDER_1, REMINDER_2 or FINAL_NOTICE sent {@code today} gives; empty
   * for other kinds.
   */
  public Optional<LocalDate> lastDayToPay(
      NoticeKind kind, VariableScope execution, Invoice invoice, LocalDate today) {
    ZoneId zone = invoice.getCustomer().timeZone();
    boolean norway = norwegian(invoice.getCustomer());
    LocalDate last;
    switch (kind) {
      case REMINDER_1, REMINDER_2 -> {
        DunningStep step = DunningStep.valueOf(kind.name());
        DunningStep after =
            norway ? nextWritten(execution, step) : ladder.after(execution, step);
        Date next = after == null ? null : ladder.dateOf(execution, after);
        last = dayBefore(next, zone, today);
      }
      case FINAL_NOTICE -> last = finalNoticeDeadline(execution, invoice, today);
      default -> {
        return Optional.empty();
      }
    }
    if (norway && last.isBefore(today.plusDays(NO_MIN_DAYS))) {
      last = today.plusDays(NO_MIN_DAYS);
    }
    return Optional.of(last);
  }

  /** The next reminder, final notice or decision after {@code step} in this invoice's plan. */
  public DunningStep nextWritten(VariableScope execution, DunningStep step) {
    DunningStep next = ladder.after(execution, step);
    while (next != null && !WRITTEN.contains(next)) {
      next = ladder.after(execution, next);
    }
    return next;
  }

  /** {@link #dayBefore(Date, ZoneId, LocalDate)} as the invoice's customer counts the days. */
  public LocalDate dayBefore(Date moment, Invoice invoice) {
    ZoneId zone = invoice.getCustomer().timeZone();
    return dayBefore(moment, zone, contactHours.today(zone));
  }

  /** A firm date: the day before {@code moment}, at least tomorrow; a week if there is none. */
  public LocalDate dayBefore(Date moment, ZoneId zone, LocalDate today) {
    if (moment == null) {
      return today.plusDays(7);
    }
    LocalDate day = contactHours.dayOf(moment, zone).minusDays(1);
    return day.isAfter(today) ? day : today.plusDays(1);
  }

  /**
   * The final notice's last day to pay: the schedule's days from today, and for a Dutch customer
   * never before the 14 days from the day after receipt run out (art. 6:96(6) BW; by post the
   * letter arrives later: {@link FourteenDayLetter}). The process's decision timer is set to the
   * day after this date, so nothing escalates and no collection costs arise before it has passed.
   */
  private LocalDate finalNoticeDeadline(
      VariableScope execution, Invoice invoice, LocalDate today) {
    int days = ladder.days(execution, ScheduleSettings.FINAL_NOTICE_DEADLINE_DAYS);
    LocalDate scheduled = today.plusDays(days);
    Customer customer = invoice.getCustomer();
    if (!FourteenDayLetter.countsFromReceipt(customer)) {
      return scheduled;
    }
    Delivery delivery = customer.getDelivery() == null ? Delivery.EMAIL : customer.getDelivery();
    LocalDate lawful = fourteenDayLetter.lastDayToPay(today, delivery.byLetter());
    return lawful.isAfter(scheduled) ? lawful : scheduled;
  }
}
