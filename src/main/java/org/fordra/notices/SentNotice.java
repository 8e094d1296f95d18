package org.fordra.notices;

import java.time.Instant;
import java.time.LocalDate;

/**
 * That a notice of some kind went out, how and when, and the last day to pay it gave (null where
 * none was recorded): what the law asks about, without the copy.
 */
public record SentNotice(NoticeKind kind, NoticeChannel channel, Instant sentAt, LocalDate payBy) {

  public SentNotice(NoticeKind kind, NoticeChannel channel, Instant sentAt) {
    this(kind, channel, sentAt, null);
  }
}
