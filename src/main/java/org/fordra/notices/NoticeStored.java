package org.fordra.notices;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;

/**
 * Tells {@link SentNotices} that an invoice got a notice (or lost one) in this transaction, so
 * the next read of its notices goes to the database and finds it.
 */
class NoticeStored {

  @PrePersist
  @PreRemove
  void changed(Notice notice) {
    if (notice.getInvoice() != null) {
      SentNotices.changed(notice.getInvoice().getId());
    }
  }
}
