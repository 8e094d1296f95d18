package org.fordra.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

  List<AuditEntry> findByInvoiceNumberOrderByIdAsc(String invoiceNumber);
}
