package org.fordra.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fordra.api.ApiClient.Answer;
import org.fordra.customer.CustomerType;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.CollectionsScenario;
import org.fordra.fees.MissingReferenceRate;
import org.fordra.fees.ReferenceRateBook;
import org.fordra.fees.ReferenceRates;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adding a rate is one transaction: it answers 201 however many cases waited for it (even with
 * several incidents an earlier release raised on each case, which the engine may remove together),
 * and a rate exists only once that transaction has committed: one that rolled back is never used.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:rate-addition;DB_CLOSE_DELAY=-1")
@FordraTest
class RateAdditionTest {

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired CollectionsScenario scenario;
  @Autowired ReferenceRates rates;
  @Autowired ReferenceRateBook book;
  @Autowired TransactionTemplate transaction;
  @Autowired org.fordra.fees.EarlierRateIncidents earlierIncidents;
  @Autowired org.fordra.fees.MissingRates missingRates;

  ApiClient manager;

  @BeforeEach
  void signIn() {
    manager = ApiClient.as(http, identity, "additionmanager", "managers");
  }

  /**
   * Cases in a payment plan: an incident an earlier release raised inside the plan's subprocess
   * has its twin on the case (the engine raises it up the call activity) and resolving one removes
   * the other, which made the addition fail with a 500 and roll back.
   */
  @Test
  void aSwedishRateForSeveralCasesInPaymentPlansWithTheirIncidentsAnswers201AndIsUsed() {
    scenario.today(LocalDate.of(2026, 6, 1));
    List<String> numbers = new ArrayList<>();
    List<ProcessInstance> cases = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String number = registered("SE", STOCKHOLM, "SEK", "10000.00", "2026-06-01", "2026-07-01");
      numbers.add(number);
      cases.add(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult());
    }
    scenario.runUntil(LocalDate.of(2026, 7, 10), cases.toArray(ProcessInstance[]::new));
    List<ProcessInstance> plans = new ArrayList<>();
    for (ProcessInstance invoice : cases) {
      var call = engine.getTaskService().createTaskQuery().processInstanceId(invoice.getId())
          .taskDefinitionKey(CollectionsProcess.TASK_CALL_CUSTOMER).singleResult();
      assertThat(call).as("the call is waiting").isNotNull();
      scenario.complete(call, Map.of(
          CollectionsProcess.VAR_CALL_OUTCOME, "PAYMENT_PLAN",
          CollectionsProcess.VAR_PLAN_INSTALLMENTS, 3));
      ProcessInstance plan = runtime.createProcessInstanceQuery()
          .superProcessInstanceId(invoice.getId()).singleResult();
      assertThat(plan).as("the payment plan runs").isNotNull();
      plans.add(plan);
    }
    int raised = raiseOldIncidents(plans, numbers, "SE_REFERENSRANTA", "2026-07-01");
    assertThat(runtime.createIncidentQuery().incidentType(MissingReferenceRate.INCIDENT_TYPE).count())
        .as("each incident in a plan has its twin on the case")
        .isEqualTo(2L * raised);
    scenario.today(LocalDate.of(2026, 8, 1));
    assertThat(manager.get("/api/invoices/" + numbers.get(0) + "/payoff?asOf=2026-07-31").status())
        .isEqualTo(503);

    Answer added = manager.post("/api/reference-rates",
        ReferenceRateApiTest.rate("SE_REFERENSRANTA", "2026-07-01", null, "2.50", "test figure"));

    assertThat(added.status()).as(added.raw()).isEqualTo(201);
    assertThat(added.body().at("/resumed/incidentsResolved").asInt()).isPositive();
    assertThat(added.body().at("/resumed/invoices").toString()).contains(numbers.toArray(String[]::new));
    assertThat(runtime.createIncidentQuery().incidentType(MissingReferenceRate.INCIDENT_TYPE).count())
        .isZero();
    // räntelagen 6 §: referensränta + 8 = 10.50 % a year from the day after the due date.
    for (String number : numbers) {
      Answer payoff = manager.get("/api/invoices/" + number + "/payoff?asOf=2026-07-31");
      assertThat(payoff.status()).isEqualTo(200);
      assertThat(payoff.body().get("chargeLines").toString()).contains("at 10.50 % (2.50 + 8)");
      assertThat(new BigDecimal(payoff.body().get("interest").asText())).isPositive();
    }
  }

  @Test
  void aNorwegianRateForSeveralWaitingCasesAnswers201AndIsUsed() {
    scenario.today(LocalDate.of(2026, 8, 1));
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      numbers.add(registered("NO", OSLO, "NOK", "10000.00", "2026-06-01", "2026-07-01"));
    }
    raiseOldIncidents(numbers, "NO_FORSINKELSESRENTE", "2026-07-01");

    Answer added = manager.post("/api/reference-rates",
        ReferenceRateApiTest.rate("NO_FORSINKELSESRENTE", "2026-07-01", null, "12.00", "test figure"));

    assertThat(added.status()).as(added.raw()).isEqualTo(201);
    assertThat(runtime.createIncidentQuery().incidentType(MissingReferenceRate.INCIDENT_TYPE).count())
        .isZero();
    // forsinkelsesrenteloven § 3: NOK 10,000 x 12 % x 30/365 = 98.63.
    for (String number : numbers) {
      Answer payoff = manager.get("/api/invoices/" + number + "/payoff?asOf=2026-07-31");
      assertThat(payoff.status()).isEqualTo(200);
      assertThat(payoff.body().get("interest").asText()).isEqualTo("98.63");
    }
  }

  @Test
  void aDutchConsumerRateForSeveralWaitingCasesAnswers201AndIsUsed() {
    scenario.today(LocalDate.of(2025, 8, 1));
    List<ProcessInstance> cases = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      cases.add(scenario.register(scenario.customer("NL", AMSTERDAM, CustomerType.CONSUMER),
          "1000.00", LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31)));
    }
    scenario.runUntil(LocalDate.of(2025, 11, 1), cases.toArray(ProcessInstance[]::new));
    List<String> numbers = cases.stream().map(ProcessInstance::getBusinessKey).toList();
    // The call task may be waiting; the interest (art. 6:119 BW) runs from the reminder's deadline.
    raiseOldIncidents(numbers, "NL_WETTELIJKE_RENTE", "2025-07-01");
    Answer before = manager.get("/api/invoices/" + numbers.get(0) + "/payoff?asOf=2025-10-31");
    assertThat(before.status()).isEqualTo(503);

    scenario.today(LocalDate.of(2025, 11, 1));
    Answer added = manager.post("/api/reference-rates",
        ReferenceRateApiTest.rate("NL_WETTELIJKE_RENTE", "2025-07-01", null, "4.00", "test figure"));

    assertThat(added.status()).as(added.raw()).isEqualTo(201);
    assertThat(runtime.createIncidentQuery().incidentType(MissingReferenceRate.INCIDENT_TYPE).count())
        .isZero();
    for (String number : numbers) {
      Answer payoff = manager.get("/api/invoices/" + number + "/payoff?asOf=2025-10-31");
      assertThat(payoff.status()).isEqualTo(200);
      assertThat(new BigDecimal(payoff.body().get("interest").asText())).isPositive();
      assertThat(payoff.body().get("chargeLines").toString()).contains("at 4.00 %");
    }
  }

  @Test
  void theIncidentsOfAnEarlierReleaseBecomeOneEntryOnTheListOfMissingRates() {
    scenario.today(LocalDate.of(2026, 8, 1));
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      numbers.add(registered("SE", STOCKHOLM, "SEK", "5000.00", "2026-06-01", "2026-07-01"));
    }
    int raised = raiseOldIncidents(numbers, "NO_STANDARDKOMPENSASJON", "2026-09-01");

    int moved = earlierIncidents.moveToTheList();

    // Resolving one incident of an execution takes the others of that execution along.
    assertThat(moved).isBetween(numbers.size(), raised);
    assertThat(runtime.createIncidentQuery().incidentType(MissingReferenceRate.INCIDENT_TYPE).count())
        .isZero();
    assertThat(missingRates.all())
        .filteredOn(m -> m.series().equals("NO_STANDARDKOMPENSASJON"))
        .singleElement()
        .satisfies(m -> {
          assertThat(m.validFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
          assertThat(m.timesNeeded()).isEqualTo(moved);
        });
  }

  @Test
  void aRateWhoseAdditionRolledBackIsNeverUsed() {
    scenario.today(LocalDate.of(2026, 11, 23));
    LocalDate day = LocalDate.of(2026, 7, 1);
    String series = "NO_STANDARDKOMPENSASJON";
    assertThat(rates.has(series, day)).isFalse();

    transaction.executeWithoutResult(status -> {
      book.add(book.checked(series, day, null, new BigDecimal("500"), "never committed"), "tester");
      assertThat(rates.has(series, day)).as("the adding transaction sees its rate").isTrue();
      assertThat(CompletableFuture.supplyAsync(() -> rates.has(series, day)).join())
          .as("nobody else sees it before it commits")
          .isFalse();
      status.setRollbackOnly();
    });

    assertThat(rates.has(series, day)).as("rolled back: it does not exist").isFalse();
    assertThat(CompletableFuture.supplyAsync(() -> rates.has(series, day)).join()).isFalse();
    assertThat(manager.get("/api/reference-rates").raw()).doesNotContain("never committed");
  }

  /** An execution of the case that waits in an activity (an incident must sit on one). */
  private static String waitingExecution(org.camunda.bpm.engine.runtime.ActivityInstance tree) {
    for (var child : tree.getChildActivityInstances()) {
      return waitingExecution(child);
    }
    return tree.getExecutionIds()[0];
  }

  /** An invoice registered through the API (currency and country as given); its number. */
  private String registered(
      String country, ZoneId zone, String currency, String amount, String issued, String due) {
    long customer = scenario.customer(country, zone, CustomerType.CONSUMER).getId();
    String number = country + "-" + UUID.randomUUID().toString().substring(0, 8);
    Answer registered = manager.post("/api/invoices", """
        {"number": "%s", "customerId": %d, "issueDate": "%s", "dueDate": "%s",
         "currency": "%s", "amount": "%s"}
        """.formatted(number, customer, issued, due, currency, amount));
    assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
    return number;
  }

  /**
   * The incidents an earlier release raised on a case for each notice that left the interest
   * figure out: several per case, on the case itself.
   */
  private int raiseOldIncidents(List<String> numbers, String series, String day) {
    return raiseOldIncidents(numbers.stream()
        .map(n -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(n)
            .processDefinitionKey(CollectionsProcess.PROCESS_KEY).singleResult())
        .toList(), numbers, series, day);
  }

  /** On each instance (a case or its payment plan), for the invoice of the same place in numbers. */
  private int raiseOldIncidents(
      List<ProcessInstance> instances, List<String> numbers, String series, String day) {
    int raised = 0;
    for (int i = 0; i < instances.size(); i++) {
      ProcessInstance instance = instances.get(i);
      String number = numbers.get(i);
      String waiting = waitingExecution(runtime.getActivityInstance(instance.getId()));
      for (int notice = 0; notice < 3; notice++) {
        runtime.createIncident(MissingReferenceRate.INCIDENT_TYPE, waiting, number,
            "no " + series + " rate for " + day + " in fees/reference-rates.csv: add the published"
                + " rate for that half-year (POST /api/reference-rates)");
        raised++;
      }
    }
    return raised;
  }
}
