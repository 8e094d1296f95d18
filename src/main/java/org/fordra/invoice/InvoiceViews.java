package org.fordra.invoice;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads invoices with their accounts in one transaction, for the API and the pages. */
@Component
public class InvoiceViews {

  private final InvoiceRepository invoices;
  private final InvoiceAccounts accounts;

  InvoiceViews(InvoiceRepository invoices, InvoiceAccounts accounts) {
    this.invoices = invoices;
    this.accounts = accounts;
  }

  @Transactional(readOnly = true)
  public Optional<InvoiceView> of(String number) {
    return invoices.findByNumber(number).map(i -> InvoiceView.of(accounts.of(i)));
  }

  @Transactional(readOnly = true)
  public Page<InvoiceView> search(InvoiceStatus status, Long customerId, Pageable page) {
    return invoices.search(status, customerId, page).map(i -> InvoiceView.of(accounts.of(i)));
  }
}
