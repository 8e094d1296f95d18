package org.fordra.breathingspace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MoratoriumRepository extends JpaRepository<Moratorium, Long> {

  // A JPQL string, not a derived query: Hibernate translates a derived (criteria) query to SQL
  // again on every call, and every dunning step asks (docs/benchmark.md).
  @Query("select m from Moratorium m where m.customerId = :customerId order by m.startsOn")
  List<Moratorium> findByCustomerIdOrderByStartsOnAsc(@Param("customerId") Long customerId);
}
