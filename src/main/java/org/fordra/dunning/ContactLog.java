package org.fordra.dunning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactLog extends JpaRepository<ContactLogEntry, Long> {

  List<ContactLogEntry> findByInvoiceIdOrderByIdAsc(Long invoiceId);
}
