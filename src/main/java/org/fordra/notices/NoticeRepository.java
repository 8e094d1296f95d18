package org.fordra.notices;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

  // JPQL, not derived queries: Hibernate 6.6 translates a derived (criteria) query to SQL again on
  // every call; a JPQL string is translated once (docs/benchmark.md, "What was changed").
  @Query("select n from Notice n where n.invoice.id = :invoiceId order by n.id")
  List<Notice> findByInvoiceIdOrderByIdAsc(@Param("invoiceId") Long invoiceId);

  /**
   * The kind and time of each notice sent for an invoice, in order, without loading the stored
   * copies (the HTML and PDF bytes): the fee and interest rules read this on every step.
   */
  @Query(
      "select new org.fordra.notices.SentNotice(n.kind, n.channel, n.sentAt, n.payBy) from Notice n"
          + " where n.invoice.id = :invoiceId order by n.id")
  List<SentNotice> sentFor(@Param("invoiceId") Long invoiceId);

  /** The notices of an invoice that stated an amount of late interest, newest first. */
  @Query(
      "select n from Notice n where n.invoice.id = :invoiceId and n.interestStated is not null"
          + " order by n.id desc")
  List<Notice> statingInterest(@Param("invoiceId") Long invoiceId);

  /**
   * The notices the dispatcher may take now: waiting and due, or being sent by a node whose claim
   * ran out (it stopped, or died between the mail server's accept and its mark).
   */
  @Query(
      """
      select n.id from Notice n
      where (n.dispatchState = org.fordra.notices.NoticeDispatch.PENDING and n.nextAttemptAt <= :now)
         or (n.dispatchState = org.fordra.notices.NoticeDispatch.SENDING and n.claimedUntil < :now)
      order by n.nextAttemptAt, n.id
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
      update Notice n set n.dispatchState = org.fordra.notices.NoticeDispatch.SENDING,
        n.claimedUntil = :until, n.attempts = n.attempts + 1
      where n.id = :id
        and ((n.dispatchState = org.fordra.notices.NoticeDispatch.PENDING and n.nextAttemptAt <= :now)
          or (n.dispatchState = org.fordra.notices.NoticeDispatch.SENDING and n.claimedUntil < :now))
      """)
  int claim(@Param("id") Long id, @Param("now") Instant now, @Param("until") Instant until);
}
