package org.fordra.books;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvoiceImportRepository extends JpaRepository<InvoiceImport, String> {

  @Query("select i from InvoiceImport i order by i.startedAt desc")
  List<InvoiceImport> newestFirst(Pageable page);
}
