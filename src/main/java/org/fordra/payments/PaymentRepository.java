package org.fordra.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

  @Query("select p from Payment p where p.reference = :reference")
  Optional<Payment> findByReference(@Param("reference") String reference);

  // A JPQL string rather than a derived query: Hibernate caches a string query's translation to
  // SQL, while Spring Data's derived queries are built as criteria and translated again on every
  // call (a tenth of the CPU of a notice step, profiled in docs/benchmark.md). It also reads the
  // foreign key directly instead of joining the invoice.
  @Query("select p from Payment p where p.invoice.id = :invoiceId order by p.id")
  List<Payment> findByInvoiceIdOrderByIdAsc(@Param("invoiceId") Long invoiceId);

  @Query("select coalesce(sum(p.amount), 0) from Payment p where p.invoice.id = :invoiceId")
  BigDecimal totalPaid(@Param("invoiceId") Long invoiceId);

  @Query(
      "select coalesce(sum(p.amount), 0) from Payment p"
          + " where p.invoice.id = :invoiceId and p.paidOn >= :from")
  BigDecimal totalPaidSince(@Param("invoiceId") Long invoiceId, @Param("from") LocalDate from);
}
