package org.fordra.invoice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.fordra.breathingspace.Moratoria;
import org.fordra.breathingspace.MoratoriumView;
import org.fordra.fees.LateInterest;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.money.Money;
import org.fordra.ledger.CreditOnAccountRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads invoices with their accounts in one transaction, for the API and the pages. */
@Component
public class InvoiceViews {

  private final InvoiceRepository invoices;
  private final InvoiceRegistration registration;
  private final InvoiceAccounts accounts;
  private final LateInterest interest;
  private final CreditOnAccountRepository creditsOnAccount;
  private final Moratoria moratoria;
  private final Clock clock;

  InvoiceViews(
      InvoiceRepository invoices,
      InvoiceRegistration registration,
      InvoiceAccounts accounts,
      LateInterest interest,
      CreditOnAccountRepository creditsOnAccount,
      Moratoria moratoria,
      Clock clock) {
    this.moratoria = moratoria;
    this.creditsOnAccount = creditsOnAccount;
    this.invoices = invoices;
    this.registration = registration;
    this.accounts = accounts;
    this.interest = interest;
    this.clock = clock;
  }

  /**
   * Registers an invoice and shows it in the registration's own transaction: the answer to the
   * POST comes from what was just stored, not from a second transaction reading it back.
   */
  @Transactional
  public InvoiceView register(NewInvoice request) {
    return view(registration.register(request));
  }

  @Transactional(readOnly = true)
  public Optional<InvoiceView> of(String number) {
    return invoices.findByNumber(number).map(this::view);
  }

  @Transactional(readOnly = true)
  public Page<InvoiceView> search(InvoiceStatus status, Long customerId, Pageable page) {
    return invoices.search(status, customerId, page).map(this::view);
  }

  /** As of today by the one clock, the day the payoff takes when asked without a date. */
  private InvoiceView view(Invoice invoice) {
    LocalDate today = LocalDate.now(clock);
    Money onAccount =
        Money.exact(
            creditsOnAccount.held(invoice.getCustomer().getId(), invoice.currency().getCurrencyCode()),
            invoice.currency());
    Long customerId = invoice.getCustomer().getId();
    LocalDate customersDay = LocalDate.now(clock.withZone(invoice.getCustomer().timeZone()));
    MoratoriumView moratorium =
        moratoria.covering(customerId, customersDay)
            .map(m -> MoratoriumView.of(m, customersDay))
            .orElse(null);
    return InvoiceView.of(
        accounts.of(invoice), interest.lineUntil(invoice, today).orElse(null), today, onAccount)
        .underMoratorium(moratorium);
  }
}
