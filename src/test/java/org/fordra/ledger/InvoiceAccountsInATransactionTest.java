package org.fordra.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.money.Money;
import org.fordra.testing.FordraTest;
import org.fordra.testing.RecordedSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link InvoiceAccounts} reads an account once per transaction: the balance it gives is always
 * the one the database would give at that moment, within the transaction and after it.
 */
@FordraTest
class InvoiceAccountsInATransactionTest {

  static final Currency EUR = Currency.getInstance("EUR");
  static final LocalDate DAY = LocalDate.of(2026, 8, 1);

  @Autowired CustomerRepository customers;
  @Autowired InvoiceRepository invoices;
  @Autowired ChargeRepository charges;
  @Autowired CreditRepository credits;
  @Autowired PaymentRepository payments;
  @Autowired InvoiceAccounts accounts;
  @Autowired TransactionTemplate transaction;

  @Test
  void theSameTransactionReadsTheAccountOnce() {
    Long id = invoiceOf("1000.00");
    transaction.executeWithoutResult(
        status -> {
          Invoice invoice = invoices.findById(id).orElseThrow();
          assertThat(accounts.of(invoice).payments())
              .isSameAs(accounts.of(invoice).payments());
        });
  }

  @Test
  void anInvoiceOpenedInTheTransactionHasAnEmptyAccountWithoutAReadUntilABooking() {
    Long id = invoiceOf("1000.00");
    // Behind the transaction's back (a new invoice never has one): shows whether it is read.
    feeOf40Booked(id);
    transaction.executeWithoutResult(
        status -> {
          Invoice invoice = invoices.findById(id).orElseThrow();
          accounts.opened(invoice);
          assertThat(accounts.of(invoice).charges()).as("not read").isEmpty();
          charges.save(new Charge(invoice, ChargeType.FIXED_COMPENSATION, eur("10.00"), "fee", DAY));
          assertThat(accounts.of(invoice).charges()).as("read again after a booking").hasSize(2);
        });
  }

  @Test
  void anAccountReadsOnlyTheKindsOfEntryTheInvoiceHas() {
    Long id = invoiceOf("1000.00");
    feeOf40Booked(id);
    transaction.executeWithoutResult(
        status -> {
          Invoice invoice = invoices.findById(id).orElseThrow();
          List<String> sql = RecordedSql.during(() -> accounts.of(invoice));
          assertThat(RecordedSql.touching(sql, "charge")).as("counted, then read").hasSize(2);
          assertThat(RecordedSql.touching(sql, "credit")).as("counted only").hasSize(1);
          assertThat(RecordedSql.touching(sql, "payment")).as("counted only").hasSize(1);
          assertThat(sql).as("the count of all three and the charges").hasSize(2);
          assertThat(accounts.of(invoice).balance()).isEqualTo(eur("1040.00"));
        });
  }

  /** A fee of 40.00 booked on the invoice in a transaction of its own. */
  void feeOf40Booked(Long invoiceId) {
    transaction.executeWithoutResult(
        status ->
            charges.save(
                new Charge(invoices.findById(invoiceId).orElseThrow(),
                    ChargeType.FIXED_COMPENSATION, eur("40.00"), "fee", DAY)));
  }

  @Test
  void aChargeCreditOrPaymentBookedInTheTransactionShowsAtOnce() {
    Long id = invoiceOf("1000.00");
    transaction.executeWithoutResult(
        status -> {
          Invoice invoice = invoices.findById(id).orElseThrow();
          assertThat(accounts.of(invoice).balance()).isEqualTo(eur("1000.00"));
          charges.save(new Charge(invoice, ChargeType.FIXED_COMPENSATION, eur("40.00"), "fee", DAY));
          assertThat(accounts.of(invoice).balance()).isEqualTo(eur("1040.00"));
          credits.save(new Credit(invoice, CreditType.WRITE_OFF, eur("100.00"), "goodwill", DAY,
              "manager"));
          assertThat(accounts.of(invoice).balance()).isEqualTo(eur("940.00"));
          payments.save(payment(invoice, "200.00"));
          assertThat(accounts.of(invoice).balance()).isEqualTo(eur("740.00"));
        });
  }

  @Test
  void aPaymentReversedInTheTransactionNoLongerCounts() {
    Long id = invoiceOf("1000.00");
    transaction.executeWithoutResult(
        status -> payments.save(payment(invoices.findById(id).orElseThrow(), "300.00")));
    transaction.executeWithoutResult(
        status -> {
          Invoice invoice = invoices.findById(id).orElseThrow();
          InvoiceAccount before = accounts.of(invoice);
          assertThat(before.balance()).isEqualTo(eur("700.00"));
          before.payments().get(0).reverse(DAY.plusDays(3));
          assertThat(accounts.of(invoice).balance()).isEqualTo(eur("1000.00"));
        });
  }

  @Test
  void aPaymentBookedByAnotherTransactionShowsInTheNextOne() {
    Long id = invoiceOf("1000.00");
    transaction.executeWithoutResult(
        status ->
            assertThat(accounts.of(invoices.findById(id).orElseThrow()).balance())
                .isEqualTo(eur("1000.00")));
    transaction.executeWithoutResult(
        status -> payments.save(payment(invoices.findById(id).orElseThrow(), "250.00")));
    transaction.executeWithoutResult(
        status ->
            assertThat(accounts.of(invoices.findById(id).orElseThrow()).balance())
                .isEqualTo(eur("750.00")));
  }

  @Test
  void outsideATransactionEveryReadGoesToTheDatabase() {
    Long id = invoiceOf("1000.00");
    Invoice invoice = invoices.findById(id).orElseThrow();
    assertThat(accounts.of(invoice).balance()).isEqualTo(eur("1000.00"));
    transaction.executeWithoutResult(status -> payments.save(payment(invoice, "100.00")));
    assertThat(accounts.of(invoice).balance()).isEqualTo(eur("900.00"));
  }

  private Long invoiceOf(String principal) {
    return transaction.execute(
        status -> {
          Instant now = Instant.parse("2026-08-01T10:00:00Z");
          Customer customer =
              customers.save(
                  new Customer("Accounts " + UUID.randomUUID(), CustomerType.BUSINESS, "DE", "de",
                      "accounts@example.com", "+49 30 1234567", ZoneId.of("Europe/Berlin"), now));
          String number = "IA-" + UUID.randomUUID().toString().substring(0, 8);
          return invoices
              .save(new Invoice(number, customer, LocalDate.of(2026, 6, 1),
                  LocalDate.of(2026, 7, 1), eur(principal), now))
              .getId();
        });
  }

  private static Payment payment(Invoice invoice, String amount) {
    return new Payment(invoice, eur(amount), DAY, "IA-" + UUID.randomUUID(),
        Instant.parse("2026-08-01T10:00:00Z"), "admin");
  }

  private static Money eur(String amount) {
    return Money.exact(new BigDecimal(amount), EUR);
  }
}
