package org.fordra.invoice;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Reads invoices as the API and the pages show them. Implemented above this module
 * (fees.InvoiceViewsWithInterest), which knows the charges, credits and interest behind the
 * balance: the invoice module stays below the ledger and the fees (docs/modules/README.md).
 */
public interface InvoiceViews {

  Optional<InvoiceView> of(String number);

  /**
   * Registers an invoice and answers with its view in the same transaction: the invoice just
   * stored is read once, not again in a second transaction after the commit.
   */
  InvoiceView registered(Supplier<Invoice> registration);

  Page<InvoiceView> search(InvoiceStatus status, Long customerId, Pageable page);
}
