package org.fordra.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fordra.customer.Customer;
import org.fordra.ledger.Charge;
import org.fordra.fees.InterestLine;
import org.fordra.fees.LateInterest;
import org.fordra.ledger.Credit;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccount;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.money.Money;
import org.fordra.ledger.CreditOnAccount;
import org.fordra.ledger.CreditOnAccountRepository;
import org.fordra.ledger.Payment;
import org.fordra.ledger.PaymentRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * A customer's statement of account (CONTRACT.md, {@code GET /api/customers/{id}/statement}):
 * every open invoice with its charges, payments and credits, what the customer holds on account,
 * and the balance, per currency. Figures are the booked ones; interest accrued and not booked
 * is shown beside each invoice where its rate is known, and in {@code owedToday}.
 */
@Component
class AccountStatement {

  private final InvoiceRepository invoices;
  private final InvoiceAccounts accounts;
  private final PaymentRepository payments;
  private final CreditOnAccountRepository creditsOnAccount;
  private final LateInterest interest;
  private final Clock clock;

  AccountStatement(
      InvoiceRepository invoices,
      InvoiceAccounts accounts,
      PaymentRepository payments,
      CreditOnAccountRepository creditsOnAccount,
      LateInterest interest,
      Clock clock) {
    this.invoices = invoices;
    this.accounts = accounts;
    this.payments = payments;
    this.creditsOnAccount = creditsOnAccount;
    this.interest = interest;
    this.clock = clock;
  }

  record Line(String invoiceNumber, String type, String amount, LocalDate on, String detail) {}

  record OpenInvoice(
      String number,
      String status,
      LocalDate issueDate,
      LocalDate dueDate,
      String paymentReference,
      String principal,
      String charges,
      String paid,
      String credited,
      String balance,
      String interestAccrued,
      String owedToday) {}

  record InCurrency(
      String currency,
      List<OpenInvoice> invoices,
      List<Line> charges,
      List<Line> payments,
      List<Line> credits,
      String creditOnAccount,
      String balance,
      String owedToday) {}

  record Statement(
      Long customerId,
      String customer,
      String customerNumber,
      LocalDate asOf,
      List<InCurrency> currencies,
      Map<String, String> creditOnAccount,
      Map<String, String> balance) {}

  Statement of(Customer customer) {
    LocalDate today = LocalDate.now(clock.withZone(customer.timeZone()));
    Map<String, List<Invoice>> open = new TreeMap<>();
    for (Invoice invoice : invoices.search(null, customer.getId(), Pageable.unpaged()).getContent()) {
      if (!invoice.isClosed()) {
        open.computeIfAbsent(invoice.currency().getCurrencyCode(), c -> new ArrayList<>()).add(invoice);
      }
    }
    Map<String, Money> held = new TreeMap<>();
    for (CreditOnAccount credit : creditsOnAccount.heldFor(customer.getId())) {
      held.merge(credit.amount().currency().getCurrencyCode(), credit.amount(), Money::plus);
      open.computeIfAbsent(credit.amount().currency().getCurrencyCode(), c -> new ArrayList<>());
    }
    List<InCurrency> currencies = new ArrayList<>();
    Map<String, String> creditOnAccount = new LinkedHashMap<>();
    Map<String, String> balance = new LinkedHashMap<>();
    for (Map.Entry<String, List<Invoice>> entry : open.entrySet()) {
      InCurrency section = section(entry.getKey(), entry.getValue(), held, today);
      currencies.add(section);
      creditOnAccount.put(section.currency(), section.creditOnAccount());
      balance.put(section.currency(), section.balance());
    }
    return new Statement(
        customer.getId(), customer.getName(), customer.getCustomerNumber(), today, currencies,
        creditOnAccount, balance);
  }

  private InCurrency section(
      String code, List<Invoice> open, Map<String, Money> held, LocalDate today) {
    java.util.Currency currency = java.util.Currency.getInstance(code);
    Money booked = Money.zero(currency);
    Money owed = Money.zero(currency);
    List<OpenInvoice> rows = new ArrayList<>();
    List<Line> charges = new ArrayList<>();
    List<Line> paid = new ArrayList<>();
    List<Line> credits = new ArrayList<>();
    open.sort(java.util.Comparator.comparing(Invoice::getDueDate).thenComparing(Invoice::getNumber));
    for (Invoice invoice : open) {
      InvoiceAccount account = accounts.of(invoice);
      InterestLine accrued = interest.lineUntil(invoice, today).orElse(null);
      Money interestKnown =
          accrued == null || accrued.isPending() ? Money.zero(currency) : accrued.amount();
      Money owedToday = account.balance().plus(interestKnown);
      rows.add(new OpenInvoice(
          invoice.getNumber(), invoice.getStatus().name(), invoice.getIssueDate(),
          invoice.getDueDate(), invoice.getPaymentReference(), account.principal().toString(),
          account.totalCharges().toString(), account.paid().toString(),
          account.totalCredits().toString(), account.balance().toString(),
          accrued == null ? "0" : accrued.isPending() ? null : accrued.amount().toString(),
          owedToday.toString()));
      for (Charge charge : account.charges()) {
        charges.add(new Line(invoice.getNumber(), charge.getType().name(), charge.amount().toString(),
            charge.getChargedOn(), charge.getBasis()));
      }
      for (Payment payment : payments.findByInvoiceIdOrderByIdAsc(invoice.getId())) {
        paid.add(new Line(invoice.getNumber(), "PAYMENT", payment.amount().toString(),
            payment.getPaidOn(), payment.getReference()));
      }
      for (Credit credit : account.credits()) {
        credits.add(new Line(invoice.getNumber(), credit.getType().name(), credit.amount().toString(),
            credit.getCreditedOn(), credit.getReason()));
      }
      booked = booked.plus(account.balance());
      owed = owed.plus(owedToday);
    }
    Money onAccount = held.getOrDefault(code, Money.zero(currency));
    return new InCurrency(
        code, rows, charges, paid, credits, onAccount.toString(),
        booked.minus(onAccount).toString(), owed.minus(onAccount).toString());
  }
}
