package org.fordra.notices;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fordra.fees.WrittenReminder;
import org.fordra.fees.WrittenReminders;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/** The notices sent for an invoice that count as written reminders, for the fees' law. */
@Component
class WrittenRemindersSent implements WrittenReminders {

  /** Written reminders after the due date, as the statutes mean them. */
  static final Set<NoticeKind> WRITTEN_REMINDERS =
      EnumSet.of(NoticeKind.REMINDER_1, NoticeKind.REMINDER_2, NoticeKind.FINAL_NOTICE);

  private final SentNotices notices;

  WrittenRemindersSent(SentNotices notices) {
    this.notices = notices;
  }

  @Override
  public List<WrittenReminder> sentFor(Invoice invoice) {
    return notices.of(invoice.getId()).stream()
        .filter(n -> WRITTEN_REMINDERS.contains(n.kind()))
        .map(
            n ->
                new WrittenReminder(
                    n.sentAt(),
                    n.kind() == NoticeKind.FINAL_NOTICE,
                    n.channel() == NoticeChannel.LETTER,
                    n.payBy()))
        .toList();
  }
}
