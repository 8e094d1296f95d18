package org.fordra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.fordra.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report over 10,000 invoices (every day past due from 0 to 199, so every bucket and both its
 * edges; a thousand amounts; every third invoice half paid): the database does the sums, and the
 * totals match what the invoices add up to. Ten times the rows would make the suite slower, not
 * the assertions stronger; how long a large book takes belongs in the benchmark. The invoices
 * are in NZD, which no other test of this database uses (InvoiceWorkTest's are in CHF), and are
 * removed afterwards.
 */
@ReceivablesTest
class AgingReportAtScaleTest {

  static final int INVOICES = 10_000;

  @Autowired Receivables receivables;
  @Autowired AgingReport report;
  @Autowired JdbcTemplate jdbc;

  long customer;

  @BeforeEach
  void today() {
    receivables.today();
    customer = receivables.customerId("Gamma KK");
  }

  @AfterEach
  void removeTheBulk() {
    jdbc.update(
        "delete from payment where invoice_id in (select id from invoice where currency = 'NZD')");
    jdbc.update("delete from invoice where currency = 'NZD'");
    receivables.reset();
  }

  @Test
  void sumsTenThousandInvoicesInTheDatabase() {
    // Invoice n: NZD (n % 1000) + 1, due n % 200 days before today; every third one half paid.
    BigDecimal[] expected = new BigDecimal[AgingBucket.values().length];
    java.util.Arrays.fill(expected, BigDecimal.ZERO);
    for (int n = 0; n < INVOICES; n++) {
      BigDecimal principal = BigDecimal.valueOf(n % 1000 + 1).setScale(2);
      BigDecimal owed =
          n % 3 == 0 ? principal.subtract(principal.divide(BigDecimal.valueOf(2))) : principal;
      int bucket = AgingReport.bucketOf(n % 200).ordinal();
      expected[bucket] = expected[bucket].add(owed);
    }
    // The same invoices, made by the database itself (H2's system_range): quick to set up.
    jdbc.update(
        "insert into invoice (invoice_number, customer_id, issue_date, due_date, currency,"
            + " principal, status, stage, created_at, version)"
            + " select concat('SCALE-', x), " + customer + ","
            + " dateadd(day, -mod(x, 200) - 30, date '" + Receivables.TODAY + "'),"
            + " dateadd(day, -mod(x, 200), date '" + Receivables.TODAY + "'), 'NZD',"
            + " mod(x, 1000) + 1, case when mod(x, 3) = 0 then 'OPEN' else 'DISPUTED' end,"
            + " 'NONE', timestamp with time zone '2026-01-01 00:00:00Z', 0"
            + " from system_range(0, " + (INVOICES - 1) + ")");
    jdbc.update(
        "insert into payment (invoice_id, amount, currency, paid_on, reference, booked_at, booked_by)"
            + " select id, principal / 2, currency, ?, concat('SCALE-PAY-', id), ?, 'test'"
            + " from invoice where currency = 'NZD' and status = 'OPEN'",
        Date.valueOf(Receivables.TODAY.minusDays(1)),
        Timestamp.from(Instant.parse("2026-07-09T00:00:00Z")));

    AgingAmounts nzd =
        report.asOf(Receivables.TODAY).currencies().stream()
            .filter(line -> line.currencyCode().equals("NZD"))
            .findFirst()
            .orElseThrow();

    for (AgingBucket bucket : AgingBucket.values()) {
      assertThat(nzd.get(bucket))
          .as(bucket.label())
          .isEqualTo(Money.exact(expected[bucket.ordinal()], nzd.total().currency()));
    }
    // How long it takes belongs in the benchmark (docs/benchmark.md), not in a test.
  }
}
