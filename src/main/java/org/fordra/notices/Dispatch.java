package org.fordra.notices;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/**
 * How far a stored notice got on its way out (the outbox, {@link NoticeDispatcher}): a row of its
 * own beside the notice, so that claiming and marking a notice never rewrites the row holding its
 * stored copy (H2 keeps the copy inline and writes the whole row again on each update: 2.6 MB of
 * database file per invoice, docs/benchmark.md). A notice without one was stored before the
 * outbox, or by hand: it is on record as sent at its {@code sentAt}.
 */
@Entity
@Table(name = "notice_dispatch")
public class Dispatch implements Persistable<Long> {

  @Id
  private Long noticeId;

  @Enumerated(EnumType.STRING)
  private NoticeDispatch state;

  /** The e-mail's Message-ID, fixed when stored: every send of this notice carries it. */
  private String messageId;

  private int attempts;
  private Instant nextAttemptAt;
  private Instant claimedUntil;
  private Instant dispatchedAt;
  private String lastError;

  /** Not yet stored: saved with an insert, without first looking for the row (its id is given). */
  @Transient private boolean fresh;

  protected Dispatch() {}

  /** A stored notice waiting to be sent after its step commits, due from {@code dated}. */
  Dispatch(Long noticeId, String messageId, Instant dated) {
    this.noticeId = noticeId;
    this.messageId = messageId;
    this.state = NoticeDispatch.PENDING;
    this.nextAttemptAt = dated;
    this.fresh = true;
  }

  @PostPersist
  @PostLoad
  void stored() {
    this.fresh = false;
  }

  @Override
  public Long getId() {
    return noticeId;
  }

  @Override
  public boolean isNew() {
    return fresh;
  }

  public Long getNoticeId() {
    return noticeId;
  }

  public NoticeDispatch getState() {
    return state;
  }

  /** When the notice was handed to the mail server or the print outbox; null until then. */
  public Instant getDispatchedAt() {
    return dispatchedAt;
  }

  String getMessageId() {
    return messageId;
  }

  int getAttempts() {
    return attempts;
  }

  Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  String getLastError() {
    return lastError;
  }

  void dispatched(Instant now) {
    this.state = NoticeDispatch.SENT;
    this.dispatchedAt = now;
    this.claimedUntil = null;
    this.lastError = null;
  }

  /** A try failed: another after {@code retryIn}, or none (null): then the notice has FAILED. */
  void notDispatched(Instant now, String error, Duration retryIn) {
    this.claimedUntil = null;
    this.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
    if (retryIn == null) {
      this.state = NoticeDispatch.FAILED;
    } else {
      this.state = NoticeDispatch.PENDING;
      this.nextAttemptAt = now.plus(retryIn);
    }
  }
}
