package org.fordra.notices;

import java.time.Instant;

/**
 * That a notice of some kind went out, how and when: what the law asks about, without the copy.
 */
public record SentNotice(NoticeKind kind, NoticeChannel channel, Instant sentAt) {}
