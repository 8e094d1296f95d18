package org.fordra.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fordra.customer.CustomerType;
import org.fordra.dunning.CollectionsScenario;
import org.fordra.security.StaffAccounts;
import org.fordra.api.StaffGroups;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What an operator and a monitoring system see: health and its probes without a login (details
 * only for an administrator), Prometheus metrics and the OpenAPI description for administrators,
 * and the OpenAPI description naming every route of {@code /api}.
 */
@FordraTest
class OperationsTest {

  static final String MANAGER = "opsmanager";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired CollectionsScenario scenario;
  @Autowired CollectionsMetrics metrics;
  @Autowired MeterRegistry meters;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping routes;

  final ObjectMapper json = new ObjectMapper();
  String admin;

  @BeforeEach
  void accounts() {
    admin = StaffAccounts.ensureAdministrator(identity);
    StaffAccounts.ensure(identity, MANAGER, StaffGroups.MANAGERS);
  }

  @Test
  void healthAndItsProbesAnswerWithoutALoginAndShowDetailsOnlyToAnAdministrator() throws Exception {
    ResponseEntity<String> liveness = http.getForEntity("/actuator/health/liveness", String.class);
    assertThat(liveness.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(liveness.getBody()).path("status").asText()).isEqualTo("UP");
    ResponseEntity<String> readiness = http.getForEntity("/actuator/health/readiness", String.class);
    assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);

    JsonNode anonymous = json.readTree(http.getForEntity("/actuator/health", String.class).getBody());
    assertThat(anonymous.has("status")).isTrue();
    assertThat(anonymous.has("components")).isFalse();

    JsonNode detailed = json.readTree(http.withBasicAuth(admin, StaffAccounts.PASSWORD)
        .getForEntity("/actuator/health", String.class).getBody());
    assertThat(detailed.path("components").path("db").path("status").asText()).isEqualTo("UP");
    assertThat(detailed.path("components").path("noticeOutbox").path("status").asText()).isEqualTo("UP");
    // Camunda's own indicator of the engine (its job executor's indicator is there only where the
    // job executor runs; tests execute jobs themselves).
    assertThat(detailed.path("components").path("processEngine").path("status").asText())
        .isEqualTo("UP");
  }

  @Test
  void metricsAreForAdministratorsAndCountCasesStepsAndBacklog() {
    scenario.today(LocalDate.of(2026, 3, 2));
    ProcessInstance invoice =
        scenario.register(CustomerType.CONSUMER, "250.00", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1));
    scenario.runUntil(LocalDate.of(2026, 4, 8), invoice);
    metrics.forget();

    assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth(MANAGER, StaffAccounts.PASSWORD)
            .getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> scraped =
        http.withBasicAuth(admin, StaffAccounts.PASSWORD).getForEntity("/actuator/prometheus", String.class);

    assertThat(scraped.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(scraped.getBody())
        .containsPattern("fordra_cases\\{status=\"OPEN\"\\} [1-9]")
        .containsPattern("fordra_steps_run_total\\{step=\"SendReminder1\"\\} [1-9]")
        .contains("fordra_jobs_due ", "fordra_jobs_failed ", "fordra_incidents_open ",
            "fordra_notices_failed ", "fordra_notices_sent{channel=\"EMAIL\"}");
  }

  @Test
  void everyRunOfAStepCountsOnceThroughTheCounterItsStepKeeps() {
    double before = stepsRun("SendReminder1");
    scenario.today(LocalDate.of(2026, 3, 2));
    ProcessInstance first =
        scenario.register(CustomerType.CONSUMER, "250.00", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1));
    ProcessInstance second =
        scenario.register(CustomerType.BUSINESS, "980.00", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1));

    scenario.runUntil(LocalDate.of(2026, 4, 8), first, second);

    assertThat(stepsRun("SendReminder1") - before).isEqualTo(2.0);
  }

  private double stepsRun(String step) {
    Counter counter = meters.find("fordra.steps.run").tag("step", step).counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void theOpenApiDescriptionIsForAdministratorsAndNamesEveryApiRoute() throws Exception {
    assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/swagger-ui.html", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> docs =
        http.withBasicAuth(admin, StaffAccounts.PASSWORD).getForEntity("/v3/api-docs", String.class);
    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);

    Set<String> published = new TreeSet<>();
    json.readTree(docs.getBody()).path("paths").fields().forEachRemaining(path ->
        path.getValue().fieldNames().forEachRemaining(method ->
            published.add(method.toUpperCase() + " " + path.getKey())));
    Set<String> served = new TreeSet<>();
    for (RequestMappingInfo route : routes.getHandlerMethods().keySet()) {
      for (String pattern : route.getPatternValues()) {
        if (pattern.startsWith("/api/")) {
          route.getMethodsCondition().getMethods()
              .forEach(method -> served.add(method.name() + " " + pattern));
        }
      }
    }
    assertThat(served).isNotEmpty();
    assertThat(published).containsAll(served);
  }
}
