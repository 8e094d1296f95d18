package org.fordra.ledger;

import java.util.List;
import java.util.Map;
import org.fordra.database.PerTransaction;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/**
 * The one reader of an invoice's account: its charges, credits and payments, in booking order,
 * three queries. Everything that computes on an invoice's money (the invoice page, a payoff, the
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

  private final PaymentRepository payments;
  private final ChargeRepository charges;
  private final CreditRepository credits;

  InvoiceAccounts(PaymentRepository payments, ChargeRepository charges, CreditRepository credits) {
    this.payments = payments;
    this.charges = charges;
    this.credits = credits;
  }

  public InvoiceAccount of(Invoice invoice) {
    Map<Long, InvoiceAccount> read = READ.values();
    InvoiceAccount account = read.get(invoice.getId());
    if (account == null) {
      account =
          new InvoiceAccount(
              invoice,
              List.copyOf(charges.findByInvoiceIdOrderByIdAsc(invoice.getId())),
              List.copyOf(credits.findByInvoiceIdOrderByIdAsc(invoice.getId())),
              List.copyOf(payments.findByInvoiceIdOrderByIdAsc(invoice.getId())));
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
