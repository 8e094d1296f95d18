package org.fordra.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.statements.StatementFixtures.file;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.CustomerType;
import org.fordra.dunning.CollectionsScenario;
import org.fordra.notices.NoticeKind;
import org.fordra.notices.NoticeRepository;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The collections case of an invoice an unmatched payment may be for sends no notice while the
 * payment waits for a person, and goes on once the hold's limit has passed. The invoice: EUR
 * 1,000.00 of Muster GmbH, due Wednesday 1 April 2026, pre-due reminder on Wednesday 25 March; on
 * Tuesday 24 March EUR 1,000.00 arrive from "Muster GmbH" with only "Rechnung März".
 */
@FordraTest
class NoticesWaitForAMatchTest {

  @Autowired CollectionsScenario scenario;
  @Autowired StatementReader reader;
  @Autowired StatementImport statementImport;
  @Autowired NoticeRepository notices;
  @Autowired AuditTrail audit;
  @Autowired TransactionTemplate transaction;

  static final String AMOUNT = "1013.37";

  ProcessInstance invoice;

  @BeforeEach
  void registerInvoice() {
    scenario.today(LocalDate.of(2026, 3, 2));
    // An amount no other test's invoice has: the shared test database holds many EUR 1,000.00
    // invoices of "Muster GmbH", and a person is shown only the first few candidates.
    invoice = scenario.register(CustomerType.BUSINESS, AMOUNT, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1));
  }

  List<NoticeKind> noticesSent() {
    return transaction.execute(
        status -> notices.findByInvoiceIdOrderByIdAsc(scenario.invoice(invoice).getId()).stream()
            .map(n -> n.getKind()).toList());
  }

  @Test
  void thePreDueReminderWaitsForTheCollectorAtMostFiveDays() {
    scenario.runUntil(LocalDate.of(2026, 3, 24), invoice);
    String run = UUID.randomUUID().toString().substring(0, 8);
    String camt =
        file("camt054-unreferenced.xml",
            Map.of("RUN", run, "DAY", "2026-03-24", "AMOUNT", AMOUNT, "PAYER", "Muster GmbH"));
    StatementImport.Result result =
        statementImport.book(
            reader.read(MediaType.APPLICATION_XML, camt.getBytes(StandardCharsets.UTF_8)), null);
    assertThat(result.unmatched()).isEqualTo(1);

    scenario.runUntil(LocalDate.of(2026, 3, 27), invoice);

    assertThat(noticesSent()).doesNotContain(NoticeKind.PRE_DUE_REMINDER);
    List<String> trail =
        audit.of(invoice.getBusinessKey()).stream()
            .map(e -> e.getAction() + ": " + e.getDetail()).toList();
    assertThat(trail).anyMatch(line -> line.startsWith("NOTICES_HELD"));
    assertThat(trail)
        .anyMatch(line -> line.startsWith("CONTACT_DEFERRED") && line.contains("waits for a person"));

    // The hold ends on Sunday 29 March at 10:00; Monday is the next day a notice may go out.
    scenario.runUntil(LocalDate.of(2026, 3, 31), invoice);

    assertThat(noticesSent()).contains(NoticeKind.PRE_DUE_REMINDER);
  }
}
