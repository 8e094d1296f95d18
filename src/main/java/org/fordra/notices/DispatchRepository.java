package org.fordra.notices;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The outbox's rows ({@link Dispatch}); the notices themselves are never updated by it. */
interface DispatchRepository extends JpaRepository<Dispatch, Long> {

  /**
   * The notices the dispatcher may take now: waiting and due, or being sent by a node whose claim
   * ran out (it stopped, or died between the mail server's accept and its mark).
   */
  @Query(
      """
      select d.noticeId from Dispatch d
      where (d.state = org.fordra.notices.NoticeDispatch.PENDING and d.nextAttemptAt <= :now)
         or (d.state = org.fordra.notices.NoticeDispatch.SENDING and d.claimedUntil < :now)
      order by d.nextAttemptAt, d.noticeId
      """)
  List<Long> dispatchable(@Param("now") Instant now, Pageable page);

  /**
   * Takes these notices for this node until {@code until}, counting the try: the count is how
   * many were free (waiting and due, or claimed by a node whose claim ran out). One statement, so
   * of two nodes only one gets a row. Only when the count is all of them are they all this
   * node's; else the caller rolls it back and claims them one at a time.
   */
  @Modifying
  @Query(
      """
      update Dispatch d set d.state = org.fordra.notices.NoticeDispatch.SENDING,
        d.claimedUntil = :until, d.attempts = d.attempts + 1
      where d.noticeId in :ids
        and ((d.state = org.fordra.notices.NoticeDispatch.PENDING and d.nextAttemptAt <= :now)
          or (d.state = org.fordra.notices.NoticeDispatch.SENDING and d.claimedUntil < :now))
      """)
  int claimAll(
      @Param("ids") Collection<Long> ids, @Param("now") Instant now, @Param("until") Instant until);

  /** What {@link Dispatch#dispatched} does, for all of {@code ids} still being sent at once. */
  @Modifying
  @Query(
      """
      update Dispatch d set d.state = org.fordra.notices.NoticeDispatch.SENT,
        d.dispatchedAt = :now, d.claimedUntil = null, d.lastError = null
      where d.noticeId in :ids and d.state = org.fordra.notices.NoticeDispatch.SENDING
      """)
  int markSent(@Param("ids") Collection<Long> ids, @Param("now") Instant now);

  /**
   * The claimed notices with what sending them needs (their Message-IDs, invoices and customers),
   * in one query instead of four per notice.
   */
  @Query(
      """
      select n, d.messageId from Notice n join fetch n.invoice i join fetch i.customer,
        Dispatch d
      where d.noticeId = n.id and n.id in :ids
      order by n.id
      """)
  List<Object[]> withMessageIds(@Param("ids") Collection<Long> ids);
}
