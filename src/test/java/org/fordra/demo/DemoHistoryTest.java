package org.fordra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.fordra.customer.CustomerRepository;
import org.fordra.fees.MissingRates;
import org.fordra.fees.Payoff;
import org.fordra.fees.Payoffs;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.notices.NoticeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A newcomer who starts the demo finds work waiting: calls for the collectors, a dispute for
 * sales, an escalation for the managers, and invoices at every stage with their history.
 */
@SpringBootTest(
    properties = {
      "fordra.demo.enabled=true",
      // A database of its own: the demo only starts on an empty one.
      "spring.datasource.url=jdbc:h2:mem:fordra-demo;DB_CLOSE_DELAY=-1"
    })
@ActiveProfiles("test")
class DemoHistoryTest {

  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired InvoiceRepository invoices;
  @Autowired NoticeRepository notices;
  @Autowired CustomerRepository customers;
  @Autowired RuntimeService runtime;
  @Autowired Payoffs payoffs;
  @Autowired MissingRates missingRates;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;
  @Autowired org.fordra.fees.ReferenceRates referenceRates;

  /** The day's routine on the first morning: a statement came in, one payment is for a person. */
  @Test
  void theMorningsBankStatementBookedOnePaymentAndLeftOneForACollector() throws Exception {
    assertThat(invoices.findByNumber("DEMO-1007").orElseThrow().getStatus())
        .isEqualTo(InvoiceStatus.PAID);
    assertThat(tasks.createTaskQuery().taskDefinitionKey("MatchPayment").taskCandidateGroup("collectors").count())
        .isEqualTo(1);
    assertThat(java.nio.file.Files.list(java.nio.file.Path.of("target/test-inbox/bank/done"))
            .map(p -> p.getFileName().toString()))
        .anyMatch(name -> name.startsWith("demo-statement-") && name.endsWith(".xml"))
        .anyMatch(name -> name.endsWith(".result.json"));
  }

  @Test
  void theDemoStartsWithoutAnyIncident() {
    assertThat(runtime.createIncidentQuery().list())
        .as("Cockpit shows nothing to repair on a newcomer's first start")
        .isEmpty();
  }

  /**
   * Today (the real date) every interest line states its figure, unless its half-year's rate has
   * not been published in a source this release could confirm: then it is pending, and the rate
   * is on the list of missing rates (once), or it is today's half-year's, which the dashboard
   * names as not known yet.
   */
  @Test
  void everyInterestLineHasItsFigureOrItsMissingRateIsListedOnce() {
    List<MissingRates.Missing> missing = missingRates.all();
    assertThat(missing).extracting(m -> m.series() + " " + m.validFrom()).doesNotHaveDuplicates();
    List<Payoff> today = DemoPayoffs.today(invoices, payoffs, transaction, clock);
    assertThat(today).isNotEmpty();
    for (Payoff payoff : today) {
      if (payoff.interestPending()) {
        var pending = payoff.interestLine();
        boolean listed = missing.stream().anyMatch(m -> m.series().equals(pending.pending().series())
            && m.validFrom().equals(pending.pendingFrom()));
        java.time.LocalDate thisHalfYear =
            org.fordra.fees.ReferenceRates.halfYearStart(java.time.LocalDate.now(clock));
        boolean named = pending.pendingFrom().equals(thisHalfYear)
            && missingRates.notKnownFor(thisHalfYear).contains(pending.pending().series());
        assertThat(listed || named).as(pending.basis()).isTrue();
      }
    }
  }

  /**
   * A newcomer's first start: no invoice shows interest "pending" (nor does a letter say the
   * figure follows once the rate is published) for a half-year whose rate Fordra has. Pending is
   * only ever a half-year no confirmed source covers (README, "Fees, interest and notices").
   */
  @Test
  void noInterestIsPendingForAHalfYearWhoseRateIsPublished() {
    List<Payoff> today = DemoPayoffs.today(invoices, payoffs, transaction, clock);
    assertThat(today).isNotEmpty();
    for (Payoff payoff : today) {
      if (payoff.interestPending()) {
        var pending = payoff.interestNotYetKnown();
        assertThat(referenceRates.has(pending.series(), payoff.interestLine().pendingFrom()))
            .as(payoff.interestLine().basis())
            .isFalse();
      }
    }
  }

  @Test
  void theDemoStartsWithWorkForEveryone() {
    assertThat(tasks.createTaskQuery().taskDefinitionKey("CallCustomer").taskCandidateGroup("collectors").count())
        .isGreaterThanOrEqualTo(1);
    assertThat(tasks.createTaskQuery().taskDefinitionKey("ReviewDispute").taskCandidateGroup("sales").count())
        .isEqualTo(1);
    assertThat(tasks.createTaskQuery().taskDefinitionKey("DecideEscalation").taskCandidateGroup("managers").count())
        .isEqualTo(1);
  }

  @Test
  void theDemoHasInvoicesAtDifferentStagesWithTheirNotices() {
    assertThat(invoices.findAll())
        .extracting(i -> i.getStatus())
        .contains(InvoiceStatus.OPEN, InvoiceStatus.PAID, InvoiceStatus.DISPUTED, InvoiceStatus.IN_PAYMENT_PLAN);
    // Paid in full the day after the due date, before any letter stated interest.
    assertThat(invoices.findByNumber("DEMO-1004").orElseThrow().getStatus())
        .isEqualTo(InvoiceStatus.PAID);
    assertThat(customers.findAll())
        .extracting(c -> c.getCountry())
        .contains("SE", "NO", "NL", "DE", "GB", "US");
    assertThat(notices.count()).isGreaterThan(10);
  }

  @Test
  void theDemoUsersOfTheContractExist() {
    assertThat(identity.checkPassword("collector", "collector")).isTrue();
    assertThat(identity.checkPassword("sales", "sales")).isTrue();
    assertThat(identity.checkPassword("manager", "manager")).isTrue();
    assertThat(identity.checkPassword("admin", "admin")).isTrue();
    assertThat(identity.createUserQuery().memberOfGroup("collectors").userId("collector").count()).isOne();
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isOne();
  }
}
