package org.fordra.audit;

import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

  // JPQL, not derived queries: Hibernate 6.6 translates a derived (criteria) query to SQL again on
  // every call; a JPQL string is translated once (docs/benchmark.md, "What was changed").
  @Query("select e from AuditEntry e where e.invoiceNumber = :invoiceNumber order by e.id")
  List<AuditEntry> findByInvoiceNumberOrderByIdAsc(@Param("invoiceNumber") String invoiceNumber);

  /**
   * The hash of the invoice's latest chained line: the next line links to it. SQL, for the limit;
   * it names the one table it reads, so Hibernate does not flush the whole step's changes before
   * it, as it must before SQL it cannot see into (a tenth of the audit trail's time in the
   * benchmark's profile). Lines are inserted as they are saved (their ids come from the
   * database), so none is ever waiting to be flushed when this runs.
   */
  @QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "audit_entry"))
  @Query(
      value =
          "select entry_hash from audit_entry where invoice_number = :invoiceNumber"
              + " and entry_hash is not null order by id desc fetch first 1 rows only",
      nativeQuery = true)
  Optional<String> lastHashOf(@Param("invoiceNumber") String invoiceNumber);
}
