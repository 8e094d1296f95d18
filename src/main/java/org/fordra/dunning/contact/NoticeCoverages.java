package org.fordra.dunning.contact;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeCoverages extends JpaRepository<NoticeCoverage, Long> {

  // JPQL, not derived queries: Hibernate 6.6 translates a derived (criteria) query to SQL again on
  // every call; a JPQL string is translated once (docs/benchmark.md, "What was changed").
  @Query(
      "select c from NoticeCoverage c where c.invoiceId = :invoiceId and c.kind = :kind"
          + " order by c.id limit 1")
  Optional<NoticeCoverage> findFirstByInvoiceIdAndKind(
      @Param("invoiceId") Long invoiceId, @Param("kind") String kind);

  @Query(
      "select c from NoticeCoverage c where c.carrierInvoiceId = :carrierInvoiceId"
          + " and c.kind = :kind order by c.id")
  List<NoticeCoverage> findByCarrierInvoiceIdAndKindOrderByIdAsc(
      @Param("carrierInvoiceId") Long carrierInvoiceId, @Param("kind") String kind);
}
