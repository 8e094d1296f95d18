package org.fordra.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.api.Conflict;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.money.Money;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A dispute and the case hearing of it ({@link DisputeRaised}, heard by dunning) are one
 * transaction: when the case cannot take it, the dispute is not recorded either.
 */
@FordraTest
class DisputeRaisingTest {

  @Autowired DisputeRaising raising;
  @Autowired DisputeRepository disputes;
  @Autowired CustomerRepository customers;
  @Autowired InvoiceRepository invoices;

  @Test
  void aDisputeTheCaseCannotTakeIsNotRecorded() {
    Invoice withoutACase = invoiceWithoutARunningCase();

    assertThatThrownBy(() -> raising.raise(withoutACase.getNumber(), "Goods never arrived"))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("cannot take a dispute");
    assertThat(disputes.findFirstByInvoiceIdAndResolutionIsNullOrderByIdDesc(withoutACase.getId()))
        .isEmpty();
  }

  private Invoice invoiceWithoutARunningCase() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Customer customer =
        customers.save(
            new Customer("Dispute " + UUID.randomUUID(), CustomerType.BUSINESS, "SE", "sv",
                "ekonomi@example.se", "+46 8 555 010 20", ZoneId.of("Europe/Stockholm"), now));
    return invoices.save(
        new Invoice("DR-" + UUID.randomUUID().toString().substring(0, 8), customer,
            LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31),
            Money.exact(new BigDecimal("100.00"), Currency.getInstance("SEK")), now));
  }
}
