package org.fordra.customer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

  @Query("select c from Customer c where c.customerNumber = :number")
  Optional<Customer> findByCustomerNumber(@Param("number") String number);
}
