package org.fordra.notices;

import java.util.List;
import java.util.Map;
import org.fordra.database.PerTransaction;
import org.springframework.stereotype.Component;

/**
 * The notices sent for an invoice, read once per transaction: a dunning step asks several times
 * (the fees' law counts the written reminders, the interest its periods, the notice's words what
 * went before), and each asked the database again, 20 reads per invoice through the schedule
 * (docs/benchmark.md). Kept until the transaction ends, never longer; a notice stored or removed
 * in the transaction drops the invoice's list ({@link NoticeStored}). Erasure rewrites a notice's
 * recipient and copy, never its kind, channel, date or last day to pay, which is all kept here.
 */
@Component
public class SentNotices {

  private static final PerTransaction<Long, List<SentNotice>> READ = new PerTransaction<>();

  private final NoticeRepository notices;

  SentNotices(NoticeRepository notices) {
    this.notices = notices;
  }

  /** The invoice's notices in the order they were stored. */
  public List<SentNotice> of(Long invoiceId) {
    Map<Long, List<SentNotice>> read = READ.values();
    List<SentNotice> sent = read.get(invoiceId);
    if (sent == null) {
      sent = List.copyOf(notices.sentFor(invoiceId));
      if (invoiceId != null) {
        read.put(invoiceId, sent);
      }
    }
    return sent;
  }

  /** The invoice was stored in this transaction: no notice has been sent for it yet. */
  public void noneYet(Long invoiceId) {
    if (invoiceId != null) {
      READ.values().put(invoiceId, List.of());
    }
  }

  /** A notice of this invoice was stored or removed in the transaction. */
  static void changed(Long invoiceId) {
    READ.values().remove(invoiceId);
  }
}
