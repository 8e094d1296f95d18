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

  /**
   * Invoices by status and customer, either or both left out ({@code null}). One query per case
   * rather than one with {@code (:status is null or ...)}: a plan made before the values are known
   * (H2's always, PostgreSQL's generic plan) can use no index for such a condition and reads the
   * whole table, and every combinable dunning step asks for a customer's open invoices.
   */
  default Page<Invoice> search(InvoiceStatus status, Long customerId, Pageable pageable) {
    if (customerId != null) {
      return status == null
          ? findByCustomer(customerId, pageable)
          : findByCustomerAndStatus(customerId, status, pageable);
    }
    return status == null ? findAll(pageable) : findByStatus(status, pageable);
  }

  @Query("select i from Invoice i where i.customer.id = :customerId and i.status = :status")
  Page<Invoice> findByCustomerAndStatus(
      @Param("customerId") Long customerId,
      @Param("status") InvoiceStatus status,
      Pageable pageable);

  @Query("select i from Invoice i where i.customer.id = :customerId")
  Page<Invoice> findByCustomer(@Param("customerId") Long customerId, Pageable pageable);

  @Query("select i from Invoice i where i.status = :status")
  Page<Invoice> findByStatus(@Param("status") InvoiceStatus status, Pageable pageable);
}
