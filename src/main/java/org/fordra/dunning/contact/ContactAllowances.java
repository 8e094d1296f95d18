package org.fordra.dunning.contact;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContactAllowances extends JpaRepository<ContactAllowance, Long> {

  // JPQL, not derived queries: Hibernate 6.6 translates a derived (criteria) query to SQL again on
  // every call; a JPQL string is translated once (docs/benchmark.md, "What was changed").
  @Query(
      "select a from ContactAllowance a where a.customerId = :customerId and a.allowedAt > :since")
  List<ContactAllowance> findByCustomerIdAndAllowedAtAfter(
      @Param("customerId") Long customerId, @Param("since") Instant since);
}
