package org.fordra.notices;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
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

  /**
   * The notices of an invoice that stated an amount of late interest, newest first, without
   * loading (and unpacking) their copies.
   */
  @Query(
      "select new org.fordra.notices.InterestStatingNotice(n.kind, n.sentAt, n.interestStated)"
          + " from Notice n where n.invoice.id = :invoiceId and n.interestStated is not null"
          + " order by n.id desc")
  List<InterestStatingNotice> statingInterest(@Param("invoiceId") Long invoiceId);

  /** The outbox rows of an invoice's notices (none for notices stored before the outbox). */
  @Query(
      "select d from Dispatch d where d.noticeId in"
          + " (select n.id from Notice n where n.invoice.id = :invoiceId)")
  List<Dispatch> dispatchesFor(@Param("invoiceId") Long invoiceId);

  /** The notices of an invoice, in order, each with how far it got in the outbox. */
  default List<DispatchedNotice> dispatchedFor(Long invoiceId) {
    Map<Long, Dispatch> dispatches =
        dispatchesFor(invoiceId).stream()
            .collect(Collectors.toMap(Dispatch::getNoticeId, Function.identity()));
    return findByInvoiceIdOrderByIdAsc(invoiceId).stream()
        .map(notice -> DispatchedNotice.of(notice, dispatches.get(notice.getId())))
        .toList();
  }
}
