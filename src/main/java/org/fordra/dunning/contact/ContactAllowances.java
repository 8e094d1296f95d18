package org.fordra.dunning.contact;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactAllowances extends JpaRepository<ContactAllowance, Long> {

  List<ContactAllowance> findByCustomerIdAndAllowedAtAfter(Long customerId, Instant since);
}
