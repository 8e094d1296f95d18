package org.fordra.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.api.ApiClient.Answer;
import org.fordra.customer.CustomerRepository;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.ledger.PaymentRepository;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The weaker findings of the attacker's report (issue 11, finding 5) about what the API accepts:
 * amounts only as decimal strings, dates only in a plausible range, the caller's groups checked
 * before the body, and every error of /api, the route's included, a problem+json.
 */
@FordraTest
class StrictRequestsApiTest {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
  static final String NUMBER_REFUSED = "send the amount as a decimal string, e.g. \"1250.00\"";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired InvoiceRepository invoices;
  @Autowired PaymentRepository payments;
  @Autowired CustomerRepository customers;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlers;

  @Autowired ObjectMapper mapper;
  final ObjectMapper json = new ObjectMapper();
  ApiClient bookkeeper;
  ApiClient sales;
  long customerId;

  @BeforeEach
  void signIn() {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    bookkeeper = ApiClient.as(http, identity, "strictbookkeeper", "managers");
    sales = ApiClient.as(http, identity, "strictsales", "sales");
    Answer created =
        bookkeeper.post(
            "/api/customers",
            """
            {"name": "Strikt AB", "type": "BUSINESS", "country": "SE", "language": "sv",
             "email": "ekonomi@strikt.example", "timeZone": "Europe/Stockholm"}
            """);
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    customerId = created.body().get("id").asLong();
  }

  String invoice(String number, String issue, String due, String currency, String amountJson) {
    return """
        {"number": "%s", "customerId": %d, "issueDate": "%s", "dueDate": "%s",
         "currency": "%s", "amount": %s}
        """
        .formatted(number, customerId, issue, due, currency, amountJson);
  }

  static String number() {
    return "STR-" + UUID.randomUUID().toString().substring(0, 8);
  }

  // Finding: amounts sent as JSON numbers were accepted.

  @Test
  void anAmountSentAsAJsonNumberIsRefusedNamingTheField() {
    long before = invoices.count();

    Answer refused =
        bookkeeper.post("/api/invoices", invoice(number(), "2026-04-20", "2026-05-20", "SEK", "1250.00"));

    assertFieldError(refused, "amount", NUMBER_REFUSED);
    assertThat(refused.body().get("detail").asText()).isEqualTo("amount: " + NUMBER_REFUSED);
    assertFieldError(
        bookkeeper.post("/api/invoices", invoice(number(), "2026-04-20", "2026-05-20", "SEK", "1250")),
        "amount", NUMBER_REFUSED);
    assertThat(invoices.count()).isEqualTo(before);
  }

  @Test
  void everyDecimalOfEveryRequestIsAString() {
    String number = number();
    assertThat(
            bookkeeper.post("/api/invoices", invoice(number, "2026-04-20", "2026-05-20", "SEK", "\"1000.00\""))
                .status())
        .isEqualTo(201);
    long paymentsBefore = payments.count();
    long customersBefore = customers.count();

    assertFieldError(
        bookkeeper.post(
            "/api/invoices/" + number + "/payments",
            "{\"amount\": 100.00, \"currency\": \"SEK\", \"paidOn\": \"2026-05-01\", \"reference\": \"N-"
                + number + "\"}"),
        "amount", NUMBER_REFUSED);
    assertFieldError(
        bookkeeper.post(
            "/api/invoices",
            """
            {"number": "%s", "customerId": %d, "issueDate": "2026-04-28", "dueDate": "2026-05-28",
             "currency": "SEK", "amount": "1000.00",
             "earlyPaymentDiscount": {"percent": 2, "withinDays": 10}}
            """
                .formatted(number(), customerId)),
        "earlyPaymentDiscount.percent", "send the percentage as a decimal string, e.g. \"2.5\"");
    assertFieldError(
        bookkeeper.post(
            "/api/customers",
            """
            {"name": "Avgift AB", "type": "BUSINESS", "country": "SE", "language": "sv",
             "email": "a@avgift.example", "timeZone": "Europe/Stockholm",
             "feesAgreed": true, "contractLateFee": 25}
            """),
        "contractLateFee", NUMBER_REFUSED);
    assertFieldError(
        bookkeeper.post(
            "/api/reference-rates",
            """
            {"series": "ECB_MRO", "validFrom": "2026-07-01", "rate": 2.15, "source": "x"}
            """),
        "rate", "send the percentage as a decimal string");

    assertThat(payments.count()).isEqualTo(paymentsBefore);
    assertThat(customers.count()).isEqualTo(customersBefore);
  }

  record StoredEvent(java.math.BigDecimal amount) {}

  @Test
  void onlyRequestsAreHeldToStringsNotFordrasOwnJson() throws Exception {
    // Events and files Fordra writes itself keep Jackson's usual numbers and read back as before.
    assertThat(mapper.readValue("{\"amount\": 12.50}", StoredEvent.class).amount())
        .isEqualByComparingTo("12.50");
  }

  @Test
  void aDecimalStringIsPlainDecimalNotation() {
    assertFieldError(
        bookkeeper.post("/api/invoices", invoice(number(), "2026-04-20", "2026-05-20", "SEK", "\"1e3\"")),
        "amount", "'1e3' is not a decimal amount, e.g. \"1250.00\"");
    assertFieldError(
        bookkeeper.post("/api/invoices", invoice(number(), "2026-04-20", "2026-05-20", "SEK", "\"1 000\"")),
        "amount", "is not a decimal amount");
  }

  @Test
  void moreDecimalsThanTheCurrencyHasAreRefused() {
    assertFieldError(
        bookkeeper.post("/api/invoices", invoice(number(), "2026-04-20", "2026-05-20", "SEK", "\"10.005\"")),
        "amount", "10.005 has more than 2 decimals for SEK");
    assertFieldError(
        bookkeeper.post("/api/invoices", invoice(number(), "2026-04-20", "2026-05-20", "JPY", "\"1000.5\"")),
        "amount", "1000.5 has more than 0 decimals for JPY");
  }

  // Finding: dates in year 0001 were accepted.

  @Test
  void datesOutsideAPlausibleRangeAreRefused() {
    long before = invoices.count();
    String range = "must be between 2000-01-01 and 2036-05-04";

    assertFieldError(
        bookkeeper.post("/api/invoices", invoice(number(), "0001-01-01", "0001-01-31", "SEK", "\"10.00\"")),
        "issueDate", range);
    assertFieldError(
        bookkeeper.post("/api/invoices", invoice(number(), "1999-12-31", "2026-05-20", "SEK", "\"10.00\"")),
        "issueDate", range);
    assertFieldError(
        bookkeeper.post("/api/invoices", invoice(number(), "2026-04-20", "9999-12-31", "SEK", "\"10.00\"")),
        "dueDate", range);
    assertFieldError(
        bookkeeper.post("/api/invoices", invoice(number(), "2026-05-20", "2026-04-20", "SEK", "\"10.00\"")),
        "dueDate", "is before the issue date");
    assertThat(invoices.count()).isEqualTo(before);

    String number = number();
    assertThat(
            bookkeeper.post("/api/invoices", invoice(number, "2026-04-20", "2026-05-20", "SEK", "\"10.00\""))
                .status())
        .isEqualTo(201);
    assertFieldError(
        bookkeeper.post(
            "/api/invoices/" + number + "/payments",
            "{\"amount\": \"1.00\", \"currency\": \"SEK\", \"paidOn\": \"0001-01-01\", \"reference\": \"Y-"
                + number + "\"}"),
        "paidOn", range);
    assertFieldError(
        bookkeeper.post(
            "/api/invoices/" + number + "/payments",
            "{\"amount\": \"1.00\", \"currency\": \"SEK\", \"paidOn\": \"2026-05-05\", \"reference\": \"Z-"
                + number + "\"}"),
        "paidOn", "is in the future");
    assertFieldError(bookkeeper.get("/api/reports/aging?asOf=0001-01-01"), "asOf", range);
    assertFieldError(bookkeeper.get("/api/invoices/" + number + "/payoff?asOf=0001-01-01"), "asOf", range);
  }

  // Finding: a sales user posting an invalid customer learnt the fields instead of a 403.

  @Test
  void theCallersGroupsAreCheckedBeforeTheBody() {
    Answer invalidCustomer = sales.post("/api/customers", "{\"name\": \"\"}");
    Answer notJson = sales.post("/api/customers", "{not json");
    Answer numberAmount =
        sales.post("/api/invoices", invoice(number(), "0001-01-01", "2026-05-20", "SEK", "1250.00"));

    for (Answer refused : List.of(invalidCustomer, notJson, numberAmount)) {
      assertProblem(refused, 403);
      assertThat(refused.body().has("errors")).isFalse();
    }
    assertThat(bookkeeper.post("/api/customers", "{\"name\": \"\"}").status()).isEqualTo(400);
  }

  @Test
  void everyApiHandlerNamesWhoMayCallIt() {
    List<String> unguarded =
        handlers.getHandlerMethods().entrySet().stream()
            .filter(e -> e.getKey().getPatternValues().stream().anyMatch(p -> p.startsWith("/api/")))
            .filter(e -> !e.getValue().hasMethodAnnotation(ApiFor.class))
            .map(e -> e.getValue().getShortLogMessage())
            .toList();

    assertThat(unguarded).as("handlers of /api without @ApiFor").isEmpty();
  }

  // Finding: 405 and friends were plain JSON.

  @Test
  void routeErrorsOfTheApiAreProblemsToo() {
    ResponseEntity<String> unknown = call(HttpMethod.GET, "/api/no-such-thing", null, null, "application/json");
    assertProblem(unknown, 404);
    assertThat(body(unknown).get("detail").asText()).contains("/api/no-such-thing");

    ResponseEntity<String> wrongMethod =
        call(HttpMethod.DELETE, "/api/invoices/ANY", null, null, "application/json");
    assertProblem(wrongMethod, 405);
    assertThat(wrongMethod.getHeaders().getAllow()).contains(HttpMethod.GET);

    ResponseEntity<String> wrongType =
        call(HttpMethod.POST, "/api/invoices", "amount=1", MediaType.TEXT_PLAIN, "application/json");
    assertProblem(wrongType, 415);

    ResponseEntity<String> notAcceptable =
        call(HttpMethod.GET, "/api/reports/aging", null, null, "application/pdf");
    assertProblem(notAcceptable, 406);
  }

  private ResponseEntity<String> call(
      HttpMethod method, String path, String body, MediaType type, String accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("strictbookkeeper", ApiClient.PASSWORD);
    headers.set(HttpHeaders.ACCEPT, accept);
    if (type != null) {
      headers.setContentType(type);
    }
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private JsonNode body(ResponseEntity<String> response) {
    try {
      return json.readTree(response.getBody());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.getBody(), e);
    }
  }

  private void assertProblem(ResponseEntity<String> response, int status) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isNotNull();
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    JsonNode problem = body(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
  }

  private static void assertProblem(Answer answer, int status) {
    assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().get("status").asInt()).isEqualTo(status);
  }

  private static void assertFieldError(Answer answer, String field, String message) {
    assertProblem(answer, 400);
    assertThat(answer.body().get("errors")).as(answer.raw()).isNotNull();
    assertThat(answer.body().get("errors"))
        .as(answer.raw())
        .anySatisfy(
            error -> {
              assertThat(error.get("field").asText()).isEqualTo(field);
              assertThat(error.get("message").asText()).contains(message);
            });
  }
}
