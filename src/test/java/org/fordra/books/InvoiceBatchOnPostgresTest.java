package org.fordra.books;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.books.BooksApi.Answer;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.testing.FordraTestOnPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A batch of 450 rows (three chunks) on a real PostgreSQL 17 with the production profile: the
 * new columns and unique indexes, the import records and the rows' cases as on H2.
 */
@FordraTestOnPostgres
class InvoiceBatchOnPostgresTest {

  static final int ROWS = 450;

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;

  @BeforeEach
  void today() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 5, 4).atTime(9, 0).toInstant(ZoneOffset.UTC)));
  }

  static String rows(String lastAmount) {
    StringBuilder csv =
        new StringBuilder(
            "number,customer.number,customer.name,customer.type,customer.country,customer.language,"
                + "customer.email,customer.timeZone,issueDate,dueDate,currency,amount\n");
    for (int i = 0; i < ROWS; i++) {
      csv.append("PG-").append(i).append(",PGC-").append(i % 20).append(",Klant ").append(i % 20)
          .append(",BUSINESS,NL,nl,klant").append(i % 20).append("@example.nl,Europe/Amsterdam,")
          .append("2026-05-01,2026-06-01,EUR,")
          .append(i == ROWS - 1 ? lastAmount : "250.00").append('\n');
    }
    return csv.toString();
  }

  @Test
  void aBatchInChunksOnPostgresCreatesThenLeavesUnchangedThenAmends() {
    BooksApi books = BooksApi.as(http, identity, "pgbooks", "managers");

    Answer first = books.postCsv("/api/invoices/batch", rows("250.00") + "PG-bad,PGC-1,Klant 1,BUSINESS,NL,nl,klant1@example.nl,Europe/Amsterdam,2026-05-01,2026-04-01,EUR,1.00\n");

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body().get("created").asInt()).isEqualTo(ROWS);
    assertThat(first.body().get("rejected").get(0).get("index").asInt()).isEqualTo(ROWS);
    assertThat(
            runtime.createProcessInstanceQuery()
                .processDefinitionKey(CollectionsProcess.PROCESS_KEY)
                .processInstanceBusinessKeyLike("PG-%")
                .count())
        .isEqualTo(ROWS);

    Answer second = books.postCsv("/api/invoices/batch", rows("260.00"));

    assertThat(second.body().get("unchanged").asInt()).isEqualTo(ROWS - 1);
    assertThat(second.body().get("amended").asInt()).isEqualTo(1);
    assertThat(books.get("/api/invoices/PG-" + (ROWS - 1)).body().get("principal").asText())
        .isEqualTo("260.00");
    Answer recorded = books.get(second.headers().getLocation().getPath());
    assertThat(recorded.body().get("status").asText()).isEqualTo("DONE");
    assertThat(books.get("/api/imports").body()).hasSizeGreaterThanOrEqualTo(2);
  }
}
