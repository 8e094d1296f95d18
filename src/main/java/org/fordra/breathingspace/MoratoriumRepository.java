package org.fordra.breathingspace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MoratoriumRepository extends JpaRepository<Moratorium, Long> {

  List<Moratorium> findByCustomerIdOrderByStartsOnAsc(Long customerId);
}
