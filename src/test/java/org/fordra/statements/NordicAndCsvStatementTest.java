package org.fordra.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.statements.StatementFixtures.assertProblem;
import static org.fordra.statements.StatementFixtures.file;
import static org.fordra.statements.StatementFixtures.fixedWidthFile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.ledger.PaymentRepository;
import org.fordra.statements.StatementFixtures.Answer;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bankgirot's BgMax, Nets' OCR giro (both text/plain, told apart by their start records) and a
 * CSV export: the same matching rules as camt, by the structured reference each format has (the
 * OCR-checked reference of BgMax record 20, the KID of Nets' amount item 1) or by an invoice
 * number in the free text (BgMax record 25, Nets' amount item 3).
 */
@FordraTest
class NordicAndCsvStatementTest {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired InvoiceRepository invoices;
  @Autowired PaymentRepository payments;
  @Autowired TransactionTemplate transaction;

  StatementFixtures fixtures;
  long customer;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    fixtures = new StatementFixtures(http, identity, invoices, transaction);
    customer = fixtures.customer("Brödbolaget AB", "SE");
  }

  String bgMax(String refA, String invoiceB) {
    String serial = fixtures.digits(9);
    return fixedWidthFile(
        "bgmax-deposit.txt",
        Map.of("REF_A", refA, "INV_B", invoiceB,
            "SER1", serial + "001", "SER2", serial + "002", "SER3", serial + "003"));
  }

  @Test
  void aBgMaxDepositBooksByOcrReferenceAndByTheInformationRecord() {
    String refA = fixtures.digits(14);
    String a = fixtures.invoice(customer, "SEK", "1250.00", "2026-05-10", refA);
    String b = fixtures.invoice(customer, "SEK", "500.00", "2026-05-20", null);

    Answer answer = fixtures.postStatement("stmtmanager", MediaType.TEXT_PLAIN, bgMax(refA, b));

    assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
    assertThat(answer.body().get("format").asText()).isEqualTo("BGMAX");
    assertThat(answer.body().get("entries").asInt()).isEqualTo(3);
    assertThat(answer.body().get("booked").asInt()).isEqualTo(2);
    assertThat(answer.body().get("unmatched").asInt()).isEqualTo(1);
    assertThat(fixtures.invoiceJson(a).get("status").asText()).isEqualTo("PAID");
    assertThat(fixtures.invoiceJson(b).get("paid").asText()).isEqualTo("300.00");
    JsonNode statement = fixtures.get("/api/bank-statements/" + answer.body().get("id").asLong()).body();
    assertThat(statement.get("entries").get(0).get("payer").asText()).isEqualTo("Brödbolaget AB");
    assertThat(statement.get("entries").get(0).get("bookedOn").asText()).isEqualTo("2026-05-04");
    assertThat(statement.get("entries").get(2).get("references").get(0).asText()).isEqualTo("99999999999");
  }

  @Test
  void theSameBgMaxFileAgainIsAllDuplicates() {
    String refA = fixtures.digits(14);
    fixtures.invoice(customer, "SEK", "1250.00", "2026-05-10", refA);
    String b = fixtures.invoice(customer, "SEK", "500.00", "2026-05-20", null);
    String file = bgMax(refA, b);
    fixtures.postStatement("stmtmanager", MediaType.TEXT_PLAIN, file);

    Answer again = fixtures.postStatement("stmtmanager", MediaType.TEXT_PLAIN, file);

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().get("duplicates").asInt()).isEqualTo(3);
    assertThat(fixtures.invoiceJson(b).get("paid").asText()).isEqualTo("300.00");
  }

  @Test
  void aBgMaxFileWhoseEndRecordMiscountsIsRefusedNamingTheLine() {
    String refA = fixtures.digits(14);
    String a = fixtures.invoice(customer, "SEK", "1250.00", "2026-05-10", refA);
    String miscounted = bgMax(refA, "X").replace("7000000003", "7000000004");

    Answer answer = fixtures.postStatement("stmtmanager", MediaType.TEXT_PLAIN, miscounted);

    assertProblem(answer, 400);
    assertThat(answer.body().get("detail").asText()).contains("line 13, positions 3-10");
    assertThat(fixtures.invoiceJson(a).get("paid").asText()).isEqualTo("0.00");
  }

  String agreement;

  String ocrGiro(String kid, String invoiceB) {
    agreement = fixtures.digits(9);
    return fixedWidthFile(
        "ocr-giro.txt",
        Map.of("KID_A", kid, "INV_B", invoiceB, "AGR", agreement, "TX", fixtures.digits(7)));
  }

  @Test
  void aNettgiroReversalWithTheSameKidReversesThePayment() {
    long norwegian = fixtures.customer("Fjordfisk AS", "NO");
    String kid = fixtures.digits(13);
    String a = fixtures.invoice(norwegian, "NOK", "1020.00", "2026-05-10", kid);
    String b = fixtures.invoice(norwegian, "NOK", "800.00", "2026-05-20", null);
    fixtures.postStatement("stmtmanager", MediaType.TEXT_PLAIN, ocrGiro(kid, b));
    assertThat(fixtures.invoiceJson(a).get("status").asText()).isEqualTo("PAID");

    Answer reversal =
        fixtures.postStatement(
            "stmtmanager", MediaType.TEXT_PLAIN,
            fixedWidthFile(
                "ocr-giro-reversal.txt",
                Map.of("KID_A", kid, "AGR", agreement, "TX", fixtures.digits(7))));

    assertThat(reversal.status()).as(reversal.raw()).isEqualTo(201);
    assertThat(reversal.body().get("returned").asInt()).isEqualTo(1);
    JsonNode invoice = fixtures.invoiceJson(a);
    assertThat(invoice.get("paid").asText()).isEqualTo("0.00");
    assertThat(invoice.get("balance").asText()).isEqualTo("1020.00");
    // The case had closed PAID: it stays closed, and the audit trail says a manager decides.
    assertThat(invoice.get("status").asText()).isEqualTo("PAID");
    boolean said = false;
    for (JsonNode line : fixtures.get("/api/invoices/" + a + "/audit").body()) {
      said |= line.get("action").asText().equals("PAYMENT_REVERSED")
          && line.get("detail").asText().contains("had closed PAID");
    }
    assertThat(said).isTrue();
  }

  @Test
  void anOcrGiroFileBooksByKidAndByTheMessage() {
    long norwegian = fixtures.customer("Fjordfisk AS", "NO");
    String kid = fixtures.digits(13);
    String a = fixtures.invoice(norwegian, "NOK", "1020.00", "2026-05-10", kid);
    String b = fixtures.invoice(norwegian, "NOK", "800.00", "2026-05-20", null);

    Answer answer = fixtures.postStatement("stmtmanager", MediaType.TEXT_PLAIN, ocrGiro(kid, b));

    assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
    assertThat(answer.body().get("format").asText()).isEqualTo("OCR_GIRO");
    assertThat(answer.body().get("booked").asInt()).isEqualTo(2);
    assertThat(fixtures.invoiceJson(a).get("status").asText()).isEqualTo("PAID");
    assertThat(fixtures.invoiceJson(b).get("paid").asText()).isEqualTo("500.00");
    JsonNode statement = fixtures.get("/api/bank-statements/" + answer.body().get("id").asLong()).body();
    // Nets' date of settlement, DDMMYY in positions 16-21: 04 05 26.
    assertThat(statement.get("entries").get(0).get("bookedOn").asText()).isEqualTo("2026-05-04");
    assertThat(statement.get("entries").get(0).get("currency").asText()).isEqualTo("NOK");
  }

  @Test
  void anOcrGiroAssignmentWhoseTotalDisagreesIsRefusedAndBooksNothing() {
    long norwegian = fixtures.customer("Fjordfisk AS", "NO");
    String kid = fixtures.digits(13);
    String a = fixtures.invoice(norwegian, "NOK", "1020.00", "2026-05-10", kid);
    String wrongTotal = ocrGiro(kid, "X").replace("0000000700000000000152000", "0000000700000000000152100");

    Answer answer = fixtures.postStatement("stmtmanager", MediaType.TEXT_PLAIN, wrongTotal);

    assertProblem(answer, 400);
    assertThat(answer.body().get("detail").asText()).contains("line 8, positions 25-41");
    assertThat(fixtures.invoiceJson(a).get("paid").asText()).isEqualTo("0.00");
  }

  @Test
  void aCsvExportIsReadByTheColumnMappingAndMoneyOutIsLeftAlone() {
    String refA = "RF18" + fixtures.digits(12);
    String a = fixtures.invoice(customer, "EUR", "1250.00", "2026-05-10", refA);
    String b = fixtures.invoice(customer, "EUR", "500.00", "2026-05-20", null);

    Answer answer =
        fixtures.postStatement(
            "stmtmanager", MediaType.valueOf("text/csv"),
            file("bank-export.csv", Map.of("RUN", fixtures.run, "REF_A", refA, "INV_B", b)));

    assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
    assertThat(answer.body().get("format").asText()).isEqualTo("CSV");
    assertThat(answer.body().get("entries").asInt()).isEqualTo(2);
    assertThat(answer.body().get("booked").asInt()).isEqualTo(2);
    assertThat(fixtures.invoiceJson(a).get("status").asText()).isEqualTo("PAID");
    assertThat(fixtures.invoiceJson(b).get("paid").asText()).isEqualTo("300.00");
  }

  @Test
  void aCsvRowWithABadAmountIsRefusedNamingItsLine() {
    long before = payments.count();
    Answer answer =
        fixtures.postStatement(
            "stmtmanager", MediaType.valueOf("text/csv"),
            "id,date,amount,currency\n" + fixtures.run + "-1,2026-05-04,12.00,EUR\n"
                + fixtures.run + "-2,2026-05-04,twelve,EUR\n");

    assertProblem(answer, 400);
    assertThat(answer.body().get("detail").asText()).contains("line 3").contains("twelve");
    assertThat(payments.count()).isEqualTo(before);
  }
}
