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
 * steps then find the new invoice among the transaction's entities instead of looking its number
 * up ({@link OpenCollectionsCase}). That its account and notices are then not read either is
 * {@code InvoiceAccountsInATransactionTest}'s and {@code SentNoticesInATransactionTest}'s.
 */
@FordraTest
class ANewCaseReadsNothingItsRegistrationWroteTest {

  // The queries as their repository declares them: Hibernate keeps its statistics by query text.
  static final String EXISTS = "select count(i) > 0 from Invoice i where i.number = :number";
  static final String BY_NUMBER = "select i from Invoice i where i.number = :number";

  @Autowired EntityManagerFactory entityManagers;
  @Autowired InvoiceRegistration registration;
  @Autowired CustomerRepository customers;
  @Autowired RuntimeService runtime;
  @Autowired TransactionTemplate transaction;

  @Test
  void theCaseStartsWithoutLookingTheNewInvoiceUpByItsNumber() {
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
      assertThat(statistics.getQueryStatistics(EXISTS).getExecutionCount()).isOne();
      assertThat(statistics.getQueryStatistics(BY_NUMBER).getExecutionCount())
          .as("the invoice looked up again by its number")
          .isZero();
    } finally {
      statistics.setStatisticsEnabled(wasEnabled);
    }
  }
}
