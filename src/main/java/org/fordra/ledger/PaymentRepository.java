package org.fordra.ledger;

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
  // Reversed payments (returned by the bank) are left out here and in the sums below: the money
  // never arrived, so interest, discounts and the balance are as if they had not been made.
  @Query("select p from Payment p where p.invoice.id = :invoiceId and p.reversedOn is null order by p.id")
  List<Payment> findByInvoiceIdOrderByIdAsc(@Param("invoiceId") Long invoiceId);

  @Query(
      "select coalesce(sum(p.amount), 0) from Payment p"
          + " where p.invoice.id = :invoiceId and p.paidOn >= :from and p.reversedOn is null")
  BigDecimal totalPaidSince(@Param("invoiceId") Long invoiceId, @Param("from") LocalDate from);

  @Query("select p from Payment p where p.statementEntryId = :entryId and p.reversedOn is null order by p.id")
  List<Payment> bookedFrom(@Param("entryId") Long entryId);
}
