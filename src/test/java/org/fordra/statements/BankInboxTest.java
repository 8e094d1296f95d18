package org.fordra.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.statements.StatementFixtures.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bank inbox folder: the schedule is off in tests, so the test polls it once itself. A good
 * file is booked and moved to done/ with its result; a bad one to failed/ with the reason, and
 * nothing of it is booked; a file still being written waits.
 */
@FordraTest
class BankInboxTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired InvoiceRepository invoices;
  @Autowired TransactionTemplate transaction;
  @Autowired StatementReader reader;
  @Autowired StatementImport statementImport;

  @TempDir Path folder;

  @BeforeEach
  void today() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 5, 4).atTime(9, 0).toInstant(ZoneOffset.UTC)));
  }

  @Test
  void filesAreBookedAndMovedToDoneOrFailedWithTheirResult() throws IOException {
    StatementFixtures fixtures = new StatementFixtures(http, identity, invoices, transaction);
    long customer = fixtures.customer("Brödbolaget AB", "SE");
    String refA = "RF18" + fixtures.digits(12);
    String a = fixtures.invoice(customer, "EUR", "1250.00", "2026-05-10", refA);
    String b = fixtures.invoice(customer, "EUR", "500.00", "2026-05-20", null);
    String day = file("camt053-day.xml", Map.of("RUN", fixtures.run, "REF_A", refA, "INV_B", b));
    Files.writeString(folder.resolve("0504.xml"), day, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("broken.xml"), day.replace("</Document>", ""), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("0505.xml.part"), "<Document", StandardCharsets.UTF_8);

    int handled = new BankInbox(reader, statementImport, folder).poll();

    assertThat(handled).isEqualTo(2);
    assertThat(folder.resolve("done/0504.xml")).exists();
    assertThat(Files.readString(folder.resolve("done/0504.xml.result.json")))
        .contains("\"booked\":2").contains("\"unmatched\":1").contains("\"format\":\"CAMT_053\"");
    assertThat(folder.resolve("failed/broken.xml")).exists();
    assertThat(Files.readString(folder.resolve("failed/broken.xml.error.txt"))).contains("line ");
    assertThat(folder.resolve("0505.xml.part")).exists();
    assertThat(fixtures.invoiceJson(a).get("status").asText()).isEqualTo("PAID");
    assertThat(fixtures.invoiceJson(b).get("paid").asText()).isEqualTo("300.00");
  }
}
