package org.fordra.books;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ImportRejectionRepository extends JpaRepository<ImportRejection, Long> {

  @Query("select r from ImportRejection r where r.importId = :importId order by r.rowIndex")
  List<ImportRejection> of(@Param("importId") String importId);
}
