package org.fordra.invoice;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

  // Every process step looks its invoice up by number: a JPQL string, whose SQL Hibernate
  // translates once and caches (a derived query is translated again on every call).
  @Query("select i from Invoice i where i.number = :number")
  Optional<Invoice> findByNumber(@Param("number") String number);

  @Query("select i from Invoice i where i.paymentReference = :reference")
  Optional<Invoice> findByPaymentReference(@Param("reference") String reference);

  @Query("select count(i) > 0 from Invoice i where i.number = :number")
  boolean existsByNumber(@Param("number") String number);

  @Query(
      """
      select i from Invoice i
      where (:status is null or i.status = :status)
        and (:customerId is null or i.customer.id = :customerId)
      """)
  Page<Invoice> search(
      @Param("status") InvoiceStatus status,
      @Param("customerId") Long customerId,
      Pageable pageable);
}
