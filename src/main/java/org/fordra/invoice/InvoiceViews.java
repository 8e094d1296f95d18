package org.fordra.invoice;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Reads invoices as the API and the pages show them. Implemented above this module
 * (fees.InvoiceViewsWithInterest), which knows the charges, credits and interest behind the
 * balance: the invoice module stays below the ledger and the fees (docs/modules/README.md).
 */
public interface InvoiceViews {

  Optional<InvoiceView> of(String number);

  Page<InvoiceView> search(InvoiceStatus status, Long customerId, Pageable page);
}
