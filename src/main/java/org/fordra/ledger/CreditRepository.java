package org.fordra.ledger;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CreditRepository extends JpaRepository<Credit, Long> {

  // A JPQL string rather than a derived query: Hibernate caches a string query's translation to
  // SQL, while Spring Data's derived queries are built as criteria and translated again on every
  // call (a tenth of the CPU of a notice step, profiled in docs/benchmark.md). It also reads the
  // foreign key directly instead of joining the invoice.
  /** Credits of these types given in a period (write-offs, settlement discounts): the books' export. */
  @Query(
      "select c from Credit c join fetch c.invoice i join fetch i.customer"
          + " where c.type in :types and c.creditedOn >= :from and c.creditedOn <= :to"
          + " order by c.creditedOn, c.id")
  List<Credit> givenBetween(
      @Param("types") java.util.Collection<CreditType> types,
      @Param("from") java.time.LocalDate from,
      @Param("to") java.time.LocalDate to);

  @Query("select c from Credit c where c.invoice.id = :invoiceId order by c.id")
  List<Credit> findByInvoiceIdOrderByIdAsc(@Param("invoiceId") Long invoiceId);

  @Query("select c from Credit c where c.creditNumber = :number")
  Optional<Credit> findByCreditNumber(@Param("number") String number);
}
