package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.InvoiceRegistration;
import org.fordra.invoice.NewInvoice;
import org.fordra.testing.FordraTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A registration stores the invoice and starts its case in one transaction; the case's first
 * steps (the schedule, the contact gate) then know the new invoice, its empty account and its
 * absent notices without asking the database ({@link OpenCollectionsCase}).
 */
@FordraTest
class ANewCaseReadsNothingItsRegistrationWroteTest {

  // The queries by what they read (Hibernate keeps its statistics by each query's text).
  static final String EXISTS = "select count(i) > 0 from Invoice i where i.number";
  static final String BY_NUMBER = "select i from Invoice i where i.number";
  static final String CHARGES = "from Charge c where c.invoice.id";
  static final String CREDITS = "from Credit c where c.invoice.id";
  static final String PAYMENTS = "from Payment p where p.invoice.id";
  static final String NOTICES = "from Notice n where n.invoice.id";

  @Autowired EntityManagerFactory entityManagers;
  @Autowired InvoiceRegistration registration;
  @Autowired CustomerRepository customers;
  @Autowired RuntimeService runtime;
  @Autowired TransactionTemplate transaction;

  @Test
  void theCaseStartsWithoutReadingTheNewInvoiceItsAccountOrItsNotices() {
    Customer customer =
        customers.save(
            new Customer("New case " + UUID.randomUUID(), CustomerType.BUSINESS, "DE", "de",
                "new-case@example.com", "+49 30 1234567", ZoneId.of("Europe/Berlin"),
                ClockUtil.getCurrentTime().toInstant()));
    String number = "NC-" + UUID.randomUUID().toString().substring(0, 8);
    LocalDate issued =
        LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("UTC"));

    Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
    boolean wasEnabled = statistics.isStatisticsEnabled();
    statistics.setStatisticsEnabled(true);
    statistics.clear();
    try {
      transaction.executeWithoutResult(
          status ->
              registration.register(
                  new NewInvoice(number, customer.getId(), issued, issued.plusDays(30), "EUR",
                      new BigDecimal("1000.00"))));

      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count())
          .as("the case started")
          .isOne();
      // The statistics see this registration's queries: it asked whether the number was free.
      assertThat(executions(statistics, EXISTS))
          .as("asked: %s", String.join(" | ", statistics.getQueries()))
          .isOne();
      assertThat(executions(statistics, BY_NUMBER)).as("the invoice looked up again").isZero();
      // Whether a case's first steps read the account and the notices depends on its dates (the
      // benchmark's do); that they are then not read is InvoiceAccountsInATransactionTest's.
      for (String query : new String[] {CHARGES, CREDITS, PAYMENTS, NOTICES}) {
        assertThat(executions(statistics, query)).as(query).isZero();
      }
    } finally {
      statistics.setStatisticsEnabled(wasEnabled);
    }
  }

  /** How often the queries whose text contains {@code fragment} ran. */
  private static long executions(Statistics statistics, String fragment) {
    long runs = 0;
    for (String query : statistics.getQueries()) {
      if (query.contains(fragment)) {
        runs += statistics.getQueryStatistics(query).getExecutionCount();
      }
    }
    return runs;
  }
}
