package org.fordra.statements;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PaymentHoldRepository extends JpaRepository<PaymentHold, Long> {

  @Query(
      "select max(h.heldUntil) from PaymentHold h where h.invoiceId = :invoiceId"
          + " and h.releasedAt is null and h.heldUntil > :now")
  Instant heldUntil(@Param("invoiceId") Long invoiceId, @Param("now") Instant now);

  @Query("select h from PaymentHold h where h.statementEntryId = :entryId and h.releasedAt is null")
  List<PaymentHold> openFor(@Param("entryId") Long entryId);
}
