package org.fordra.notices;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

  List<Notice> findByInvoiceIdOrderByIdAsc(Long invoiceId);
}
