package org.fordra.statements;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StatementEntryRepository extends JpaRepository<StatementEntry, Long> {

  @Query("select count(e) > 0 from StatementEntry e where e.bookingKey = :key")
  boolean isTaken(@Param("key") String key);

  @Query("select e from StatementEntry e where e.statement.id = :statementId order by e.entryIndex")
  List<StatementEntry> ofStatement(@Param("statementId") Long statementId);

  /**
   * Booked credits a return may give back: the same amount and currency, newest first; the caller
   * picks the one with the same EndToEndId or structured reference.
   */
  @Query(
      "select e from StatementEntry e where e.credit = true"
          + " and e.status = org.fordra.statements.EntryStatus.BOOKED"
          + " and e.amount = :amount and e.currency = :currency"
          + " and not exists (select r from StatementEntry r where r.returnedEntryId = e.id)"
          + " order by e.id desc")
  List<StatementEntry> returnable(
      @Param("amount") BigDecimal amount, @Param("currency") String currency);
}
