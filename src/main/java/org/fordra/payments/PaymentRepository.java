package org.fordra.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

  Optional<Payment> findByReference(String reference);

  List<Payment> findByInvoiceIdOrderByIdAsc(Long invoiceId);

  @Query("select coalesce(sum(p.amount), 0) from Payment p where p.invoice.id = :invoiceId")
  BigDecimal totalPaid(@Param("invoiceId") Long invoiceId);

  @Query(
      "select coalesce(sum(p.amount), 0) from Payment p"
          + " where p.invoice.id = :invoiceId and p.paidOn >= :from")
  BigDecimal totalPaidSince(@Param("invoiceId") Long invoiceId, @Param("from") LocalDate from);
}
