package org.fordra.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fordra.api.ApiClient.Answer;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.CustomerType;
import org.fordra.dunning.CollectionsScenario;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A half-year's rate published after the release: a manager adds it through the API, and the
 * cases that warned or stopped for want of it go on, with interest to the cent at the new rate.
 */
// A database of its own: the rates added here must not reach the tests that expect them missing.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:reference-rates;DB_CLOSE_DELAY=-1")
@FordraTest
class ReferenceRateApiTest {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired CollectionsScenario scenario;
  @Autowired AuditTrail audit;

  ApiClient manager;
  ApiClient collector;

  @BeforeEach
  void signIn() {
    manager = ApiClient.as(http, identity, "ratemanager", "managers");
    collector = ApiClient.as(http, identity, "ratecollector", "collectors");
  }

  static String rate(String series, String from, String to, String rate, String source) {
    return """
        {"series": %s, "validFrom": %s, "validTo": %s, "rate": %s, "source": %s}
        """
        .formatted(q(series), q(from), q(to), q(rate), q(source));
  }

  static String q(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }

  @Test
  void addingTheMissingEcbRateResolvesTheIncidentsAndStatesTheInterestToTheCent() {
    scenario.today(LocalDate.of(2026, 6, 1));
    ProcessInstance invoice =
        scenario.register(
            scenario.customer("FR", PARIS, CustomerType.BUSINESS),
            "1000.00",
            LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 7, 1));
    scenario.runUntil(LocalDate.of(2026, 7, 20), invoice);
    String number = invoice.getBusinessKey();
    assertThat(runtime.createIncidentQuery().processInstanceId(invoice.getId()).count())
        .as("a notice without the interest figure raises no incident of its own")
        .isZero();
    Answer missing = collector.get("/api/reference-rates/missing");
    assertThat(missing.status()).isEqualTo(200);
    assertThat(missing.raw())
        .as("reminders in 2026-H2 noted once that the ECB rate is missing")
        .contains("\"series\":\"ECB_MRO\",\"validFrom\":\"2026-07-01\"");
    Answer before = manager.get("/api/invoices/" + number + "/payoff?asOf=2026-07-31");
    assertThat(before.status()).isEqualTo(503);
    assertThat(before.body().get("detail").asText()).contains("ECB_MRO", "POST /api/reference-rates");

    Answer added =
        manager.post(
            "/api/reference-rates",
            rate("ECB_MRO", "2026-07-01", null, "2.15", "ECB press release (test figure)"));

    assertThat(added.status()).isEqualTo(201);
    assertThat(added.body().at("/rate/validTo").asText()).isEqualTo("2026-12-31");
    assertThat(added.body().at("/rate/origin").asText()).isEqualTo("ADDED");
    assertThat(added.body().at("/rate/addedBy").asText()).isEqualTo("ratemanager");
    assertThat(collector.get("/api/reference-rates/missing").raw())
        .doesNotContain("\"series\":\"ECB_MRO\",\"validFrom\":\"2026-07-01\"");
    assertThat(runtime.createIncidentQuery().processInstanceId(invoice.getId()).count()).isZero();
    // Directive 2011/7/EU art. 2(6), 3(1): ECB 2.15 + 8 = 10.15 % a year. The due date was not
    // recorded as agreed, so from the day after 30 days from receipt of the invoice (art. 3(3)(b):
    // issued 1 June, received 3 June, interest from 4 July): 1000.00 x 10.15 % x 28/365 = 7.79.
    Answer payoff = manager.get("/api/invoices/" + number + "/payoff?asOf=2026-07-31");
    assertThat(payoff.status()).isEqualTo(200);
    assertThat(payoff.body().get("interest").asText()).isEqualTo("7.79");
    assertThat(audit.of(number)).extracting(e -> e.getAction()).contains("RATE_MISSING");
    Answer listed = collector.get("/api/reference-rates");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.raw()).contains("\"series\":\"ECB_MRO\",\"validFrom\":\"2026-07-01\"");
    assertThat(listed.raw()).contains("\"origin\":\"FILE\"");
  }

  @Test
  void aNorwegianStepThatFailedForWantOfTheRateRunsAgainOnceItIsAdded() {
    scenario.today(LocalDate.of(2026, 6, 1));
    long customer = scenario.customer("NO", OSLO, CustomerType.BUSINESS).getId();
    String number = "NO-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    Answer registered =
        manager.post(
            "/api/invoices",
            """
            {"number": "%s", "customerId": %d, "issueDate": "2026-06-01", "dueDate": "2026-07-01",
             "currency": "NOK", "amount": "10000.00"}
            """
                .formatted(number, customer));
    assertThat(registered.status()).isEqualTo(201);
    ProcessInstance invoice =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    Job failed = runUntilAJobFails(invoice, LocalDate.of(2026, 9, 1));
    // forsinkelsesrenteloven § 3a: a business owes the standardkompensasjon of the half-year.
    assertThat(failed.getExceptionMessage()).contains("no NO_STANDARDKOMPENSASJON rate for 2026-07");
    for (int attempt = 0; attempt < 10 && jobOf(failed).getRetries() > 0; attempt++) {
      try {
        management.executeJob(failed.getId());
      } catch (RuntimeException stillMissing) {
        // each try uses up a retry, as the job executor's would
      }
    }
    assertThat(jobOf(failed).getRetries()).isZero();
    assertThat(runtime.createIncidentQuery().processInstanceId(invoice.getId())
        .incidentType("failedJob").count()).isEqualTo(1);

    Answer wrongHalfYear =
        manager.post(
            "/api/reference-rates",
            rate("NO_STANDARDKOMPENSASJON", "2025-07-01", null, "480", "test figure"));
    assertThat(wrongHalfYear.status()).isEqualTo(201);
    assertThat(wrongHalfYear.body().at("/resumed/jobsRetried").asInt())
        .as("a rate for another half-year does not help this step")
        .isZero();
    Answer added =
        manager.post(
            "/api/reference-rates",
            rate("NO_STANDARDKOMPENSASJON", "2026-07-01", null, "490", "test figure"));
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.body().at("/resumed/jobsRetried").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(jobOf(failed).getRetries()).isEqualTo(1);
    assertThat(runtime.createIncidentQuery().processInstanceId(invoice.getId())
        .incidentType("failedJob").count()).isZero();
    management.executeJob(failed.getId());
    Answer charged = manager.get("/api/invoices/" + number);
    assertThat(charged.body().get("charges").toString())
        .contains("\"type\":\"FIXED_COMPENSATION\",\"amount\":\"490.00\"");
  }

  @Test
  void badRatesAreRefusedWithTheFieldAndTheReason() {
    scenario.today(LocalDate.of(2026, 11, 23));
    expectField(rate("EURIBOR", "2026-07-01", null, "2.0", "x"), "series");
    expectField(rate("ECB_MRO", "2026-07-15", null, "2.0", "x"), "validFrom");
    expectField(rate("ECB_MRO", "2026-07-01", "2026-09-30", "2.0", "x"), "validTo");
    expectField(rate("ECB_MRO", "2028-01-01", null, "2.0", "x"), "validFrom");
    expectField(rate("ECB_MRO", "2026-07-01", null, "150", "x"), "rate");
    expectField(rate("ECB_MRO", "2026-07-01", null, "2.123456", "x"), "rate");
    expectField(rate("ECB_MRO", "2026-07-01", null, "2.0", " "), "source");
    expectField(rate("ECB_MRO", null, null, "2.0", "x"), "validFrom");

    Answer published =
        manager.post("/api/reference-rates", rate("ECB_MRO", "2026-01-01", null, "3.0", "x"));
    assertThat(published.status()).as("the file already has 2026-H1").isEqualTo(409);
    Answer notAllowed =
        collector.post("/api/reference-rates", rate("SE_REFERENSRANTA", "2026-07-01", null, "2.0", "x"));
    assertThat(notAllowed.status()).isEqualTo(403);
    assertThat(manager.get("/api/reference-rates").raw()).doesNotContain("\"ADDED\"");
  }

  void expectField(String json, String field) {
    Answer refused = manager.post("/api/reference-rates", json);
    assertThat(refused.status()).as(json).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body().get("errors").toString()).as(json).contains("\"field\":\"" + field + "\"");
  }

  Job jobOf(Job job) {
    return management.createJobQuery().jobId(job.getId()).singleResult();
  }

  /** Lives day by day like CollectionsScenario.runUntil, until a job of the case fails. */
  Job runUntilAJobFails(ProcessInstance invoice, LocalDate last) {
    for (LocalDate d = LocalDate.of(2026, 6, 2); !d.isAfter(last); d = d.plusDays(1)) {
      scenario.at(d.atTime(10, 0));
      for (int round = 0; round < 100; round++) {
        Job due =
            management.createJobQuery().processInstanceId(invoice.getId()).executable()
                .orderByJobDuedate().asc().listPage(0, 1).stream().findFirst().orElse(null);
        if (due == null) {
          break;
        }
        try {
          management.executeJob(due.getId());
        } catch (RuntimeException failed) {
          return jobOf(due);
        }
        var call =
            engine.getTaskService().createTaskQuery().processInstanceId(invoice.getId())
                .taskDefinitionKey("CallCustomer").singleResult();
        if (call != null) {
          scenario.complete(call, java.util.Map.of("callOutcome", "NO_CONTACT"));
        }
      }
    }
    throw new AssertionError("no step failed for want of a Norwegian rate up to " + last);
  }
}
