package org.fordra.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.fordra.invoice.InvoiceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the customers whose retention period has ended and erases their personal data, each in
 * a transaction of its own. A customer qualifies only when every one of their cases is closed
 * (an open case is never erased, however old) and no credit on account is still held for them;
 * the period runs from the end of the year of the last thing that happened to any of their cases
 * (the newest audit line: every step that touches a claim writes one; an export of their data
 * does not count), or of their registration if they never had an invoice. See {@link RetentionPeriods} for the periods and why the year's
 * end.
 */
@Component
@EnableConfigurationProperties(RetentionPeriods.class)
public class RetentionJob {

  private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

  private final JdbcTemplate jdbc;
  private final RetentionPeriods periods;
  private final PersonalDataErasure erasure;
  private final Clock clock;

  RetentionJob(
      JdbcTemplate jdbc, RetentionPeriods periods, PersonalDataErasure erasure, Clock clock) {
    this.jdbc = jdbc;
    this.periods = periods;
    this.erasure = erasure;
    this.clock = clock;
  }

  record Candidate(long id, String country, Instant lastActivity) {}

  /** Erases every customer past retention; returns their ids. */
  public List<Long> run() {
    LocalDate today = LocalDate.now(clock);
    List<Long> erased = new ArrayList<>();
    for (Candidate candidate : closedCustomers()) {
      LocalDate closedOn = LocalDate.ofInstant(candidate.lastActivity(), clock.getZone());
      if (periods.hasEnded(candidate.country(), closedOn, today)
          && erasure.erase(candidate.id())) {
        erased.add(candidate.id());
      }
    }
    if (!erased.isEmpty()) {
      log.info("Retention: erased the personal data of {} customer(s): {}", erased.size(), erased);
    }
    return erased;
  }

  private List<Candidate> closedCustomers() {
    String closed =
        Arrays.stream(InvoiceStatus.values())
            .filter(InvoiceStatus::isFinal)
            .map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", "));
    return jdbc.query(
        "select c.id, c.country, coalesce((select max(a.occurred_at) from audit_entry a"
            + "   join invoice i on i.invoice_number = a.invoice_number"
            + "   where i.customer_id = c.id and a.action not like 'PERSONAL_DATA_%'),"
            + "   c.created_at) as last_activity"
            + " from customer c where c.erased_at is null"
            + " and not exists (select 1 from invoice i where i.customer_id = c.id"
            + "   and i.status not in (" + closed + "))"
            + " and not exists (select 1 from credit_on_account o where o.customer_id = c.id"
            + "   and o.status = 'OPEN')",
        (row, n) ->
            new Candidate(
                row.getLong("id"),
                row.getString("country"),
                row.getTimestamp("last_activity").toInstant()));
  }
}
