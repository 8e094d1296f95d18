package org.fordra.invoice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditRepository extends JpaRepository<Credit, Long> {

  List<Credit> findByInvoiceIdOrderByIdAsc(Long invoiceId);
}
