package org.fordra.statements;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The invoice look-ups that matching bank entries needs. */
interface MatchableInvoices extends Repository<Invoice, Long> {

  List<InvoiceStatus> OPEN =
      List.of(
          InvoiceStatus.OPEN,
          InvoiceStatus.PROMISED,
          InvoiceStatus.IN_PAYMENT_PLAN,
          InvoiceStatus.DISPUTED,
          InvoiceStatus.WITH_AGENCY);

  @Query("select i from Invoice i where i.paymentReference = :reference")
  Optional<Invoice> byPaymentReference(@Param("reference") String reference);

  @Query("select i from Invoice i where i.number = :number")
  Optional<Invoice> byNumber(@Param("number") String number);

  /** Open invoices whose number or payment reference is one of {@code words}. */
  @Query(
      "select i from Invoice i where i.status in :open"
          + " and (i.number in :words or i.paymentReference in :words)")
  List<Invoice> openNamedIn(
      @Param("words") Collection<String> words, @Param("open") Collection<InvoiceStatus> open);

  /** Suggestions for a person: open invoices in the currency for exactly this principal. */
  @Query(
      "select i from Invoice i where i.status in :open and i.currency = :currency"
          + " and i.principal = :amount order by i.dueDate, i.id")
  List<Invoice> openForAmount(
      @Param("amount") BigDecimal amount,
      @Param("currency") String currency,
      @Param("open") Collection<InvoiceStatus> open,
      Pageable page);

  /** Suggestions for a person: open invoices in the currency of a customer named like the payer. */
  @Query(
      "select i from Invoice i where i.status in :open and i.currency = :currency"
          + " and lower(i.customer.name) like :pattern order by i.dueDate, i.id")
  List<Invoice> openForCustomerNamed(
      @Param("pattern") String pattern,
      @Param("currency") String currency,
      @Param("open") Collection<InvoiceStatus> open,
      Pageable page);
}
