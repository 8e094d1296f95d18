package org.fordra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.fees.MissingRates;
import org.fordra.fees.Payoff;
import org.fordra.fees.Payoffs;
import org.fordra.invoice.InvoiceRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The default demo, living up to a day whose every reference rate the release ships (20 June 2025:
 * Sweden, Norway, the Netherlands, Germany and the UK all have their 2025-H1 rates): no incident,
 * nothing missing, and every interest line with its figure.
 */
@SpringBootTest(
    properties = {
      "fordra.demo.enabled=true",
      "fordra.demo.today=2025-06-20",
      "spring.datasource.url=jdbc:h2:mem:fordra-demo-published;DB_CLOSE_DELAY=-1",
      // A bank inbox of its own: DemoHistoryTest's demo may poll target/test-inbox/bank at the
      // same time in the other test JVM, and would book this demo's statement.
      "fordra.statements.inbox.folder=target/test-inbox/bank-published"
    })
@ActiveProfiles("test")
class DemoOnAPublishedDayTest {

  @Autowired RuntimeService runtime;
  @Autowired InvoiceRepository invoices;
  @Autowired Payoffs payoffs;
  @Autowired MissingRates missingRates;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;

  @BeforeEach
  void onTheDemosDay() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-06-20T17:00:00Z")));
  }

  @Test
  void theDemoStartsWithZeroIncidentsAndEveryInterestFigure() {
    assertThat(runtime.createIncidentQuery().list()).isEmpty();
    assertThat(missingRates.all()).isEmpty();
    List<Payoff> today = DemoPayoffs.today(invoices, payoffs, transaction, clock);
    assertThat(today).isNotEmpty();
    assertThat(today).noneMatch(Payoff::interestPending);
    assertThat(today)
        .as("overdue demo invoices show their late interest")
        .anyMatch(p -> p.interest().isPositive());
  }
}
