package org.fordra.ledger;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.fordra.database.PerTransaction;
import org.fordra.invoice.Invoice;
import org.hibernate.query.NativeQuery;
import org.springframework.stereotype.Component;

/**
 * The one reader of an invoice's account: its charges, credits and payments, in booking order.
 * One query counts the three; only the kinds the invoice has are then read (most invoices a step
 * works on have no payment and no credit, many no charge yet). Everything that computes on an invoice's money (the invoice page, a payoff, the
 * claim's facts, a task's briefing) starts here.
 *
 * <p>A dunning step asks for the same account several times (the fees, the notice, its payoff):
 * inside a transaction the three lists are read once and kept until the transaction ends, never
 * longer, so another transaction's payment is never missed. They hold the transaction's managed
 * entities, so a change to one of them shows at once; a charge, credit or payment stored or
 * removed in the transaction drops the invoice's lists ({@link LedgerChanges}), and a payment
 * reversed meanwhile is left out here as the query leaves it out.
 */
@Component
public class InvoiceAccounts {

  private static final PerTransaction<Long, InvoiceAccount> READ = new PerTransaction<>();

  /**
   * SQL, so that it needs no row of the invoice itself; declared to read only the three tables, so
   * that Hibernate flushes before it only what it reads (a changed invoice stays unflushed).
   */
  private static final String HOW_MANY =
      "select (select count(*) from charge where invoice_id = :invoice),"
          + " (select count(*) from credit where invoice_id = :invoice),"
          + " (select count(*) from payment where invoice_id = :invoice)";

  private final EntityManager entities;
  private final PaymentRepository payments;
  private final ChargeRepository charges;
  private final CreditRepository credits;

  InvoiceAccounts(
      EntityManager entities,
      PaymentRepository payments,
      ChargeRepository charges,
      CreditRepository credits) {
    this.entities = entities;
    this.payments = payments;
    this.charges = charges;
    this.credits = credits;
  }

  public InvoiceAccount of(Invoice invoice) {
    Map<Long, InvoiceAccount> read = READ.values();
    InvoiceAccount account = read.get(invoice.getId());
    if (account == null) {
      account = read(invoice);
      if (invoice.getId() != null) {
        read.put(invoice.getId(), account);
      }
    }
    return new InvoiceAccount(
        invoice,
        account.charges(),
        account.credits(),
        account.payments().stream().filter(payment -> !payment.isReversed()).toList());
  }

  private InvoiceAccount read(Invoice invoice) {
    Long id = invoice.getId();
    if (id == null) {
      return new InvoiceAccount(invoice, List.of(), List.of(), List.of());
    }
    Object[] how =
        (Object[])
            entities
                .createNativeQuery(HOW_MANY)
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(Charge.class)
                .addSynchronizedEntityClass(Credit.class)
                .addSynchronizedEntityClass(Payment.class)
                .setParameter("invoice", id)
                .getSingleResult();
    return new InvoiceAccount(
        invoice,
        any(how[0]) ? List.copyOf(charges.findByInvoiceIdOrderByIdAsc(id)) : List.of(),
        any(how[1]) ? List.copyOf(credits.findByInvoiceIdOrderByIdAsc(id)) : List.of(),
        any(how[2]) ? List.copyOf(payments.findByInvoiceIdOrderByIdAsc(id)) : List.of());
  }

  private static boolean any(Object count) {
    return count != null && ((Number) count).longValue() > 0;
  }

  /**
   * The invoice was stored in this transaction: its account is empty, and its case's first steps
   * need not ask the database (a charge, credit or payment booked later in the transaction drops
   * this as any change does).
   */
  public void opened(Invoice invoice) {
    if (invoice.getId() != null) {
      READ.values()
          .put(invoice.getId(), new InvoiceAccount(invoice, List.of(), List.of(), List.of()));
    }
  }

  /** A charge, credit or payment of this invoice was stored, changed or removed. */
  static void changed(Invoice invoice) {
    if (invoice != null) {
      READ.values().remove(invoice.getId());
    }
  }
}
