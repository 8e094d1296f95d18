package org.fordra.ledger;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CreditOnAccountRepository extends JpaRepository<CreditOnAccount, Long> {

  /** What the customer has on account in one currency: every credit not yet applied or refunded. */
  @Query(
      "select coalesce(sum(c.amount), 0) from CreditOnAccount c where c.customer.id = :customerId"
          + " and c.currency = :currency and c.status = org.fordra.ledger.CreditOnAccount.Status.OPEN")
  BigDecimal held(@Param("customerId") Long customerId, @Param("currency") String currency);

  @Query(
      "select c from CreditOnAccount c where c.customer.id = :customerId"
          + " and c.status = org.fordra.ledger.CreditOnAccount.Status.OPEN order by c.id")
  List<CreditOnAccount> heldFor(@Param("customerId") Long customerId);

  @Query("select c from CreditOnAccount c where c.statementEntryId = :entryId order by c.id")
  List<CreditOnAccount> fromEntry(@Param("entryId") Long entryId);

  @Query("select c from CreditOnAccount c where c.source = :source and c.invoiceId = :invoiceId")
  List<CreditOnAccount> fromSource(@Param("source") String source, @Param("invoiceId") Long invoiceId);
}
