package org.fordra.dunning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContactLog extends JpaRepository<ContactLogEntry, Long> {

  // JPQL, not derived queries: Hibernate 6.6 translates a derived (criteria) query to SQL again on
  // every call; a JPQL string is translated once (docs/benchmark.md, "What was changed").
  @Query("select e from ContactLogEntry e where e.invoice.id = :invoiceId order by e.id")
  List<ContactLogEntry> findByInvoiceIdOrderByIdAsc(@Param("invoiceId") Long invoiceId);
}
