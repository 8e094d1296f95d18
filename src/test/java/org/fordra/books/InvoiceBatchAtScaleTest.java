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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The largest batch the contract allows, 10,000 CSV rows with their 250 customers, on H2: every
 * row a registered invoice with its case, committed in chunks (the progress is written after
 * each), and the same file again changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InvoiceBatchAtScaleTest {

  static final int ROWS = InvoiceBatch.MAX_ROWS;

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired InvoiceRepository invoices;

  @BeforeEach
  void today() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 5, 4).atTime(9, 0).toInstant(ZoneOffset.UTC)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static String tenThousandRows() {
    StringBuilder csv =
        new StringBuilder(
            "number;customer.number;customer.name;customer.type;customer.country;customer.language;"
                + "customer.email;customer.timeZone;issueDate;dueDate;currency;amount\n");
    for (int i = 0; i < ROWS; i++) {
      int customer = i % 250;
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
  void tenThousandRowsBecomeTenThousandCasesInChunks() {
    BooksApi books = BooksApi.as(http, identity, "scalebooks", "managers");
    String csv = tenThousandRows();

    long started = System.nanoTime();
    long cpuBefore = processCpuNanos();
    Answer first = books.postCsv("/api/invoices/batch", csv);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    Duration cpu = Duration.ofNanos(processCpuNanos() - cpuBefore);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body().get("created").asInt()).isEqualTo(ROWS);
    assertThat(first.body().get("rejected")).isEmpty();
    assertThat(
            runtime.createProcessInstanceQuery()
                .processDefinitionKey(CollectionsProcess.PROCESS_KEY)
                .processInstanceBusinessKeyLike("SCALE-%")
                .count())
        .isEqualTo(ROWS);
    assertThat(invoices.findByNumber("SCALE-9999").orElseThrow().getPaymentReference()).isNotBlank();
    Answer recorded = books.get(first.headers().getLocation().getPath());
    assertThat(recorded.body().get("status").asText()).isEqualTo("DONE");
    assertThat(recorded.body().get("processed").asInt()).isEqualTo(ROWS);
    // On a shared machine the wall time says more about the neighbours than about Fordra.
    System.out.printf(
        "10,000 rows registered in %d s, %d s of the JVM's CPU%n", took.toSeconds(), cpu.toSeconds());

    Answer again = books.postCsv("/api/invoices/batch", csv);

    assertThat(again.body().get("unchanged").asInt()).isEqualTo(ROWS);
    assertThat(again.body().get("created").asInt()).isZero();
  }
}
