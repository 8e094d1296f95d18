package org.fordra.fees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.fordra.breathingspace.Moratoria;
import org.fordra.breathingspace.MoratoriumView;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.invoice.InvoiceView;
import org.fordra.invoice.InvoiceViews;
import org.fordra.ledger.InvoiceAccount;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.money.Money;
import org.fordra.ledger.CreditOnAccountRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads invoices with their accounts in one transaction, for the API and the pages. */
@Component
class InvoiceViewsWithInterest implements InvoiceViews {

  private final InvoiceRepository invoices;
  private final InvoiceAccounts accounts;
  private final LateInterest interest;
  private final CreditOnAccountRepository creditsOnAccount;
  private final Moratoria moratoria;
  private final Clock clock;

  InvoiceViewsWithInterest(
      InvoiceRepository invoices,
      InvoiceAccounts accounts,
      LateInterest interest,
      CreditOnAccountRepository creditsOnAccount,
      Moratoria moratoria,
      Clock clock) {
    this.moratoria = moratoria;
    this.creditsOnAccount = creditsOnAccount;
    this.invoices = invoices;
    this.accounts = accounts;
    this.interest = interest;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<InvoiceView> of(String number) {
    return invoices.findByNumber(number).map(this::view);
  }

  @Override
  @Transactional
  public InvoiceView registered(Supplier<Invoice> registration) {
    return view(registration.get());
  }

  @Override
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
    return view(
        accounts.of(invoice), interest.lineUntil(invoice, today).orElse(null), today, onAccount)
        .underMoratorium(moratorium);
  }

  private static InvoiceView view(
      InvoiceAccount account, InterestLine interest, LocalDate today, Money creditOnAccount) {
    Invoice invoice = account.invoice();
    return new InvoiceView(
        invoice.getNumber(),
        invoice.getCustomer().getId(),
        invoice.getStatus(),
        invoice.getStage(),
        invoice.currency().getCurrencyCode(),
        invoice.principal().toString(),
        account.paid().toString(),
        account.totalCredits().toString(),
        ChargeLines.of(account.charges(), interest, today),
        ChargeLines.owedToday(account, interest).toString(),
        invoice.getIssueDate(),
        invoice.getDueDate(),
        creditOnAccount.toString(),
        invoice.getPaymentReference(),
        null);
  }
}
