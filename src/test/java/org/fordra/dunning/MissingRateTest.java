package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.customer.CustomerType;
import org.fordra.fees.MissingReferenceRate;
import org.fordra.notices.Notice;
import org.fordra.notices.NoticeKind;
import org.fordra.notices.NoticeRepository;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The German Basiszinssatz from 1 July 2026 is not in the rate file. A reminder that falls in that
 * half-year still goes out, saying that statutory interest accrues without naming a figure, and
 * the operators' list of missing rates asks for it once (not a Cockpit incident per notice): never
 * a silent zero, never a stalled case.
 */
@FordraTest
class MissingRateTest {

  @Autowired RuntimeService runtime;
  @Autowired CollectionsScenario scenario;
  @Autowired NoticeRepository notices;
  @Autowired TransactionTemplate transaction;
  @Autowired org.fordra.audit.AuditTrail audit;
  @Autowired org.fordra.fees.MissingRates missingRates;
  @Autowired JdbcTemplate jdbc;

  /**
   * A run's notices need the same missing half-year at the same moment: each counts once on the
   * one entry, none waits on or fails over the list (the count would come up short).
   */
  @Test
  void stepsNeedingTheSameMissingHalfYearAtOnceEachCountOnce() throws Exception {
    MissingReferenceRate missing =
        new MissingReferenceRate("SE_REFERENSRANTA", LocalDate.of(2040, 8, 3));
    int steps = 24;
    ExecutorService nodes = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> noted = new ArrayList<>();
    try {
      for (int i = 0; i < steps; i++) {
        String invoice = "RACE-" + i;
        noted.add(nodes.submit(() -> {
          go.await();
          missingRates.noticedApart(missing, invoice);
          return null;
        }));
      }
      go.countDown();
      for (Future<?> step : noted) {
        step.get(60, TimeUnit.SECONDS);
      }

      assertThat(missingRates.all())
          .filteredOn(m -> m.series().equals("SE_REFERENSRANTA")
              && m.validFrom().equals(LocalDate.of(2040, 7, 1)))
          .singleElement()
          .satisfies(m -> assertThat(m.timesNeeded()).isEqualTo(steps));
    } finally {
      nodes.shutdownNow();
      jdbc.update("delete from reference_rate_missing where valid_from = ?", LocalDate.of(2040, 7, 1));
    }
  }

  @Test
  void aReminderInAHalfYearWithoutItsRateSaysInterestAccruesAndRaisesAnIncident() {
    LocalDate issued = LocalDate.of(2026, 6, 1);
    LocalDate due = LocalDate.of(2026, 7, 1);
    scenario.today(issued);
    ProcessInstance invoice = scenario.register(CustomerType.CONSUMER, "1000.00", issued, due);

    scenario.runUntil(LocalDate.of(2026, 7, 9), invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt(CollectionsProcess.TASK_CALL_CUSTOMER);
    scenario.complete(
        BpmnAwareTests.task(invoice),
        java.util.Map.of(CollectionsProcess.VAR_CALL_OUTCOME, CallOutcome.NO_CONTACT.name()));
    scenario.runUntil(LocalDate.of(2026, 7, 20), invoice);

    assertThat(scenario.noticesSent(invoice)).contains(NoticeKind.REMINDER_2);
    String reminder2 =
        transaction.execute(
            status ->
                notices.findByInvoiceIdOrderByIdAsc(scenario.invoice(invoice).getId()).stream()
                    .filter(n -> n.getKind() == NoticeKind.REMINDER_2)
                    .map(Notice::content)
                    .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                    .findFirst()
                    .orElseThrow());
    assertThat(reminder2).contains("Zuzüglich gesetzlicher Verzugszinsen");
    assertThat(audit.of(invoice.getBusinessKey())).extracting(e -> e.getAction()).contains("RATE_MISSING");
    assertThat(runtime.createIncidentQuery().processInstanceId(invoice.getId()).count())
        .as("no incident per notice: the missing rate is one entry on the operators' list")
        .isZero();
    assertThat(missingRates.all())
        .filteredOn(m -> m.series().equals("DE_BASISZINSSATZ"))
        .singleElement()
        .satisfies(m -> {
          assertThat(m.validFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
          assertThat(m.validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
          assertThat(m.timesNeeded()).isPositive();
        });
  }
}
