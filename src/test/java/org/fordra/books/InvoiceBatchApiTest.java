package org.fordra.books;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.fordra.audit.AuditTrail;
import org.fordra.books.BooksApi.Answer;
import org.fordra.customer.CustomerRepository;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.invoice.reference.ReferenceScheme;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Invoices from the books in bulk (CONTRACT.md, "Money in and out"): new rows start their cases
 * as single registrations do, rows sent again are unchanged, changed figures before any payment
 * are amendments, credits lower or cancel, and a bad row is rejected without blocking the rest.
 */
@FordraTest
class InvoiceBatchApiTest {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired AuditTrail audit;
  @Autowired CustomerRepository customers;
  @Autowired JdbcTemplate jdbc;

  BooksApi books;
  String run;

  @BeforeEach
  void signIn() {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    books = BooksApi.as(http, identity, "books", "managers");
    run = UUID.randomUUID().toString().substring(0, 6);
  }

  String n(String name) {
    return name + "-" + run;
  }

  String row(String number, String customer, String due, String amount) {
    return """
        {"number": "%s", "customer": {"number": "%s", "name": "Kaffebaren AB", "type": "BUSINESS",
          "country": "SE", "language": "sv", "email": "ekonomi@kaffebaren.example",
          "timeZone": "Europe/Stockholm"},
         "issueDate": "2026-05-01", "dueDate": "%s", "currency": "SEK", "amount": "%s"}
        """
        .formatted(number, customer, due, amount);
  }

  Answer batch(String... rows) {
    return books.postJson("/api/invoices/batch", "{\"invoices\": [" + String.join(",", rows) + "]}");
  }

  @Test
  void newRowsStartTheirCasesWithTheirCustomersAndABadRowBlocksNoneOfThem() {
    Answer answer =
        batch(
            row(n("A1"), n("K1"), "2026-06-01", "1250.00"),
            row(n("A2"), n("K1"), "2026-06-15", "99.50"),
            row(n("A3"), n("K2"), "next week", "10.00"),
            row(n("A4"), n("K2"), "2026-06-01", "10.001"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().get("created").asInt()).isEqualTo(2);
    assertThat(answer.body().get("unchanged").asInt()).isZero();
    assertThat(answer.body().get("amended").asInt()).isZero();
    assertThat(answer.body().get("rejected")).hasSize(2);
    assertThat(answer.body().get("rejected").get(0).get("index").asInt()).isEqualTo(2);
    assertThat(answer.body().get("rejected").get(0).get("number").asText()).isEqualTo(n("A3"));
    assertThat(answer.body().get("rejected").get(0).get("errors").get(0).get("field").asText())
        .isEqualTo("dueDate");
    assertThat(answer.body().get("rejected").get(1).get("errors").get(0).get("field").asText())
        .isEqualTo("amount");

    Answer invoice = books.get("/api/invoices/" + n("A1"));
    assertThat(invoice.body().get("status").asText()).isEqualTo("OPEN");
    assertThat(invoice.body().get("principal").asText()).isEqualTo("1250.00");
    assertThat(ReferenceScheme.OCR_WITH_LENGTH.isValid(invoice.body().get("paymentReference").asText()))
        .isTrue();
    assertThat(caseOf(n("A1"))).isEqualTo(1);
    assertThat(caseOf(n("A3"))).isZero();
    // One customer for both rows, by the books' number; K2's rows were both bad: not stored.
    assertThat(customers.findByCustomerNumber(n("K1"))).isPresent();
    assertThat(customers.findByCustomerNumber(n("K2"))).isEmpty();
    assertThat(books.get("/api/invoices/" + n("A3")).status()).isEqualTo(404);
    // The batch can be read back afterwards.
    Answer result = books.get(answer.headers().getLocation().getPath());
    assertThat(result.body().get("status").asText()).isEqualTo("DONE");
    assertThat(result.body().get("processed").asInt()).isEqualTo(4);
    assertThat(result.body().get("rejected")).hasSize(2);
  }

  @Test
  void theSameRowsAgainAreUnchangedAndChangedFiguresBeforeAnyPaymentAreAmended() {
    batch(row(n("B1"), n("K3"), "2026-06-01", "500.00"), row(n("B2"), n("K3"), "2026-06-01", "70.00"));
    Date firstWait = waitingTimer(n("B2")).getDuedate();

    Answer again =
        batch(row(n("B1"), n("K3"), "2026-06-01", "500.00"), row(n("B2"), n("K3"), "2026-06-21", "75.00"));

    assertThat(again.body().get("created").asInt()).isZero();
    assertThat(again.body().get("unchanged").asInt()).isEqualTo(1);
    assertThat(again.body().get("amended").asInt()).isEqualTo(1);
    Answer amended = books.get("/api/invoices/" + n("B2"));
    assertThat(amended.body().get("principal").asText()).isEqualTo("75.00");
    assertThat(amended.body().get("dueDate").asText()).isEqualTo("2026-06-21");
    assertThat(audit.of(n("B2"))).anySatisfy(e -> {
      assertThat(e.getAction()).isEqualTo("INVOICE_AMENDED");
      assertThat(e.getDetail()).contains("SEK 70.00").contains("SEK 75.00").contains("2026-06-21");
    });
    // The case waits for the new dates: its first timer moved with the due date's twenty days
    // (give or take the weekend the contact rules move a notice off).
    Date newWait = waitingTimer(n("B2")).getDuedate();
    assertThat(newWait.toInstant()).isAfter(firstWait.toInstant().plusSeconds(14 * 86400));
    assertThat(caseOf(n("B2"))).isEqualTo(1);
  }

  @Test
  void changedFiguresOfAnInvoiceWithPaymentsAreRejectedWithTheReason() {
    batch(row(n("C1"), n("K4"), "2026-06-01", "300.00"));
    Answer paid =
        books.postJson(
            "/api/invoices/" + n("C1") + "/payments",
            "{\"amount\": \"100.00\", \"currency\": \"SEK\", \"paidOn\": \"2026-05-04\", \"reference\": \"P-" + run + "\"}");
    assertThat(paid.status()).isEqualTo(201);

    Answer changed = batch(row(n("C1"), n("K4"), "2026-06-01", "280.00"));

    assertThat(changed.body().get("rejected")).hasSize(1);
    assertThat(changed.body().get("rejected").get(0).get("errors").get(0).get("message").asText())
        .contains("already has payments").contains("credit row");
    assertThat(books.get("/api/invoices/" + n("C1")).body().get("principal").asText())
        .isEqualTo("300.00");
  }

  @Test
  void aCreditRowLowersWhatIsOwedAndOneForTheWholeBalanceCancels() {
    batch(row(n("D1"), n("K5"), "2026-06-01", "400.00"));
    String credit =
        """
        {"type": "CREDIT", "number": "%s", "creditFor": "%s", "currency": "SEK", "amount": "%s"}
        """;

    Answer part = batch(credit.formatted(n("CN1"), n("D1"), "-150.00"));
    assertThat(part.body().get("amended").asInt()).isEqualTo(1);
    assertThat(books.get("/api/invoices/" + n("D1")).body().get("balance").asText()).isEqualTo("250.00");
    // The same credit note again: booked once.
    assertThat(batch(credit.formatted(n("CN1"), n("D1"), "-150.00")).body().get("unchanged").asInt())
        .isEqualTo(1);
    // More than is owed: refused.
    Answer tooMuch = batch(credit.formatted(n("CN2"), n("D1"), "-250.01"));
    assertThat(tooMuch.body().get("rejected").get(0).get("errors").get(0).get("field").asText())
        .isEqualTo("amount");

    Answer rest = batch(credit.formatted(n("CN3"), n("D1"), "-250.00"));

    assertThat(rest.body().get("amended").asInt()).isEqualTo(1);
    Answer cancelled = books.get("/api/invoices/" + n("D1"));
    assertThat(cancelled.body().get("status").asText()).isEqualTo("CANCELLED");
    assertThat(cancelled.body().get("balance").asText()).isEqualTo("0.00");
    assertThat(caseOf(n("D1"))).isZero();
  }

  @Test
  void rowsOfOneChunkBuildOnTheRowsBeforeThem() {
    // All in one chunk, each row needing what an earlier one wrote: the customer it created, the
    // invoice it registered, that invoice's credit and the same figures again.
    String credit =
        """
        {"type": "CREDIT", "number": "%s", "creditFor": "%s", "currency": "SEK", "amount": "%s"}
        """;
    Answer answer =
        batch(
            row(n("G1"), n("K8"), "2026-06-01", "600.00"),
            row(n("G2"), n("K8"), "2026-06-15", "80.00"),
            credit.formatted(n("CN5"), n("G1"), "-100.00"),
            credit.formatted(n("CN6"), n("G1"), "-50.00"),
            row(n("G2"), n("K8"), "2026-06-15", "90.00"),
            row(n("G2"), n("K8"), "2026-06-15", "90.00"),
            credit.formatted(n("CN7"), n("G2"), "-90.00"));

    assertThat(answer.body().get("rejected")).isEmpty();
    assertThat(answer.body().get("created").asInt()).isEqualTo(2);
    assertThat(answer.body().get("amended").asInt()).isEqualTo(4);
    assertThat(answer.body().get("unchanged").asInt()).isEqualTo(1);
    Answer first = books.get("/api/invoices/" + n("G1"));
    assertThat(first.body().get("balance").asText()).isEqualTo("450.00");
    assertThat(first.body().get("status").asText()).isEqualTo("OPEN");
    Answer second = books.get("/api/invoices/" + n("G2"));
    assertThat(second.body().get("principal").asText()).isEqualTo("90.00");
    assertThat(second.body().get("status").asText()).isEqualTo("CANCELLED");
    assertThat(caseOf(n("G1"))).isEqualTo(1);
    assertThat(caseOf(n("G2"))).isZero();
    // One customer, made by the first row and found by the others.
    Long customer = customers.findByCustomerNumber(n("K8")).orElseThrow().getId();
    assertThat(jdbc.queryForObject(
            "select count(distinct customer_id) from invoice where invoice_number in (?, ?)", Long.class,
            n("G1"), n("G2")))
        .isEqualTo(1L);
    assertThat(jdbc.queryForObject(
            "select customer_id from invoice where invoice_number = ?", Long.class, n("G1")))
        .isEqualTo(customer);
  }

  @Test
  void theBooksCancelAnInvoiceAndItsCaseEnds() {
    batch(row(n("E1"), n("K6"), "2026-06-01", "800.00"));
    BooksApi collector = BooksApi.as(http, identity, "bookscollector", "collectors");

    assertThat(collector.postJson("/api/invoices/" + n("E1") + "/cancellation", "{\"reason\": \"x\"}").status())
        .isEqualTo(403);
    Answer noReason = books.postJson("/api/invoices/" + n("E1") + "/cancellation", "{}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.contentType()).startsWith("application/problem+json");
    assertThat(noReason.body().get("errors").get(0).get("field").asText()).isEqualTo("reason");
    assertThat(caseOf(n("E1"))).isEqualTo(1);

    Answer cancelled =
        books.postJson("/api/invoices/" + n("E1") + "/cancellation", "{\"reason\": \"issued twice\"}");

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.body().get("status").asText()).isEqualTo("CANCELLED");
    assertThat(cancelled.body().get("balance").asText()).isEqualTo("0.00");
    assertThat(caseOf(n("E1"))).isZero();
    assertThat(audit.of(n("E1")))
        .anySatisfy(e -> assertThat(e.getDetail()).contains("OPEN -> CANCELLED").contains("issued twice"))
        .anySatisfy(e -> assertThat(e.getActor()).isEqualTo("books"));
    assertThat(books.postJson("/api/invoices/" + n("E1") + "/cancellation", "{\"reason\": \"again\"}").status())
        .isEqualTo(409);
    assertThat(books.postJson("/api/invoices/NO-SUCH-" + run + "/cancellation", "{\"reason\": \"x\"}").status())
        .isEqualTo(404);
  }

  @Test
  void csvRowsAreTheSameRowsAndAStrangeColumnIsRefused() {
    String csv =
        """
        number,customer.number,customer.name,customer.type,customer.country,customer.language,customer.email,customer.timeZone,issueDate,dueDate,currency,amount
        %s,%s,"Bäckerei de Vries, Utrecht",BUSINESS,NL,nl,admin@devries.example,Europe/Amsterdam,2026-05-01,2026-06-01,EUR,120.00
        %s,%s,"Bäckerei de Vries, Utrecht",BUSINESS,NL,nl,admin@devries.example,Europe/Amsterdam,2026-05-01,2026-06-01,EUR,-5
        """
            .formatted(n("F1"), n("K7"), n("F2"), n("K7"));

    Answer answer = books.postCsv("/api/invoices/batch", csv);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().get("created").asInt()).isEqualTo(1);
    assertThat(answer.body().get("rejected").get(0).get("index").asInt()).isEqualTo(1);
    Answer invoice = books.get("/api/invoices/" + n("F1"));
    assertThat(ReferenceScheme.RF.isValid(invoice.body().get("paymentReference").asText())).isTrue();
    // Read as UTF-8 when the caller names no charset.
    assertThat(customers.findByCustomerNumber(n("K7")).orElseThrow().getName())
        .isEqualTo("Bäckerei de Vries, Utrecht");

    Answer strange = books.postCsv("/api/invoices/batch", "number,dueDtae\nX,2026-01-01\n");
    assertThat(strange.status()).isEqualTo(400);
    assertThat(strange.contentType()).startsWith("application/problem+json");
    assertThat(strange.body().get("errors").get(0).get("message").asText()).contains("dueDtae");
  }

  @Test
  void moreThanTenThousandRowsAreTooLargeAndNothingIsStored() {
    StringBuilder csv = new StringBuilder("number,customerId,issueDate,dueDate,currency,amount\n");
    for (int i = 0; i <= InvoiceBatch.MAX_ROWS; i++) {
      csv.append(n("G" + i)).append(",1,2026-05-01,2026-06-01,EUR,1.00\n");
    }

    Answer answer = books.postCsv("/api/invoices/batch", csv.toString());

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(books.get("/api/invoices/" + n("G0")).status()).isEqualTo(404);
  }

  @Test
  void aBatchAskedForAsynchronouslyIsFollowedUntilDone() throws InterruptedException {
    Answer accepted =
        books.postJsonAsync(
            "/api/invoices/batch",
            "{\"invoices\": [" + row(n("H1"), n("K8"), "2026-06-01", "10.00") + "]}");

    assertThat(accepted.status()).isEqualTo(202);
    String location = accepted.headers().getLocation().getPath();
    Answer progress = books.get(location);
    for (int i = 0; i < 100 && !"DONE".equals(progress.body().get("status").asText()); i++) {
      Thread.sleep(100);
      progress = books.get(location);
    }
    assertThat(progress.body().get("status").asText()).isEqualTo("DONE");
    assertThat(progress.body().get("created").asInt()).isEqualTo(1);
    assertThat(books.get("/api/imports").body().findValuesAsText("id"))
        .contains(location.substring(location.lastIndexOf('/') + 1));
    assertThat(audit.of(n("H1"))).anySatisfy(e -> assertThat(e.getActor()).isEqualTo("books"));
  }

  @Test
  void aRowThatFailsWhileBeingWrittenRollsBackItsChunkWhichIsThenDoneRowByRow() {
    // Row 0 brings from the books the very reference Fordra will derive for row 1 (RF of the next
    // id but one): row 1's registration then fails after its insert, and the chunk with it. Done
    // again a row per transaction, row 1 gets another id, so another reference, and both pass.
    long next = jdbc.queryForObject("select coalesce(max(id), 0) from invoice", Long.class) + 1;
    String clash = ReferenceScheme.RF.derive(next + 1);
    String row =
        """
        {"number": "%s", "customer": {"number": "%s", "name": "Café Noord", "type": "BUSINESS",
          "country": "NL", "language": "nl", "email": "info@noord.example",
          "timeZone": "Europe/Amsterdam"},
         "issueDate": "2026-05-01", "dueDate": "2026-06-01", "currency": "EUR", "amount": "10.00"%s}
        """;
    String first = row.formatted(n("R1"), n("K9"), ", \"paymentReference\": \"" + clash + "\"");
    String second = row.formatted(n("R2"), n("K9"), "");

    Answer answer = batch(first, second);

    assertThat(answer.body().get("created").asInt()).isEqualTo(2);
    assertThat(answer.body().get("rejected")).isEmpty();
    assertThat(books.get("/api/invoices/" + n("R1")).body().get("paymentReference").asText())
        .isEqualTo(clash);
    String derived = books.get("/api/invoices/" + n("R2")).body().get("paymentReference").asText();
    assertThat(derived).isNotEqualTo(clash);
    assertThat(ReferenceScheme.RF.isValid(derived)).isTrue();
    assertThat(caseOf(n("R2"))).isEqualTo(1);
  }

  @Test
  void onlyManagersAndAdministratorsSendBatches() {
    BooksApi sales = BooksApi.as(http, identity, "bookssales", "sales");
    assertThat(sales.postJson("/api/invoices/batch", "{\"invoices\": []}").status()).isEqualTo(403);
    assertThat(sales.get("/api/imports").status()).isEqualTo(403);
  }

  long caseOf(String number) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(CollectionsProcess.PROCESS_KEY)
        .processInstanceBusinessKey(number)
        .count();
  }

  Job waitingTimer(String number) {
    String instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    return management.createJobQuery().processInstanceId(instance).timers().singleResult();
  }
}
