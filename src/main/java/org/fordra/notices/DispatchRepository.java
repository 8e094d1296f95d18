package org.fordra.notices;

import java.time.Instant;
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
   * Takes a notice for this node until {@code until}, counting the try: 1 when it was free, 0
   * when another node has it or it went out meanwhile. One statement, so of two nodes only one
   * gets the row.
   */
  @Modifying
  @Query(
      """
      update Dispatch d set d.state = org.fordra.notices.NoticeDispatch.SENDING,
        d.claimedUntil = :until, d.attempts = d.attempts + 1
      where d.noticeId = :id
        and ((d.state = org.fordra.notices.NoticeDispatch.PENDING and d.nextAttemptAt <= :now)
          or (d.state = org.fordra.notices.NoticeDispatch.SENDING and d.claimedUntil < :now))
      """)
  int claim(@Param("id") Long id, @Param("now") Instant now, @Param("until") Instant until);
}
