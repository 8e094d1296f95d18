package org.fordra.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.reference.PaymentReferences;
import org.fordra.money.Money;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reference derived from an invoice's id may already be taken (another digits-only scheme's
 * reference, or one the books sent): the invoice then gets the next free candidate instead of
 * failing to register.
 */
@FordraTest
class FreeReferenceTest {

  static final Currency SEK = Currency.getInstance("SEK");

  @Autowired InvoiceRegistration registration;
  @Autowired PaymentReferences references;
  @Autowired InvoiceRepository invoices;
  @Autowired CustomerRepository customers;
  @Autowired TransactionTemplate transaction;

  @Test
  void aTakenReferenceIsSkippedForTheNextCandidate() {
    long id = 900_000_000L + (System.nanoTime() % 1_000_000);
    String taken = references.derive(SEK, id);
    transaction.executeWithoutResult(status -> {
      Customer customer = customers.save(new Customer("Referens AB", CustomerType.BUSINESS, "SE", "sv",
          "ekonomi@referens.example", "+46 8 555 010 20", ZoneId.of("Europe/Stockholm"), Instant.now()));
      Invoice invoice = new Invoice("REF-" + UUID.randomUUID(), customer, LocalDate.of(2026, 5, 1),
          LocalDate.of(2026, 6, 1), Money.exact(new BigDecimal("100.00"), SEK), Instant.now());
      invoice.setPaymentReference(taken);
      invoices.save(invoice);
    });

    String given = transaction.execute(status -> registration.freeReference(SEK, id));

    assertThat(given).isNotEqualTo(taken).isEqualTo(references.derive(SEK, id * 10 + 1));
    assertThat(references.derive(SEK, id * 10 + 2)).isNotEqualTo(given);
  }
}
