package org.fordra.dunning.preaction;

import java.util.Optional;
import org.fordra.invoice.Invoice;
import org.fordra.notices.NoticeKind;
import org.fordra.notices.SentNotice;
import org.fordra.notices.SentNotices;
import org.springframework.stereotype.Component;

/** The Letter of Claim sent for an invoice, if one was: the day its reply was due is on it. */
@Component
class LettersOfClaim {

  private final SentNotices notices;

  LettersOfClaim(SentNotices notices) {
    this.notices = notices;
  }

  Optional<SentNotice> lastSentFor(Invoice invoice) {
    return notices.of(invoice.getId()).stream()
        .filter(n -> n.kind() == NoticeKind.LETTER_OF_CLAIM)
        .reduce((first, second) -> second);
  }
}
