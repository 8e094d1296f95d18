package org.fordra.dunning.contact;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeCoverages extends JpaRepository<NoticeCoverage, Long> {

  Optional<NoticeCoverage> findFirstByInvoiceIdAndKind(Long invoiceId, String kind);

  List<NoticeCoverage> findByCarrierInvoiceIdAndKindOrderByIdAsc(Long carrierInvoiceId, String kind);
}
