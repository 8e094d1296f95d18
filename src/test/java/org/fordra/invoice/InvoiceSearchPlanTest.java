package org.fordra.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.fordra.testing.FordraTest;
import org.fordra.testing.H2Plan;
import org.fordra.testing.RecordedSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * The invoice searches by customer and by status find their rows through an index, in the plan H2
 * (the tests' and the demo's database) makes for the SQL Hibernate sends. Every combinable dunning
 * step asks for its customer's open invoices; with {@code (:status is null or ...)} in one query,
 * or the customer and the status in two indexes of their own, H2 read every invoice, or every
 * open one, at each such step.
 */
@FordraTest
class InvoiceSearchPlanTest {

  @Autowired InvoiceRepository invoices;
  @Autowired DataSource dataSource;

  @Test
  void aCustomersOpenInvoicesAreFoundThroughTheCustomerAndStatusIndex() throws Exception {
    assertThat(planOf(() -> invoices.search(InvoiceStatus.OPEN, 1L, Pageable.unpaged())))
        .containsIgnoringCase("INVOICE_CUSTOMER_STATUS_IDX: CUSTOMER_ID = ?1 AND STATUS = ?2")
        .doesNotContainIgnoringCase("tableScan");
  }

  @Test
  void allOfACustomersInvoicesAreFoundThroughAnIndexOnTheCustomer() throws Exception {
    assertThat(planOf(() -> invoices.search(null, 1L, Pageable.unpaged())))
        .containsPattern("(?i)INVOICE_CUSTOMER(_STATUS)?_IDX: CUSTOMER_ID = \\?1 \\*/")
        .doesNotContainIgnoringCase("tableScan");
  }

  @Test
  void invoicesOfAStatusAreFoundThroughTheStatusIndex() throws Exception {
    assertThat(planOf(() -> invoices.search(InvoiceStatus.PAID, null, Pageable.unpaged())))
        .containsIgnoringCase("INVOICE_STATUS_IDX: STATUS = ?1")
        .doesNotContainIgnoringCase("tableScan");
  }

  /** H2's plan for the one statement on the invoice table that {@code search} sent. */
  private String planOf(Runnable search) throws Exception {
    List<String> sql = RecordedSql.touching(RecordedSql.during(search), "invoice");
    assertThat(sql).hasSize(1);
    return H2Plan.of(dataSource, sql.get(0));
  }
}
