package org.fordra.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.api.ApiClient.Answer;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.ledger.PaymentRepository;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Fordra's API as the accounting system and staff use it (CONTRACT.md): registering customers
 * and invoices, payments, disputes, the payoff; and every kind of bad input gets a 4xx
 * problem+json that names the field, and changes nothing. Input the web layer refuses on its own
 * (malformed JSON, a wrong customer field, a date that is none) is RefusedRequestsTest's, on a
 * slice; one such refusal per endpoint stays here, through the whole application.
 */
@FordraTest
class InvoiceApiTest {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired InvoiceRepository invoices;
  @Autowired PaymentRepository payments;
  @Autowired AuditTrail audit;

  ApiClient bookkeeper;
  ApiClient collector;
  long customerId;

  @BeforeEach
  void signIn() {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    bookkeeper = ApiClient.as(http, identity, "bookkeeper", "managers");
    collector = ApiClient.as(http, identity, "apicollector", "collectors");
    customerId = aCustomer();
  }

  long aCustomer() {
    Answer created =
        bookkeeper.post(
            "/api/customers",
            """
            {"name": "Brödbolaget AB", "type": "BUSINESS", "country": "SE", "language": "sv",
             "email": "ekonomi@brodbolaget.example", "phone": "+46 8 123 456",
             "timeZone": "Europe/Stockholm"}
            """);
    assertThat(created.status()).isEqualTo(201);
    return created.body().get("id").asLong();
  }

  static String number() {
    return "INV-" + UUID.randomUUID().toString().substring(0, 8);
  }

  String invoiceJson(String number, String issue, String due, String currency, String amount) {
    return """
        {"number": "%s", "customerId": %d, "issueDate": "%s", "dueDate": "%s",
         "currency": "%s", "amount": "%s"}
        """
        .formatted(number, customerId, issue, due, currency, amount);
  }

  Answer register(String number, String amount) {
    return bookkeeper.post(
        "/api/invoices", invoiceJson(number, "2026-04-20", "2026-05-20", "SEK", amount));
  }

  @Test
  void aCustomerIsRegisteredAndReadBack() {
    Answer read = bookkeeper.get("/api/customers/" + customerId);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().get("name").asText()).isEqualTo("Brödbolaget AB");
    assertThat(read.body().get("type").asText()).isEqualTo("BUSINESS");
    assertThat(read.body().get("country").asText()).isEqualTo("SE");
    assertThat(read.body().get("language").asText()).isEqualTo("sv");
    assertThat(read.body().get("timeZone").asText()).isEqualTo("Europe/Stockholm");
    assertThat(bookkeeper.get("/api/customers/999999").status()).isEqualTo(404);
  }

  @Test
  void aCustomerWhoWantsLettersGivesAPostalAddress() {
    Answer noAddress =
        bookkeeper.post(
            "/api/customers",
            """
            {"name": "Ola Nordmann", "type": "CONSUMER", "country": "NO", "language": "nb",
             "email": "ola@example.no", "timeZone": "Europe/Oslo", "delivery": "LETTER"}
            """);
    assertProblem(noAddress, 400);
    assertThat(noAddress.body().get("errors").findValuesAsText("field")).containsExactly("postalAddress");

    Answer letters =
        bookkeeper.post(
            "/api/customers",
            """
            {"name": "Ola Nordmann", "type": "CONSUMER", "country": "NO", "language": "nb",
             "email": "ola@example.no", "timeZone": "Europe/Oslo", "delivery": "EMAIL_AND_LETTER",
             "postalAddress": "Storgata 1\\n0155 Oslo"}
            """);
    assertThat(letters.status()).isEqualTo(201);
    assertThat(letters.body().get("delivery").asText()).isEqualTo("EMAIL_AND_LETTER");
    assertThat(letters.body().get("postalAddress").asText()).isEqualTo("Storgata 1\n0155 Oslo");
    assertThat(bookkeeper.get("/api/customers/" + customerId).body().get("delivery").asText())
        .isEqualTo("EMAIL");
  }

  @Test
  void registeringAnInvoiceStartsItsCollectionsCase() {
    String number = number();
    Answer created = register(number, "1250.00");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().get("number").asText()).isEqualTo(number);
    assertThat(created.body().get("status").asText()).isEqualTo("OPEN");
    assertThat(created.body().get("stage").asText()).isEqualTo("NONE");
    assertThat(created.body().get("principal").asText()).isEqualTo("1250.00");
    assertThat(created.body().get("balance").asText()).isEqualTo("1250.00");
    assertThat(created.body().get("paid").asText()).isEqualTo("0.00");
    assertThat(created.body().get("charges").isArray()).isTrue();
    assertThat(created.body().get("dueDate").asText()).isEqualTo("2026-05-20");
    assertThat(
            runtime.createProcessInstanceQuery()
                .processDefinitionKey("collections")
                .processInstanceBusinessKey(number)
                .count())
        .isEqualTo(1);
    Answer read = collector.get("/api/invoices/" + number);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().get("customerId").asLong()).isEqualTo(customerId);
    assertThat(audit.of(number)).extracting(e -> e.getAction()).contains("INVOICE_REGISTERED");
  }

  @Test
  void theSameNumberTwiceIsAConflictAndStartsNoSecondCase() {
    String number = number();
    assertThat(register(number, "100").status()).isEqualTo(201);
    Answer again = register(number, "200");
    assertProblem(again, 409);
    assertThat(
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count())
        .isEqualTo(1);
    assertThat(bookkeeper.get("/api/invoices/" + number).body().get("principal").asText())
        .isEqualTo("100.00");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "negative amount      | 2026-04-20 | 2026-05-20 | SEK | -10.00      | amount",
        "zero amount          | 2026-04-20 | 2026-05-20 | SEK | 0           | amount",
        "over-precise amount  | 2026-04-20 | 2026-05-20 | SEK | 10.005      | amount",
        "decimals in yen      | 2026-04-20 | 2026-05-20 | JPY | 10.5        | amount",
        "amount not a number  | 2026-04-20 | 2026-05-20 | SEK | ten         | amount",
        "unknown currency     | 2026-04-20 | 2026-05-20 | XYZ | 10.00       | currency",
        "due before issue     | 2026-04-20 | 2026-04-19 | SEK | 10.00       | dueDate",
      })
  void badInvoiceInputIsRefusedAndNothingIsStored(
      String what, String issue, String due, String currency, String amount, String field) {
    String number = number();
    long before = invoices.count();
    Answer refused =
        bookkeeper.post("/api/invoices", invoiceJson(number, issue, due, currency, amount));

    assertProblem(refused, 400);
    assertThat(refused.body().get("errors")).isNotNull();
    assertThat(refused.body().get("errors").findValuesAsText("field")).contains(field);
    assertThat(invoices.count()).isEqualTo(before);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count())
        .isZero();
  }

  @Test
  void anEarlyPaymentDiscountPaidInTimeSettlesTheInvoice() {
    String number = number();
    Answer created =
        bookkeeper.post(
            "/api/invoices",
            """
            {"number": "%s", "customerId": %d, "issueDate": "2026-04-28", "dueDate": "2026-05-28",
             "currency": "SEK", "amount": "1000.00",
             "earlyPaymentDiscount": {"percent": "2", "withinDays": 10}}
            """
                .formatted(number, customerId));
    assertThat(created.status()).isEqualTo(201);
    Answer paid =
        bookkeeper.post(
            "/api/invoices/" + number + "/payments",
            "{\"amount\": \"980.00\", \"currency\": \"SEK\", \"paidOn\": \"2026-05-04\", \"reference\": \"D-"
                + number + "\"}");
    assertThat(paid.status()).isEqualTo(201);
    assertThat(bookkeeper.get("/api/invoices/" + number).body().get("status").asText()).isEqualTo("PAID");

    Answer refused =
        bookkeeper.post(
            "/api/invoices",
            """
            {"number": "%s", "customerId": %d, "issueDate": "2026-04-28", "dueDate": "2026-05-28",
             "currency": "SEK", "amount": "1000.00",
             "earlyPaymentDiscount": {"percent": "120", "withinDays": 40}}
            """
                .formatted(number(), customerId));
    assertProblem(refused, 400);
    assertThat(refused.body().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("earlyPaymentDiscount.percent", "earlyPaymentDiscount.withinDays");
  }

  @Test
  void anUnknownCustomerIsRefused() {
    long before = invoices.count();
    Answer refused =
        bookkeeper.post(
            "/api/invoices",
            """
            {"number": "%s", "customerId": 987654, "issueDate": "2026-04-20",
             "dueDate": "2026-05-20", "currency": "SEK", "amount": "10.00"}
            """
                .formatted(number()));
    assertProblem(refused, 400);
    assertThat(refused.body().get("errors").findValuesAsText("field")).containsExactly("customerId");
    assertThat(invoices.count()).isEqualTo(before);
  }

  @Test
  void aPaymentIsCountedOnceHoweverOftenItIsReported() {
    String number = number();
    register(number, "1000.00");
    String payment =
        """
        {"amount": "400.00", "currency": "SEK", "paidOn": "2026-05-03", "reference": "BG-%s"}
        """
            .formatted(number);

    Answer first = bookkeeper.post("/api/invoices/" + number + "/payments", payment);
    Answer again = bookkeeper.post("/api/invoices/" + number + "/payments", payment);

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().get("id").asLong()).isEqualTo(first.body().get("id").asLong());
    Answer invoice = bookkeeper.get("/api/invoices/" + number);
    assertThat(invoice.body().get("paid").asText()).isEqualTo("400.00");
    assertThat(invoice.body().get("balance").asText()).isEqualTo("600.00");
    assertThat(invoice.body().get("status").asText()).isEqualTo("OPEN");
  }

  @Test
  void aPaymentThatClearsTheBalanceClosesTheCasePaid() {
    String number = number();
    register(number, "1000.00");
    Answer paid =
        bookkeeper.post(
            "/api/invoices/" + number + "/payments",
            """
            {"amount": "1000.00", "currency": "SEK", "paidOn": "2026-05-04", "reference": "BG-%s"}
            """
                .formatted(number));
    assertThat(paid.status()).isEqualTo(201);
    Answer invoice = bookkeeper.get("/api/invoices/" + number);
    assertThat(invoice.body().get("status").asText()).isEqualTo("PAID");
    assertThat(invoice.body().get("balance").asText()).isEqualTo("0.00");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "wrong currency   | \"10.00\" | EUR | 2026-05-03 | currency",
        "in the future    | \"10.00\" | SEK | 2026-05-05 | paidOn",
        "zero             | \"0\"     | SEK | 2026-05-03 | amount",
        "over-precise     | \"1.234\" | SEK | 2026-05-03 | amount",
      })
  void badPaymentsAreRefusedAndNothingIsBooked(
      String what, String amount, String currency, String paidOn, String field) {
    String number = number();
    register(number, "1000.00");
    long before = payments.count();
    Answer refused =
        bookkeeper.post(
            "/api/invoices/" + number + "/payments",
            """
            {"amount": %s, "currency": "%s", "paidOn": "%s", "reference": "R-%s"}
            """
                .formatted(amount, currency, paidOn, number));
    assertProblem(refused, 400);
    assertThat(refused.body().get("errors").findValuesAsText("field")).containsExactly(field);
    assertThat(payments.count()).isEqualTo(before);
    assertThat(bookkeeper.get("/api/invoices/" + number).body().get("paid").asText())
        .isEqualTo("0.00");
  }

  @Test
  void aPaymentForAnUnknownInvoiceIsNotFound() {
    assertProblem(
        bookkeeper.post(
            "/api/invoices/NOPE-1/payments",
            "{\"amount\": \"1.00\", \"currency\": \"SEK\", \"paidOn\": \"2026-05-01\", \"reference\": \"x\"}"),
        404);
  }

  @Test
  void aDisputePausesDunningAndASecondOneIsAConflict() {
    String number = number();
    register(number, "1000.00");

    Answer raised =
        collector.post("/api/invoices/" + number + "/disputes", "{\"reason\": \"Goods never arrived\"}");
    assertThat(raised.status()).isEqualTo(201);
    assertThat(raised.body().get("raisedBy").asText()).isEqualTo("apicollector");
    assertThat(bookkeeper.get("/api/invoices/" + number).body().get("status").asText())
        .isEqualTo("DISPUTED");

    assertProblem(
        collector.post("/api/invoices/" + number + "/disputes", "{\"reason\": \"Again\"}"), 409);
    assertProblem(collector.post("/api/invoices/" + number + "/disputes", "{\"reason\": \" \"}"), 400);
  }

  @Test
  void aClosedCaseCannotBeDisputed() {
    String number = number();
    register(number, "10.00");
    bookkeeper.post(
        "/api/invoices/" + number + "/payments",
        "{\"amount\": \"10.00\", \"currency\": \"SEK\", \"paidOn\": \"2026-05-01\", \"reference\": \"P-"
            + number + "\"}");
    assertProblem(
        collector.post("/api/invoices/" + number + "/disputes", "{\"reason\": \"Too late\"}"), 409);
  }

  @Test
  void anAgreedDueDateIsRecordedAndPutsAGermanBusinessInDefaultFromTheDayAfter() {
    // § 286(2) Nr. 1 BGB; docs/api.md. Without the field the date counts as not agreed: default
    // only 30 days after due date and receipt (§ 286(3)), 2 May, so no interest by 30 April.
    Answer customer =
        bookkeeper.post(
            "/api/customers",
            """
            {"name": "Bäckerei Korn GmbH", "type": "BUSINESS", "country": "DE", "language": "de",
             "email": "buchhaltung@korn.example", "phone": "+49 30 123 456",
             "timeZone": "Europe/Berlin"}
            """);
    long korn = customer.body().get("id").asLong();
    String agreed = number();
    String printed = number();
    String json =
        """
        {"number": "%s", "customerId": %d, "issueDate": "2026-03-01", "dueDate": "2026-04-01",
         "currency": "EUR", "amount": "1000.00"%s}
        """;
    assertThat(bookkeeper.post("/api/invoices", json.formatted(agreed, korn, ", \"dueDateAgreed\": true"))
        .status()).isEqualTo(201);
    assertThat(bookkeeper.post("/api/invoices", json.formatted(printed, korn, "")).status())
        .isEqualTo(201);
    assertThat(invoices.findByNumber(agreed).orElseThrow().isDueDateAgreed()).isTrue();
    assertThat(invoices.findByNumber(printed).orElseThrow().isDueDateAgreed()).isFalse();
    // Agreed: 2 .. 30 April 2026, 29 days at 1.27 + 9 = 10.27 %: 1000 x 10.27 x 29 / 36500 = 8.16
    assertThat(bookkeeper.get("/api/invoices/" + agreed + "/payoff?asOf=2026-04-30").body()
        .get("interest").asText()).isEqualTo("8.16");
    assertThat(bookkeeper.get("/api/invoices/" + printed + "/payoff?asOf=2026-04-30").body()
        .get("interest").asText()).isEqualTo("0.00");
  }

  @Test
  void thePayoffSaysWhatIsOwedOnADay() {
    String number = number();
    register(number, "1000.00");
    bookkeeper.post(
        "/api/invoices/" + number + "/payments",
        "{\"amount\": \"250.00\", \"currency\": \"SEK\", \"paidOn\": \"2026-05-02\", \"reference\": \"Q-"
            + number + "\"}");

    Answer today = bookkeeper.get("/api/invoices/" + number + "/payoff?asOf=2026-05-04");
    assertThat(today.status()).isEqualTo(200);
    assertThat(today.body().get("currency").asText()).isEqualTo("SEK");
    assertThat(today.body().get("principal").asText()).isEqualTo("1000.00");
    assertThat(today.body().get("paid").asText()).isEqualTo("250.00");
    assertThat(today.body().get("total").asText()).isEqualTo("750.00");
    assertThat(today.body().has("interest")).isTrue();
    assertThat(today.body().has("charges")).isTrue();

    Answer beforePayment = bookkeeper.get("/api/invoices/" + number + "/payoff?asOf=2026-05-01");
    assertThat(beforePayment.body().get("paid").asText()).isEqualTo("0.00");

    assertProblem(bookkeeper.get("/api/invoices/" + number + "/payoff?asOf=2026-13-01"), 400);
  }

  @Test
  void invoicesAreListedByStatusAPageAtATime() {
    String number = number();
    register(number, "1000.00");
    Answer open = bookkeeper.get("/api/invoices?status=OPEN&customerId=" + customerId + "&size=200");
    assertThat(open.status()).isEqualTo(200);
    assertThat(open.body().get("content").findValuesAsText("number")).contains(number);
    assertThat(open.body().get("page").get("totalElements").asLong()).isPositive();
    assertThat(open.body().get("content").findValuesAsText("status")).containsOnly("OPEN");

    // The list's other refusals are RefusedRequestsTest's; one here through the whole application.
    assertProblem(bookkeeper.get("/api/invoices?status=LOST"), 400);
  }

  @Test
  void aCollectorMayReadButNotRegister() {
    long before = invoices.count();
    Answer refused =
        collector.post("/api/invoices", invoiceJson(number(), "2026-04-20", "2026-05-20", "SEK", "1"));
    assertProblem(refused, 403);
    assertThat(invoices.count()).isEqualTo(before);
  }

  @Test
  void anUnknownInvoiceIsNotFound() {
    assertProblem(bookkeeper.get("/api/invoices/NO-SUCH"), 404);
    assertProblem(bookkeeper.get("/api/invoices/NO-SUCH/payoff"), 404);
    assertProblem(collector.post("/api/invoices/NO-SUCH/disputes", "{\"reason\": \"x\"}"), 404);
  }

  static void assertProblem(Answer answer, int status) {
    assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().get("status").asInt()).isEqualTo(status);
    assertThat(answer.body().get("title").asText()).isNotBlank();
    assertThat(answer.body().get("detail").asText()).isNotBlank();
  }
}
