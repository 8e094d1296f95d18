package org.fordra.notices;

import java.time.Instant;

/**
 * A stored notice with how far it got in the outbox: {@code state} and {@code dispatchedAt} of its
 * {@link Dispatch}, or SENT at its {@code sentAt} where it has none (stored before the outbox).
 */
public record DispatchedNotice(Notice notice, NoticeDispatch state, Instant dispatchedAt) {

  static DispatchedNotice of(Notice notice, Dispatch dispatch) {
    return dispatch == null
        ? new DispatchedNotice(notice, NoticeDispatch.SENT, notice.getSentAt())
        : new DispatchedNotice(notice, dispatch.getState(), dispatch.getDispatchedAt());
  }
}
