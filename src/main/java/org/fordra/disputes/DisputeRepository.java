package org.fordra.disputes;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisputeRepository extends JpaRepository<Dispute, Long> {

  Optional<Dispute> findFirstByInvoiceIdAndResolutionIsNullOrderByIdDesc(Long invoiceId);
}
