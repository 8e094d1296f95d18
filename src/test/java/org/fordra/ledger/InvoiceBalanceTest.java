package org.fordra.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.money.Money;
import org.fordra.reporting.AgingReport;
import org.fordra.reporting.InvoiceList;
import org.fordra.reporting.ReceivablesDashboard;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One definition of an invoice's balance: the invoice list, the aging report and the dashboard
 * read the view invoice_balance and agree with {@link InvoiceAccount}, for an invoice with
 * charges, credits, payments and a reversed payment.
 */
@FordraTest
class InvoiceBalanceTest {

  static final LocalDate TODAY = LocalDate.of(2026, 9, 15);
  static final Currency EUR = Currency.getInstance("EUR");

  @Autowired CustomerRepository customers;
  @Autowired InvoiceRepository invoices;
  @Autowired ChargeRepository charges;
  @Autowired CreditRepository credits;
  @Autowired PaymentRepository payments;
  @Autowired InvoiceAccounts accounts;
  @Autowired InvoiceList list;
  @Autowired AgingReport aging;
  @Autowired ReceivablesDashboard dashboard;
  @Autowired TransactionTemplate transaction;

  @Test
  void theListTheAgingReportAndTheDashboardReadTheSameBalance() {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC)));
    String name = "Ledger " + UUID.randomUUID();
    Invoice invoice = invoiceWithEveryKindOfBooking(name);

    Money[] fromTheAccount =
        transaction.execute(
            status -> {
              InvoiceAccount account = accounts.of(invoice);
              return new Money[] {
                account.balance(),
                account.principal().minus(account.totalCredits()).minus(account.paid())
              };
            });
    Money balance = fromTheAccount[0];
    Money bookedPrincipal = fromTheAccount[1];
    assertThat(balance).isEqualTo(eur("752.34"));
    assertThat(bookedPrincipal).isEqualTo(eur("700.00"));

    assertThat(list.find(null, name, 0).lines())
        .singleElement()
        .satisfies(line -> assertThat(line.balance()).isEqualTo(balance));

    assertThat(aging.invoices(TODAY, "EUR", invoice.getCustomer().getId(), null))
        .singleElement()
        .satisfies(row -> assertThat(row.outstanding()).isEqualTo(bookedPrincipal));

    assertThat(dashboard.today().withAgency())
        .filteredOn(claim -> claim.number().equals(invoice.getNumber()))
        .singleElement()
        .satisfies(claim -> assertThat(claim.outstanding()).isEqualTo(bookedPrincipal));
  }

  /** 1000.00 principal, 52.34 charges, 100.00 credited, 200.00 paid, 50.00 paid and reversed. */
  private Invoice invoiceWithEveryKindOfBooking(String name) {
    return transaction.execute(
        status -> {
          Instant now = ClockUtil.getCurrentTime().toInstant();
          Customer customer =
              customers.save(
                  new Customer(name, CustomerType.BUSINESS, "DE", "de", "ledger@example.com",
                      "+49 30 1234567", ZoneId.of("Europe/Berlin"), now));
          String number = "LB-" + UUID.randomUUID().toString().substring(0, 8);
          Invoice invoice =
              new Invoice(number, customer, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31),
                  eur("1000.00"), now);
          invoice.changeStatus(InvoiceStatus.WITH_AGENCY);
          invoices.save(invoice);
          LocalDate day = LocalDate.of(2026, 8, 1);
          charges.save(
              new Charge(invoice, ChargeType.FIXED_COMPENSATION, eur("40.00"), "fee", day));
          charges.save(
              new Charge(invoice, ChargeType.LATE_INTEREST, eur("12.34"), "interest", day));
          credits.save(new Credit(invoice, CreditType.WRITE_OFF, eur("100.00"), "goodwill", day,
              "manager"));
          payments.save(new Payment(invoice, eur("200.00"), day, number + "-1", now, "admin"));
          Payment returned = new Payment(invoice, eur("50.00"), day, number + "-2", now, "admin");
          returned.reverse(day.plusDays(3));
          payments.save(returned);
          return invoice;
        });
  }

  private static Money eur(String amount) {
    return Money.exact(new BigDecimal(amount), EUR);
  }
}
