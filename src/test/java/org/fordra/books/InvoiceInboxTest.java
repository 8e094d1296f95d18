package org.fordra.books;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The watched folder takes the CSV files the API takes: a good file ends in done/ with its
 * result beside it, a file that is no batch in failed/ with the reason; both are imports.
 */
// The shared context watches target/test-inbox/invoices; only this test polls it.
@FordraTest
class InvoiceInboxTest {

  static final Path FOLDER = Path.of("target/test-inbox/invoices");

  @Autowired InvoiceInbox inbox;
  @Autowired InvoiceRepository invoices;
  @Autowired AuditTrail audit;
  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  @BeforeEach
  void today() throws Exception {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 5, 4).atTime(9, 0).toInstant(ZoneOffset.UTC)));
    Files.createDirectories(FOLDER);
  }

  Path drop(String name, String csv) throws Exception {
    Path file = FOLDER.resolve(name);
    Files.writeString(file, csv);
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    return file;
  }

  @Test
  void aFileOfInvoicesIsImportedAndMovedToDoneWithItsResult() throws Exception {
    String name = "books-" + System.nanoTime() + ".csv";
    drop(
        name,
        """
        number,customer.number,customer.name,customer.type,customer.country,customer.language,customer.email,customer.timeZone,issueDate,dueDate,currency,amount
        IN-%1$s-1,INBOX-1,Fjordhandel AS,BUSINESS,NO,nb,post@fjordhandel.example,Europe/Oslo,2026-05-01,2026-06-01,NOK,4500.00
        IN-%1$s-2,INBOX-1,Fjordhandel AS,BUSINESS,NO,nb,post@fjordhandel.example,Europe/Oslo,2026-05-01,,NOK,10.00
        """
            .formatted(name.hashCode()));

    inbox.poll();

    assertThat(FOLDER.resolve(name)).doesNotExist();
    assertThat(FOLDER.resolve("done").resolve(name)).exists();
    JsonNode result =
        new ObjectMapper().readTree(FOLDER.resolve("done").resolve(name + ".result.json").toFile());
    assertThat(result.get("created").asInt()).isEqualTo(1);
    assertThat(result.get("rejected").get(0).get("index").asInt()).isEqualTo(1);
    assertThat(result.get("rejected").get(0).get("errors").get(0).get("field").asText())
        .isEqualTo("dueDate");
    String number = "IN-" + name.hashCode() + "-1";
    assertThat(invoices.findByNumber(number)).isPresent();
    assertThat(audit.of(number)).anySatisfy(e -> assertThat(e.getActor()).isEqualTo("books-inbox"));

    BooksApi manager = BooksApi.as(http, identity, "inboxmanager", "managers");
    assertThat(manager.get("/api/imports").body())
        .anySatisfy(i -> {
          assertThat(i.get("fileName").asText()).isEqualTo(name);
          assertThat(i.get("source").asText()).isEqualTo("FOLDER");
          assertThat(i.get("created").asInt()).isEqualTo(1);
          assertThat(i.get("rejectedCount").asInt()).isEqualTo(1);
        });
  }

  @Test
  void aFileThatIsNoBatchGoesToFailedWithTheReason() throws Exception {
    String name = "broken-" + System.nanoTime() + ".csv";
    drop(name, "number;amount;colour\nX-1;1.00;blue\n");

    inbox.poll();

    assertThat(FOLDER.resolve("failed").resolve(name)).exists();
    JsonNode result =
        new ObjectMapper().readTree(FOLDER.resolve("failed").resolve(name + ".result.json").toFile());
    assertThat(result.get("error").asText()).contains("colour");
  }

  @Test
  void aFileStillBeingWrittenIsLeftForTheNextPoll() throws Exception {
    String name = "fresh-" + System.nanoTime() + ".csv";
    Path file = FOLDER.resolve(name);
    Files.writeString(file, "number,amount\n");

    inbox.poll();

    assertThat(file).exists();
    Files.delete(file);
  }
}
