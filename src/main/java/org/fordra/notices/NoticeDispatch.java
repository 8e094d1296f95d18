package org.fordra.notices;

/**
 * Where a stored notice is on its way out (see {@link NoticeDispatcher}): stored and waiting to
 * be sent, being sent by one node, handed to the mail server or the print outbox, or given up
 * after the last try.
 */
public enum NoticeDispatch {
  PENDING,
  SENDING,
  SENT,
  FAILED
}
