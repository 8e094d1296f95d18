package org.fordra.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fordra.invoice.DunningStage;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.money.Money;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The aging of receivables: how much principal is still owed, by how many days it is past due.
 * The API ({@code /api/reports/aging}), its CSV and the {@code /aging} page all read it from
 * here, so they can never disagree.
 *
 * <p>What counts, on the report's day {@code asOf}:
 *
 * <ul>
 *   <li>Invoices issued on or before {@code asOf} that are open: not in a final status (PAID,
 *       SETTLED, CANCELLED, WRITTEN_OFF). For a day in the past, "open" means open on that day:
 *       an invoice closed since then is counted with what it owed then. That can be read from the
 *       dated ledger alone, because every final status is reached by payments or credits that
 *       bring the balance to zero ({@code CloseAsPaid}, {@code CancelInvoice}, {@code WriteOff}),
 *       so a closed invoice owes no principal from its closing day on.
 *   <li>Outstanding principal = the invoice's principal, less every credit dated on or before
 *       {@code asOf} (dispute credits, cancellations, write-offs, settlement discounts), less every
 *       payment paid on or before {@code asOf}. Payments are counted against principal in full:
 *       fees and interest are not aged here (they show on the invoice and the payoff). An invoice
 *       whose outstanding principal is zero or less (overpaid) is left out.
 *   <li>Days past due = {@code asOf} minus the due date: 0 or less is "current".
 * </ul>
 *
 * <p>Sums are made by the database (one grouped query over invoices joined to their grouped
 * credits and payments), so the report does not load 100,000 invoices into memory.
 */
@Component
public class AgingReport {

  /** The whole report: one line per currency, amounts never added across currencies. */
  public record Aging(LocalDate asOf, List<AgingAmounts> currencies) {}

  /** One customer's outstanding principal in one currency. */
  public record CustomerAging(long customerId, String customerName, AgingAmounts amounts) {}

  /** One open invoice on the report's day. */
  public record InvoiceAging(
      String number,
      long customerId,
      String customerName,
      InvoiceStatus status,
      LocalDate dueDate,
      long daysPastDue,
      AgingBucket bucket,
      Money outstanding) {}

  /** At most this many customers or invoices in a drill-down list (biggest first). */
  public static final int DRILL_DOWN_LIMIT = 200;

  private static final List<String> FINAL_STATUSES =
      Arrays.stream(InvoiceStatus.values()).filter(InvoiceStatus::isFinal).map(Enum::name).toList();

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  AgingReport(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Aging asOf(LocalDate asOf) {
    MapSqlParameterSource params = parameters(asOf);
    String sql =
        "select o.currency, " + bucketSums() + " from (" + outstanding(asOf, params) + ") o"
            + " where o.outstanding > 0 group by o.currency order by o.currency";
    List<AgingAmounts> lines = jdbc.query(sql, params, (rs, row) -> amounts(rs));
    return new Aging(asOf, lines);
  }

  /**
   * The customers who owe in {@code currency} on {@code asOf}, biggest first; with a bucket, only
   * those who owe something in it, biggest in it first.
   */
  public List<CustomerAging> customers(LocalDate asOf, String currency, AgingBucket bucket) {
    MapSqlParameterSource params = parameters(asOf).addValue("currency", currency);
    String order = bucket == null ? "total" : "b_" + bucket.name();
    String sql =
        "select o.customer_id, o.customer_name, o.currency, " + bucketSums()
            + ", sum(o.outstanding) as total from (" + outstanding(asOf, params) + ") o"
            + " where o.outstanding > 0 and o.currency = :currency"
            + " group by o.customer_id, o.customer_name, o.currency"
            + (bucket == null ? "" : " having " + bucketSum(bucket) + " > 0")
            + " order by " + order + " desc, o.customer_name"
            + " offset 0 rows fetch next " + DRILL_DOWN_LIMIT + " rows only";
    return jdbc.query(
        sql,
        params,
        (rs, row) ->
            new CustomerAging(rs.getLong("customer_id"), rs.getString("customer_name"), amounts(rs)));
  }

  /** The open invoices in {@code currency} of one customer (or all), in one bucket (or all). */
  public List<InvoiceAging> invoices(
      LocalDate asOf, String currency, Long customerId, AgingBucket bucket) {
    MapSqlParameterSource params = parameters(asOf).addValue("currency", currency);
    StringBuilder where = new StringBuilder(" where o.outstanding > 0 and o.currency = :currency");
    if (customerId != null) {
      where.append(" and o.customer_id = :customerId");
      params.addValue("customerId", customerId);
    }
    if (bucket != null) {
      where.append(" and ").append(inBucket(bucket));
    }
    String sql =
        "select o.* from (" + outstanding(asOf, params) + ") o" + where
            + " order by o.due_date, o.invoice_number"
            + " offset 0 rows fetch next " + DRILL_DOWN_LIMIT + " rows only";
    Currency money = Currency.getInstance(currency);
    return jdbc.query(
        sql,
        params,
        (rs, row) -> {
          LocalDate due = rs.getObject("due_date", LocalDate.class);
          long days = ChronoUnit.DAYS.between(due, asOf);
          return new InvoiceAging(
              rs.getString("invoice_number"),
              rs.getLong("customer_id"),
              rs.getString("customer_name"),
              InvoiceStatus.valueOf(rs.getString("status")),
              due,
              days,
              bucketOf(days),
              Money.exact(rs.getBigDecimal("outstanding"), money));
        });
  }

  /** Open invoices and their outstanding principal, by currency, status and dunning stage. */
  public record StatusStageLine(
      String currency, InvoiceStatus status, DunningStage stage, long invoices, Money outstanding) {}

  /** The same receivables as {@link #asOf}, counted by where the claims stand. */
  public List<StatusStageLine> byStatusAndStage(LocalDate asOf) {
    MapSqlParameterSource params = parameters(asOf);
    String sql =
        "select o.currency, o.status, o.stage, count(*) as invoices, sum(o.outstanding) as total"
            + " from (" + outstanding(asOf, params) + ") o where o.outstanding > 0"
            + " group by o.currency, o.status, o.stage order by o.currency, o.status, o.stage";
    return jdbc.query(
        sql,
        params,
        (rs, row) ->
            new StatusStageLine(
                rs.getString("currency"),
                InvoiceStatus.valueOf(rs.getString("status")),
                DunningStage.valueOf(rs.getString("stage")),
                rs.getLong("invoices"),
                Money.exact(rs.getBigDecimal("total"), Currency.getInstance(rs.getString("currency")))));
  }

  static AgingBucket bucketOf(long daysPastDue) {
    if (daysPastDue <= 0) {
      return AgingBucket.CURRENT;
    } else if (daysPastDue <= 30) {
      return AgingBucket.DAYS_1_TO_30;
    } else if (daysPastDue <= 60) {
      return AgingBucket.DAYS_31_TO_60;
    } else if (daysPastDue <= 90) {
      return AgingBucket.DAYS_61_TO_90;
    }
    return AgingBucket.OVER_90;
  }

  /**
   * One row per invoice that may be open on {@code asOf}, with what it owed in principal then:
   * the booked principal of the view invoice_balance, read from the same ledger entries (V132) as
   * they stood on that day. The entries are summed per invoice first, then joined: one pass.
   */
  private String outstanding(LocalDate asOf, MapSqlParameterSource params) {
    String sql =
        "select i.id, i.invoice_number, i.customer_id, cu.name as customer_name, i.currency,"
            + " i.due_date, i.status, i.stage, i.principal + coalesce(le.total, 0) as outstanding"
            + " from invoice i"
            + " join customer cu on cu.id = i.customer_id"
            + " left join (select invoice_id, sum(amount) as total from ledger_entry"
            + "   where kind <> 'CHARGE' and booked_on <= :asOf"
            + "   and (reversed_on is null or reversed_on > :asOf)"
            + "   group by invoice_id) le on le.invoice_id = i.id"
            + " where i.issue_date <= :asOf";
    if (!asOf.isBefore(today())) {
      // Today (or later): open means not in a final status, exactly as the invoice says now.
      sql += " and i.status not in (:finalStatuses)";
      params.addValue("finalStatuses", FINAL_STATUSES);
    }
    return sql;
  }

  private static MapSqlParameterSource parameters(LocalDate asOf) {
    MapSqlParameterSource params = new MapSqlParameterSource().addValue("asOf", asOf);
    for (AgingBucket bucket : AgingBucket.values()) {
      params.addValue("from_" + bucket.name(), bucket.dueOnOrAfter(asOf));
      params.addValue("to_" + bucket.name(), bucket.dueOnOrBefore(asOf));
    }
    return params;
  }

  private static String inBucket(AgingBucket bucket) {
    return "o.due_date between :from_" + bucket.name() + " and :to_" + bucket.name();
  }

  private static String bucketSum(AgingBucket bucket) {
    return "sum(case when " + inBucket(bucket) + " then o.outstanding else 0 end)";
  }

  private static String bucketSums() {
    List<String> sums = new ArrayList<>();
    for (AgingBucket bucket : AgingBucket.values()) {
      sums.add(bucketSum(bucket) + " as b_" + bucket.name());
    }
    return String.join(", ", sums);
  }

  private static AgingAmounts amounts(ResultSet rs) throws SQLException {
    Map<AgingBucket, BigDecimal> sums = new EnumMap<>(AgingBucket.class);
    for (AgingBucket bucket : AgingBucket.values()) {
      sums.put(bucket, rs.getBigDecimal("b_" + bucket.name()));
    }
    return new AgingAmounts(Currency.getInstance(rs.getString("currency")), sums);
  }
}
