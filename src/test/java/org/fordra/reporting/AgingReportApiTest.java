package org.fordra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code GET /api/reports/aging} on the worked example of {@link Receivables}. */
@ReceivablesTest
class AgingReportApiTest {

  @Autowired TestRestTemplate http;
  @Autowired Receivables receivables;

  @BeforeEach
  void today() {
    receivables.today();
  }

  @AfterEach
  void resetClock() {
    receivables.reset();
  }

  @Test
  void splitsOutstandingPrincipalIntoBucketsPerCurrencyOnAPastDay() {
    Map<String, Object> report = json("/api/reports/aging?asOf=2026-06-30");

    assertThat(report).containsEntry("asOf", "2026-06-30");
    assertThat(currencies(report))
        .containsExactly(
            Map.of(
                "currency", "EUR",
                "current", "850.00",
                "days1to30", "300.00",
                "days31to60", "400.00",
                "days61to90", "500.00",
                "over90", "850.00",
                "total", "2900.00"),
            Map.of(
                "currency", "JPY",
                "current", "30000",
                "days1to30", "120000",
                "days31to60", "0",
                "days61to90", "0",
                "over90", "0",
                "total", "150000"));
  }

  @Test
  void defaultsToTodayAndLeavesClosedInvoicesOut() {
    Map<String, Object> report = json("/api/reports/aging");

    assertThat(report).containsEntry("asOf", "2026-07-10");
    assertThat(currencies(report).get(0))
        .containsEntry("current", "1799.00")
        .containsEntry("days1to30", "350.00")
        .containsEntry("days31to60", "0.00")
        .containsEntry("days61to90", "300.00")
        .containsEntry("over90", "1100.00")
        .containsEntry("total", "3549.00");
  }

  @Test
  void givesCsvWhenAskedFor() {
    ResponseEntity<String> csv = get("/api/reports/aging?asOf=2026-06-30", "text/csv", "manager");

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
        .isTrue();
    assertThat(csv.getBody())
        .isEqualTo(
            "currency,current,days1to30,days31to60,days61to90,over90,total\r\n"
                + "EUR,850.00,300.00,400.00,500.00,850.00,2900.00\r\n"
                + "JPY,30000,120000,0,0,0,150000\r\n");
  }

  @Test
  void aBadDateIsAProblemNamingTheField() {
    ResponseEntity<String> response = get("/api/reports/aging?asOf=30.06.2026", "application/json", "manager");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(response.getBody())
        .contains("\"status\":400")
        .contains("\"field\":\"asOf\"");
  }

  @Test
  void aBadDateIsAProblemEvenWhenCsvWasAskedFor() {
    ResponseEntity<String> response = get("/api/reports/aging?asOf=yesterday", "text/csv", "manager");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void onlyManagersAndAdministratorsReadTheReport() {
    assertThat(get("/api/reports/aging", "application/json", "admin").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(get("/api/reports/aging", "application/json", "collector").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/reports/aging", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<String> get(String path, String accept, String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, accept);
    headers.setBasicAuth(user, user + "-pass");
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private Map<String, Object> json(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("manager", "manager-pass");
    ResponseEntity<Map<String, Object>> response =
        http.exchange(
            path, HttpMethod.GET, new HttpEntity<>(headers),
            new ParameterizedTypeReference<Map<String, Object>>() {});
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> currencies(Map<String, Object> report) {
    return (List<Map<String, Object>>) report.get("currencies");
  }
}
