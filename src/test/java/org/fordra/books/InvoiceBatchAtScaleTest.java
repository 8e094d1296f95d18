package org.fordra.books;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.books.BooksApi.Answer;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The largest batch the contract allows, 10,000 CSV rows, taken whole: read, checked and
 * committed in chunks (the progress is written after each), and the same file again changes
 * nothing. The rows name 450 invoices of 250 customers, each sent again and again further down
 * the file (every repeat in a later chunk than its first, so it meets a committed invoice): a
 * row the books sent before is read and checked like a new one, but the test database is
 * spared 10,000 cases the other tests would query around, and the suite minutes of starting
 * them. Registering 10,000 new cases through this path, and how long it takes, is the
 * benchmark's batch import ({@code FordraBench}, {@code ./mvnw -Pbench}).
 */
@FordraTest
class InvoiceBatchAtScaleTest {

  static final int ROWS = InvoiceBatch.MAX_ROWS;
  /** More than two chunks' worth, so each repeat of an invoice lands in a later chunk. */
  static final int INVOICES = 2 * InvoiceBatch.CHUNK + 50;
  static final int CUSTOMERS = 250;

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired InvoiceRepository invoices;

  @BeforeEach
  void today() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 5, 4).atTime(9, 0).toInstant(ZoneOffset.UTC)));
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static String largestBatch() {
    StringBuilder csv =
        new StringBuilder(
            "number;customer.number;customer.name;customer.type;customer.country;customer.language;"
                + "customer.email;customer.timeZone;issueDate;dueDate;currency;amount\n");
    for (int row = 0; row < ROWS; row++) {
      int i = row % INVOICES;
      int customer = i % CUSTOMERS;
      csv.append("SCALE-").append(i).append(';')
          .append("C-").append(customer).append(';')
          .append("Kund ").append(customer).append(" AB;BUSINESS;SE;sv;")
          .append("kund").append(customer).append("@example.se;Europe/Stockholm;")
          .append("2026-05-01;2026-06-").append(String.format("%02d", 1 + i % 28)).append(";SEK;")
          .append(100 + i % 900).append('.').append(String.format("%02d", i % 100)).append('\n');
    }
    return csv.toString();
  }

  @Test
  void tenThousandRowsAreTakenWholeInChunksAndOnlyOnce() {
    BooksApi books = BooksApi.as(http, identity, "scalebooks", "managers");
    String csv = largestBatch();

    long started = System.nanoTime();
    long cpuBefore = processCpuNanos();
    Answer first = books.postCsv("/api/invoices/batch", csv);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    Duration cpu = Duration.ofNanos(processCpuNanos() - cpuBefore);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body().get("created").asInt()).isEqualTo(INVOICES);
    assertThat(first.body().get("unchanged").asInt()).isEqualTo(ROWS - INVOICES);
    assertThat(first.body().get("rejected")).isEmpty();
    assertThat(
            runtime.createProcessInstanceQuery()
                .processDefinitionKey(CollectionsProcess.PROCESS_KEY)
                .processInstanceBusinessKeyLike("SCALE-%")
                .count())
        .isEqualTo(INVOICES);
    assertThat(invoices.findByNumber("SCALE-" + (INVOICES - 1)).orElseThrow().getPaymentReference()).isNotBlank();
    Answer recorded = books.get(first.headers().getLocation().getPath());
    assertThat(recorded.body().get("status").asText()).isEqualTo("DONE");
    assertThat(recorded.body().get("processed").asInt()).isEqualTo(ROWS);
    // On a shared machine the wall time says more about the neighbours than about Fordra.
    System.out.printf(
        "10,000 rows taken in %d s, %d s of the JVM's CPU%n", took.toSeconds(), cpu.toSeconds());

    Answer again = books.postCsv("/api/invoices/batch", csv);

    assertThat(again.body().get("unchanged").asInt()).isEqualTo(ROWS);
    assertThat(again.body().get("created").asInt()).isZero();
  }
}
