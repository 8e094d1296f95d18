package org.fordra.ledger;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChargeRepository extends JpaRepository<Charge, Long> {

  // A JPQL string rather than a derived query: Hibernate caches a string query's translation to
  // SQL, while Spring Data's derived queries are built as criteria and translated again on every
  // call (a tenth of the CPU of a notice step, profiled in docs/benchmark.md). It also reads the
  // foreign key directly instead of joining the invoice.
  /** Every charge booked in a period, with its invoice and customer: the books' export. */
  @Query(
      "select c from Charge c join fetch c.invoice i join fetch i.customer"
          + " where c.chargedOn >= :from and c.chargedOn <= :to order by c.chargedOn, c.id")
  List<Charge> bookedBetween(
      @Param("from") java.time.LocalDate from, @Param("to") java.time.LocalDate to);

  @Query("select c from Charge c where c.invoice.id = :invoiceId order by c.id")
  List<Charge> findByInvoiceIdOrderByIdAsc(@Param("invoiceId") Long invoiceId);
}
