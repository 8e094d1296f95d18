package org.fordra.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.statements.StatementFixtures.assertProblem;
import static org.fordra.statements.StatementFixtures.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * POST /api/bank-statements with camt.053 files (CONTRACT.md, "Money in and out"): what is
 * matched is booked at once, the rest waits for a person, nothing is booked twice, returns
 * reverse, overpayments go on account, and a bad file is a 400 that books nothing.
 */
@FordraTest
class BankStatementApiTest {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
  static final MediaType XML = MediaType.APPLICATION_XML;

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired InvoiceRepository invoices;
  @Autowired PaymentRepository payments;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired TransactionTemplate transaction;

  StatementFixtures fixtures;
  long customer;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    fixtures = new StatementFixtures(http, identity, invoices, transaction);
    customer = fixtures.customer("Brödbolaget AB", "SE");
  }

  /** The day's camt.053 with invoice A paid by reference and invoice B named in the text. */
  Map<String, String> day(String refA, String invoiceB) {
    return Map.of("RUN", fixtures.run, "REF_A", refA, "INV_B", invoiceB);
  }

  @Test
  void aStatementBooksWhatItsReferencesAndTextsIdentifyAndLeavesTheRestToAPerson() {
    String refA = "RF18" + fixtures.digits(12);
    String a = fixtures.invoice(customer, "EUR", "1250.00", "2026-05-10", refA);
    String b = fixtures.invoice(customer, "EUR", "500.00", "2026-05-20", null);

    Answer answer = fixtures.postStatement("stmtmanager", XML, file("camt053-day.xml", day(refA, b)));

    assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
    assertThat(answer.body().get("format").asText()).isEqualTo("CAMT_053");
    // The bank's fee (a debit returning nothing) is not Fordra's: three entries, not four.
    assertThat(answer.body().get("entries").asInt()).isEqualTo(3);
    assertThat(answer.body().get("booked").asInt()).isEqualTo(2);
    assertThat(answer.body().get("unmatched").asInt()).isEqualTo(1);
    assertThat(answer.body().get("duplicates").asInt()).isZero();

    JsonNode paidA = fixtures.invoiceJson(a);
    assertThat(paidA.get("balance").asText()).isEqualTo("0.00");
    assertThat(paidA.get("status").asText()).isEqualTo("PAID");
    JsonNode partB = fixtures.invoiceJson(b);
    assertThat(partB.get("paid").asText()).isEqualTo("300.00");
    assertThat(partB.get("balance").asText()).isEqualTo("200.00");
    assertThat(partB.get("status").asText()).isEqualTo("OPEN");

    JsonNode statement = fixtures.get("/api/bank-statements/" + answer.body().get("id").asLong()).body();
    List<String> statuses = new ArrayList<>();
    statement.get("entries").forEach(e -> statuses.add(e.get("status").asText()));
    assertThat(statuses).containsExactly("BOOKED", "BOOKED", "UNMATCHED");
    assertThat(statement.get("entries").get(0).get("invoices").get(0).asText()).isEqualTo(a);
    assertThat(statement.get("entries").get(1).get("invoices").get(0).asText()).isEqualTo(b);
    assertThat(statement.get("entries").get(2).get("payer").asText()).isEqualTo("Okänd Betalare");

    long unmatchedId = statement.get("entries").get(2).get("id").asLong();
    assertThat(
            runtime.createProcessInstanceQuery()
                .processDefinitionKey(UnmatchedPaymentProcess.PROCESS_KEY)
                .processInstanceBusinessKey("entry-" + unmatchedId)
                .count())
        .isEqualTo(1);
    assertThat(
            tasks.createTaskQuery()
                .processInstanceBusinessKey("entry-" + unmatchedId)
                .taskDefinitionKey(UnmatchedPaymentProcess.TASK_MATCH_PAYMENT)
                .taskCandidateGroup("collectors")
                .count())
        .isEqualTo(1);
  }

  @Test
  void aVersion08StatementIsReadTooAndABatchEntryIsOnePaymentPerTransaction() {
    String refA = "RF18" + fixtures.digits(12);
    String a = fixtures.invoice(customer, "EUR", "640.00", "2026-05-10", refA);
    String b = fixtures.invoice(customer, "EUR", "500.00", "2026-05-20", null);

    Answer answer =
        fixtures.postStatement("stmtmanager", XML, file("camt053-v08.xml", day(refA, b)));

    assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
    assertThat(answer.body().get("format").asText()).isEqualTo("CAMT_053");
    assertThat(answer.body().get("entries").asInt()).isEqualTo(3);
    assertThat(answer.body().get("booked").asInt()).isEqualTo(2);
    assertThat(answer.body().get("unmatched").asInt()).isEqualTo(1);
    assertThat(fixtures.invoiceJson(a).get("status").asText()).isEqualTo("PAID");
    assertThat(fixtures.invoiceJson(b).get("paid").asText()).isEqualTo("250.00");
    JsonNode entries =
        fixtures.get("/api/bank-statements/" + answer.body().get("id").asLong()).body().get("entries");
    assertThat(entries.get(0).get("payer").asText()).isEqualTo("Brödbolaget AB");
    assertThat(entries.get(2).get("amount").asText()).isEqualTo("100.00");
    assertThat(entries.get(2).get("status").asText()).isEqualTo("UNMATCHED");
  }

  @Test
  void theSameStatementAgainBooksNothingAndSaysEveryEntryIsADuplicate() {
    String refA = "RF18" + fixtures.digits(12);
    String a = fixtures.invoice(customer, "EUR", "2000.00", "2026-05-10", refA);
    String b = fixtures.invoice(customer, "EUR", "500.00", "2026-05-20", null);
    String body = file("camt053-day.xml", day(refA, b));
    long processes = runtime.createProcessInstanceQuery().processDefinitionKey("unmatched-payment").count();

    Answer first = fixtures.postStatement("stmtmanager", XML, body);
    Answer again = fixtures.postStatement("stmtmanager", XML, body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).as(again.raw()).isEqualTo(200);
    assertThat(again.body().get("booked").asInt()).isZero();
    assertThat(again.body().get("unmatched").asInt()).isZero();
    assertThat(again.body().get("duplicates").asInt()).isEqualTo(again.body().get("entries").asInt()).isEqualTo(3);
    assertThat(fixtures.invoiceJson(a).get("paid").asText()).isEqualTo("1250.00");
    assertThat(fixtures.invoiceJson(b).get("paid").asText()).isEqualTo("300.00");
    // One person's task for the unmatched entry, not two.
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("unmatched-payment").count())
        .isEqualTo(processes + 1);
    JsonNode statement = fixtures.get("/api/bank-statements/" + again.body().get("id").asLong()).body();
    statement.get("entries").forEach(e -> assertThat(e.get("status").asText()).isEqualTo("DUPLICATE"));
  }

  @Test
  void anOverlappingStatementBooksOnlyTheEntriesNotSeenBefore() {
    String refA = "RF18" + fixtures.digits(12);
    String a = fixtures.invoice(customer, "EUR", "3000.00", "2026-05-10", refA);
    fixtures.postStatement("stmtmanager", XML, file("camt053-overlap-1.xml", Map.of("RUN", fixtures.run, "REF_A", refA)));

    Answer second =
        fixtures.postStatement("stmtmanager", XML, file("camt053-overlap-2.xml", Map.of("RUN", fixtures.run, "REF_A", refA)));

    assertThat(second.status()).as(second.raw()).isEqualTo(201);
    assertThat(second.body().get("entries").asInt()).isEqualTo(2);
    assertThat(second.body().get("duplicates").asInt()).isEqualTo(1);
    assertThat(second.body().get("booked").asInt()).isEqualTo(1);
    assertThat(fixtures.invoiceJson(a).get("paid").asText()).isEqualTo("1500.00");
  }

  @Test
  void aPaymentForSeveralInvoicesIsSplitOldestFirstAndTheSurplusGoesOnAccount() {
    String ref1 = fixtures.digits(10);
    String ref2 = fixtures.digits(11);
    String newer = fixtures.invoice(customer, "EUR", "400.00", "2026-05-25", ref2);
    String older = fixtures.invoice(customer, "EUR", "300.00", "2026-05-15", ref1);

    Answer answer =
        fixtures.postStatement(
            "stmtmanager", XML,
            file("camt054-split.xml", Map.of("RUN", fixtures.run, "REF_1", ref1, "REF_2", ref2)));

    assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
    assertThat(answer.body().get("format").asText()).isEqualTo("CAMT_054");
    assertThat(answer.body().get("booked").asInt()).isEqualTo(1);
    JsonNode first = fixtures.invoiceJson(older);
    JsonNode second = fixtures.invoiceJson(newer);
    assertThat(first.get("paid").asText()).isEqualTo("300.00");
    assertThat(first.get("status").asText()).isEqualTo("PAID");
    assertThat(second.get("paid").asText()).isEqualTo("400.00");
    assertThat(second.get("balance").asText()).isEqualTo("0.00");
    // 750.00 received for 700.00 owed: 50.00 is the customer's, never a negative balance.
    assertThat(second.get("creditOnAccount").asText()).isEqualTo("50.00");
    JsonNode customerJson = fixtures.get("/api/customers/" + customer).body();
    assertThat(customerJson.get("creditOnAccount").get(0).get("currency").asText()).isEqualTo("EUR");
    assertThat(customerJson.get("creditOnAccount").get(0).get("amount").asText()).isEqualTo("50.00");
  }

  @Test
  void anOverpaymentReportedAloneIsKeptOnAccountAndTheBalanceStaysAtZero() {
    String number = fixtures.invoice(customer, "SEK", "1000.00", "2026-05-20", null);

    Answer paid =
        fixtures.post(
            "/api/invoices/" + number + "/payments",
            """
            {"amount": "5010.00", "currency": "SEK", "paidOn": "2026-05-03", "reference": "OVER-%s"}
            """.formatted(number));

    assertThat(paid.status()).as(paid.raw()).isEqualTo(201);
    assertThat(paid.body().get("amount").asText()).isEqualTo("1000.00");
    assertThat(paid.body().get("onAccount").asText()).isEqualTo("4010.00");
    JsonNode invoice = fixtures.invoiceJson(number);
    assertThat(invoice.get("balance").asText()).isEqualTo("0.00");
    assertThat(invoice.get("paid").asText()).isEqualTo("1000.00");
    assertThat(invoice.get("status").asText()).isEqualTo("PAID");
    assertThat(invoice.get("creditOnAccount").asText()).isEqualTo("4010.00");

    Answer again =
        fixtures.post(
            "/api/invoices/" + number + "/payments",
            """
            {"amount": "5010.00", "currency": "SEK", "paidOn": "2026-05-03", "reference": "OVER-%s"}
            """.formatted(number));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().get("onAccount").asText()).isEqualTo("4010.00");
    assertThat(fixtures.invoiceJson(number).get("creditOnAccount").asText()).isEqualTo("4010.00");
  }

  @Test
  void onlyAPersonAppliesOrRefundsCreditOnAccount() {
    String first = fixtures.invoice(customer, "SEK", "1000.00", "2026-05-15", null);
    fixtures.post(
        "/api/invoices/" + first + "/payments",
        """
        {"amount": "5010.00", "currency": "SEK", "paidOn": "2026-05-03", "reference": "OVER-%s"}
        """.formatted(first));
    String second = fixtures.invoice(customer, "SEK", "3000.00", "2026-05-20", null);
    // Nothing offsets it by itself: the second invoice is still owed in full.
    assertThat(fixtures.invoiceJson(second).get("balance").asText()).isEqualTo("3000.00");
    JsonNode held = fixtures.get("/api/customers/" + customer + "/credits-on-account").body();
    assertThat(held).hasSize(1);
    long credit = held.get(0).get("id").asLong();

    Answer applied =
        fixtures.post("/api/credits-on-account/" + credit + "/application",
            "{\"invoiceNumber\": \"" + second + "\", \"notes\": \"as agreed on the phone\"}");

    assertThat(applied.status()).as(applied.raw()).isEqualTo(200);
    assertThat(applied.body().get("status").asText()).isEqualTo("APPLIED");
    assertThat(fixtures.invoiceJson(second).get("status").asText()).isEqualTo("PAID");
    // 4010.00 for 3000.00 owed: 1010.00 is still the customer's.
    assertThat(fixtures.invoiceJson(second).get("creditOnAccount").asText()).isEqualTo("1010.00");
    assertProblem(
        fixtures.post("/api/credits-on-account/" + credit + "/application",
            "{\"invoiceNumber\": \"" + second + "\"}"),
        409);

    long rest = fixtures.get("/api/customers/" + customer + "/credits-on-account").body().get(0).get("id").asLong();
    Answer refunded =
        fixtures.post("/api/credits-on-account/" + rest + "/refund", "{\"notes\": \"paid back to their account\"}");
    assertThat(refunded.status()).as(refunded.raw()).isEqualTo(200);
    assertThat(fixtures.invoiceJson(second).get("creditOnAccount").asText()).isEqualTo("0.00");
    assertThat(fixtures.get("/api/customers/" + customer).body().get("creditOnAccount")).isEmpty();
  }

  @Test
  void aReturnedPaymentIsReversedAndTheBalanceGoesBackUp() {
    String refA = "RF18" + fixtures.digits(12);
    String a = fixtures.invoice(customer, "EUR", "1250.00", "2026-05-10", refA);
    String b = fixtures.invoice(customer, "EUR", "900.00", "2026-05-20", null);
    fixtures.postStatement("stmtmanager", XML, file("camt053-day.xml", day(refA, b)));
    assertThat(fixtures.invoiceJson(b).get("balance").asText()).isEqualTo("600.00");

    Answer returned =
        fixtures.postStatement(
            "stmtmanager", XML, file("camt053-return.xml", Map.of("RUN", fixtures.run, "INV_B", b)));

    assertThat(returned.status()).as(returned.raw()).isEqualTo(201);
    assertThat(returned.body().get("returned").asInt()).isEqualTo(1);
    assertThat(fixtures.invoiceJson(b).get("paid").asText()).isEqualTo("0.00");
    assertThat(fixtures.invoiceJson(b).get("balance").asText()).isEqualTo("900.00");
    JsonNode entry =
        fixtures.get("/api/bank-statements/" + returned.body().get("id").asLong()).body().get("entries").get(0);
    assertThat(entry.get("status").asText()).isEqualTo("RETURNED");
    assertThat(entry.get("returnReason").asText()).isEqualTo("AC04");
    assertThat(entry.get("invoices").get(0).asText()).isEqualTo(b);
    List<String> actions = new ArrayList<>();
    fixtures.get("/api/invoices/" + b + "/audit").body().forEach(e -> actions.add(e.get("action").asText()));
    assertThat(actions).contains("PAYMENT_BOOKED", "PAYMENT_REVERSED");
    // Invoice A's payment is untouched.
    assertThat(fixtures.invoiceJson(a).get("paid").asText()).isEqualTo("1250.00");
  }

  @Test
  void aFileThatIsNotWellFormedIsA400NamingTheLineAndBooksNothing() {
    String refA = "RF18" + fixtures.digits(12);
    fixtures.invoice(customer, "EUR", "1250.00", "2026-05-10", refA);
    long before = payments.count();
    String broken =
        file("camt053-day.xml", day(refA, "X")).replace("</Amt>\n        <CdtDbtInd>CRDT</CdtDbtInd>\n        <Sts>BOOK</Sts>\n        <BookgDt><Dt>2026-05-04</Dt></BookgDt>\n        <AcctSvcrRef>" + fixtures.run + "-A3",
            "</Amount>\n        <CdtDbtInd>CRDT</CdtDbtInd>\n        <Sts>BOOK</Sts>\n        <BookgDt><Dt>2026-05-04</Dt></BookgDt>\n        <AcctSvcrRef>" + fixtures.run + "-A3");
    assertThat(broken).contains("</Amount>");

    Answer answer = fixtures.postStatement("stmtmanager", XML, broken);

    assertProblem(answer, 400);
    assertThat(answer.body().get("detail").asText()).contains("line ");
    assertThat(payments.count()).isEqualTo(before);
  }

  @Test
  void anEntryWithoutAnAmountIsA400NamingTheElementAndBooksNothing() {
    String refA = "RF18" + fixtures.digits(12);
    String a = fixtures.invoice(customer, "EUR", "1250.00", "2026-05-10", refA);
    String withoutAmount =
        file("camt053-day.xml", day(refA, "X")).replace("<Amt Ccy=\"EUR\">74.00</Amt>", "");

    Answer answer = fixtures.postStatement("stmtmanager", XML, withoutAmount);

    assertProblem(answer, 400);
    assertThat(answer.body().get("detail").asText()).contains("Stmt[1]/Ntry[3]/Amt");
    assertThat(fixtures.invoiceJson(a).get("paid").asText()).isEqualTo("0.00");
  }

  @Test
  void anAmountBeyondTheCurrencysScaleIsA400AndBooksNothing() {
    String refA = "RF18" + fixtures.digits(12);
    String a = fixtures.invoice(customer, "EUR", "1250.00", "2026-05-10", refA);
    String overPrecise =
        file("camt053-day.xml", day(refA, "X")).replace("<Amt Ccy=\"EUR\">74.00</Amt>", "<Amt Ccy=\"EUR\">74.005</Amt>");

    Answer answer = fixtures.postStatement("stmtmanager", XML, overPrecise);

    assertProblem(answer, 400);
    assertThat(answer.body().get("detail").asText()).contains("Ntry[3]");
    assertThat(fixtures.invoiceJson(a).get("paid").asText()).isEqualTo("0.00");
  }

  @Test
  void otherIso20022MessagesAndUnknownTextAreRefused() {
    Answer pain =
        fixtures.postStatement(
            "stmtmanager", XML,
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"><CstmrCdtTrfInitn/></Document>");
    assertProblem(pain, 400);
    assertThat(pain.body().get("detail").asText()).contains("camt.053.001.02").contains("camt.053.001.08");

    Answer text = fixtures.postStatement("stmtmanager", MediaType.TEXT_PLAIN, "hello\n");
    assertProblem(text, 400);
    assertThat(text.body().get("detail").asText()).contains("line 1");

    Answer doctype =
        fixtures.postStatement(
            "stmtmanager", XML,
            "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Document>&x;</Document>");
    assertProblem(doctype, 400);
  }

  @Test
  void onlyManagersAndAdministratorsSendStatements() {
    Answer answer =
        fixtures.postStatement("stmtcollector", XML, "<Document xmlns=\"urn:x\"/>");
    assertProblem(answer, 403);
    assertProblem(fixtures.get("/api/bank-statements/999999999"), 404);
  }
}
