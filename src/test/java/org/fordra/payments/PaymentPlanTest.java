package org.fordra.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;
import org.junit.jupiter.api.Test;

class PaymentPlanTest {

  static Invoice invoice(String currency) {
    Customer customer =
        new Customer("Kund AB", CustomerType.CONSUMER, "SE", "sv", "kund@example.com", null,
            ZoneId.of("Europe/Stockholm"), Instant.EPOCH);
    return new Invoice("P-1", customer, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
        Money.exact(new BigDecimal("1000"), Currency.getInstance(currency)), Instant.EPOCH);
  }

  @Test
  void installmentsAddUpExactlyAndTheLastTakesTheRemainder() {
    Invoice invoice = invoice("EUR");
    PaymentPlan plan =
        PaymentPlan.split(invoice, LocalDate.of(2026, 1, 31), invoice.principal(), 3,
            LocalDate.of(2026, 1, 31));
    assertThat(plan.getInstallments()).extracting(i -> i.amount().toString())
        .containsExactly("333.33", "333.33", "333.34");
    // Month ends stay month ends as far as the calendar allows.
    assertThat(plan.getInstallments()).extracting(Installment::getDueDate)
        .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
    assertThat(plan.dueAfter(1).toString()).isEqualTo("666.67");
    assertThat(plan.dueAfter(3).toString()).isEqualTo("0.00");
  }

  @Test
  void currenciesWithoutDecimalsSplitInWholeUnits() {
    Invoice invoice = invoice("JPY");
    PaymentPlan plan =
        PaymentPlan.split(invoice, LocalDate.of(2026, 1, 31), invoice.principal(), 7,
            LocalDate.of(2026, 2, 28));
    assertThat(plan.getInstallments()).extracting(i -> i.amount().toString())
        .containsExactly("142", "142", "142", "142", "142", "142", "148");
  }
}
