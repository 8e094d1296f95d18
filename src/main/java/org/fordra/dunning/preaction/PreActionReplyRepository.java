package org.fordra.dunning.preaction;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PreActionReplyRepository extends JpaRepository<PreActionReply, Long> {

  @Query("select r from PreActionReply r where r.invoiceId = :invoiceId order by r.id")
  List<PreActionReply> findByInvoiceId(@Param("invoiceId") Long invoiceId);
}
