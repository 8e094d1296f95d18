package org.fordra.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.fordra.statements.StatementFixtures.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.api.StaffGroups;
import org.fordra.statements.StatementFixtures.Answer;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks process {@code unmatched-payment} with the real engine: a camt.053 entry that names no
 * invoice waits at MatchPayment for the collectors, whose form shows the entry and the invoices it
 * may be for; each outcome (BOOK, ON_ACCOUNT, REFUND) takes its path, and an outcome the task
 * cannot take is refused while the task stays open.
 */
@FordraTest
class UnmatchedPaymentProcessTest {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired InvoiceRepository invoices;
  @Autowired TransactionTemplate transaction;
  @Autowired ProcessEngine engine;

  StatementFixtures fixtures;
  long payer;
  String payersInvoice;
  long entryId;
  ProcessInstance instance;

  /** The day's statement: entry 3, EUR 74.00 from "Okänd Betalare" with the text "April". */
  @BeforeEach
  void anEntryNothingMatched() {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    fixtures = new StatementFixtures(http, identity, invoices, transaction);
    long other = fixtures.customer("Brödbolaget AB", "SE");
    String refA = "RF18" + fixtures.digits(12);
    fixtures.invoice(other, "EUR", "1250.00", "2026-05-10", refA);
    String b = fixtures.invoice(other, "EUR", "500.00", "2026-05-20", null);
    payer = fixtures.customer("Okänd Betalare HB " + fixtures.run, "SE");
    payersInvoice = fixtures.invoice(payer, "EUR", "74.00", "2026-05-20", null);
    Answer answer =
        fixtures.postStatement(
            "stmtmanager", MediaType.APPLICATION_XML,
            file("camt053-day.xml", Map.of("RUN", fixtures.run, "REF_A", refA, "INV_B", b)));
    assertThat(answer.body().get("unmatched").asInt()).isEqualTo(1);
    JsonNode entry =
        fixtures.get("/api/bank-statements/" + answer.body().get("id").asLong()).body().get("entries").get(2);
    entryId = entry.get("id").asLong();
    instance =
        engine.getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(UnmatchedPaymentProcess.PROCESS_KEY)
            .processInstanceBusinessKey("entry-" + entryId)
            .singleResult();
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  Task task() {
    return BpmnAwareTests.task(instance);
  }

  /** As a collector: a member of the task's candidate group, whom the engine lets complete it. */
  void completeAs(String user, Map<String, Object> variables) {
    String taskId = task().getId();
    identity.setAuthentication(user, java.util.List.of(StaffGroups.COLLECTORS));
    try {
      engine.getTaskService().complete(taskId, variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  @Autowired StatementEntryRepository entries;

  /** The entry as GET /api/bank-statements/{id} shows it. */
  JsonNode entry() {
    long statement =
        transaction.execute(status -> entries.findById(entryId).orElseThrow().getStatement().getId());
    for (JsonNode candidate : fixtures.get("/api/bank-statements/" + statement).body().get("entries")) {
      if (candidate.get("id").asLong() == entryId) {
        return candidate;
      }
    }
    throw new AssertionError("entry " + entryId + " is not in statement " + statement);
  }

  @Test
  void waitsForACollectorWithTheEntryAndTheInvoicesItMayBeFor() {
    assertThat(instance).isWaitingAt(UnmatchedPaymentProcess.TASK_MATCH_PAYMENT);
    assertThat(task()).hasCandidateGroup("collectors").hasFormKey(null);
    Map<String, Object> shown = engine.getTaskService().getVariablesLocal(task().getId());
    assertThat((String) shown.get(PrepareMatchTask.ENTRY_SUMMARY))
        .contains("EUR 74.00").contains("2026-05-04").contains(fixtures.run + "-A3");
    assertThat(shown.get(PrepareMatchTask.PAYER_NAME)).isEqualTo("Okänd Betalare");
    assertThat(shown.get(PrepareMatchTask.REMITTANCE_TEXT)).isEqualTo("April");
    // Found twice over, by the amount and by the payer's name; shown once, with its balance.
    assertThat((String) shown.get(PrepareMatchTask.CANDIDATE_INVOICES))
        .contains(payersInvoice + ": Okänd Betalare HB").contains("balance EUR 74.00");
    // Due in two days by the engine's clock.
    assertThat(task().getDueDate())
        .isEqualTo(Date.from(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC).plus(2, ChronoUnit.DAYS)));
  }

  @Test
  void bookingToTheInvoiceTheCollectorNamesPaysIt() {
    completeAs(
        "collector1",
        withVariables(
            UnmatchedPaymentProcess.VAR_MATCH_ACTION, "BOOK",
            UnmatchedPaymentProcess.VAR_MATCH_INVOICE_NUMBERS, " " + payersInvoice + " ",
            UnmatchedPaymentProcess.VAR_MATCH_NOTES, "Their April invoice; the payer called"));

    assertThat(instance).hasPassed("BookMatchedPayment", "PaymentBooked").isEnded();
    JsonNode invoice = fixtures.invoiceJson(payersInvoice);
    assertThat(invoice.get("status").asText()).isEqualTo("PAID");
    assertThat(invoice.get("paid").asText()).isEqualTo("74.00");
    JsonNode entry = entry();
    assertThat(entry.get("status").asText()).isEqualTo("BOOKED");
    assertThat(entry.get("resolution").asText()).isEqualTo("BOOK");
    assertThat(entry.get("invoices").get(0).asText()).isEqualTo(payersInvoice);
    JsonNode audit = fixtures.get("/api/invoices/" + payersInvoice + "/audit").body();
    boolean matchedByCollector = false;
    for (JsonNode line : audit) {
      matchedByCollector |= line.get("action").asText().equals("PAYMENT_MATCHED")
          && line.get("actor").asText().equals("collector1");
    }
    assertThat(matchedByCollector).isTrue();
  }

  @Autowired PaymentHolds holds;

  @Test
  void theCandidatesNoticesWaitForTheCollectorWithinALimit() {
    var invoice = invoices.findByNumber(payersInvoice).orElseThrow();
    assertThat(holds.heldUntil(invoice))
        .contains(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC).plus(5, ChronoUnit.DAYS));
    ClockUtil.setCurrentTime(Date.from(TODAY.plusDays(5).atTime(9, 1).toInstant(ZoneOffset.UTC)));
    assertThat(holds.heldUntil(invoice)).as("the limit has passed").isEmpty();
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC)));

    completeAs("collector1", withVariables("matchAction", "REFUND"));

    assertThat(holds.heldUntil(invoice)).as("released by the decision").isEmpty();
    java.util.List<String> actions = new java.util.ArrayList<>();
    fixtures.get("/api/invoices/" + payersInvoice + "/audit").body()
        .forEach(e -> actions.add(e.get("action").asText()));
    assertThat(actions).contains("NOTICES_HELD", "NOTICES_RELEASED");
  }

  @Test
  void keepingItOnAccountCreditsTheNamedInvoicesCustomer() {
    completeAs(
        "collector1",
        withVariables(
            UnmatchedPaymentProcess.VAR_MATCH_ACTION, "ON_ACCOUNT",
            UnmatchedPaymentProcess.VAR_MATCH_INVOICE_NUMBERS, payersInvoice));

    assertThat(instance).hasPassed("KeepOnAccount", "KeptOnAccount").isEnded();
    assertThat(fixtures.invoiceJson(payersInvoice).get("paid").asText()).isEqualTo("0.00");
    assertThat(fixtures.invoiceJson(payersInvoice).get("creditOnAccount").asText()).isEqualTo("74.00");
    assertThat(entry().get("resolution").asText()).isEqualTo("ON_ACCOUNT");
  }

  @Test
  void aRefundIsRecordedAndBooksNothing() {
    completeAs(
        "collector1",
        withVariables(
            UnmatchedPaymentProcess.VAR_MATCH_ACTION, "REFUND",
            UnmatchedPaymentProcess.VAR_MATCH_NOTES, "Not our customer"));

    assertThat(instance).hasPassed("RecordRefund", "RefundRecorded").isEnded();
    JsonNode entry = entry();
    assertThat(entry.get("status").asText()).isEqualTo("UNMATCHED");
    assertThat(entry.get("resolution").asText()).isEqualTo("REFUND");
    assertThat(entry.get("resolutionNotes").asText()).isEqualTo("Not our customer");
    assertThat(fixtures.invoiceJson(payersInvoice).get("paid").asText()).isEqualTo("0.00");
  }

  @Test
  void anOutcomeTheTaskCannotTakeIsRefusedAndTheTaskStaysOpen() {
    assertThatThrownBy(() -> completeAs("collector1", withVariables("matchNotes", "no action")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("matchAction: is required");
    assertThatThrownBy(() -> completeAs("collector1", withVariables("matchAction", "KEEP")))
        .hasMessageContaining("'KEEP' is not one of BOOK, REFUND, ON_ACCOUNT");
    assertThatThrownBy(() -> completeAs("collector1", withVariables("matchAction", "BOOK")))
        .hasMessageContaining("matchInvoiceNumbers: is required");
    assertThatThrownBy(
            () -> completeAs("collector1",
                withVariables("matchAction", "BOOK", "matchInvoiceNumbers", "NO-SUCH-INVOICE")))
        .hasMessageContaining("there is no invoice NO-SUCH-INVOICE");
    String inKronor = fixtures.invoice(payer, "SEK", "74.00", "2026-05-20", null);
    assertThatThrownBy(
            () -> completeAs("collector1",
                withVariables("matchAction", "BOOK", "matchInvoiceNumbers", inKronor)))
        .hasMessageContaining("is in SEK, the payment in EUR");

    assertThat(instance).isWaitingAt(UnmatchedPaymentProcess.TASK_MATCH_PAYMENT);
    assertThat(fixtures.invoiceJson(payersInvoice).get("paid").asText()).isEqualTo("0.00");
  }
}
