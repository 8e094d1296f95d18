package org.fordra.reporting;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.fordra.invoice.DunningStage;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.money.Money;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The invoice list of the staff pages: one page of invoices at a time, filtered by status and by
 * customer name, each with its balance worked out by the database for just that page.
 */
@Component
public class InvoiceList {

  public static final int PAGE_SIZE = 50;

  public record Line(
      String number,
      long customerId,
      String customerName,
      InvoiceStatus status,
      DunningStage stage,
      LocalDate issueDate,
      LocalDate dueDate,
      Money principal,
      Money balance) {}

  public record Page(List<Line> lines, int page, long total) {

    public long pages() {
      return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean hasPrevious() {
      return page > 0;
    }

    public boolean hasNext() {
      return page + 1 < pages();
    }
  }

  private final NamedParameterJdbcTemplate jdbc;

  InvoiceList(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Page {@code page} (from 0); {@code status} and {@code customer} may be null (no filter). */
  public Page find(InvoiceStatus status, String customer, int page) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (status != null) {
      where.append(" and i.status = :status");
      params.addValue("status", status.name());
    }
    if (customer != null && !customer.isBlank()) {
      where.append(" and lower(cu.name) like :customer escape '\\'");
      params.addValue("customer", "%" + likeText(customer.trim().toLowerCase()) + "%");
    }
    String from = " from invoice i join customer cu on cu.id = i.customer_id";
    Long total = jdbc.queryForObject("select count(*)" + from + where, params, Long.class);
    int safePage = Math.max(0, page);
    // The booked balance (view invoice_balance, V132): no interest to date, unlike the invoice page.
    String sql =
        "select i.invoice_number, i.customer_id, cu.name, i.status, i.stage, i.issue_date,"
            + " i.due_date, i.currency, i.principal, b.balance"
            + from + " join invoice_balance b on b.invoice_id = i.id" + where
            + " order by i.due_date, i.invoice_number"
            + " offset " + ((long) safePage * PAGE_SIZE) + " rows fetch next " + PAGE_SIZE
            + " rows only";
    List<Line> lines =
        jdbc.query(
            sql,
            params,
            (rs, row) -> {
              Currency currency = Currency.getInstance(rs.getString("currency"));
              return new Line(
                  rs.getString("invoice_number"),
                  rs.getLong("customer_id"),
                  rs.getString("name"),
                  InvoiceStatus.valueOf(rs.getString("status")),
                  DunningStage.valueOf(rs.getString("stage")),
                  rs.getObject("issue_date", LocalDate.class),
                  rs.getObject("due_date", LocalDate.class),
                  Money.exact(rs.getBigDecimal("principal"), currency),
                  Money.exact(rs.getBigDecimal("balance"), currency));
            });
    return new Page(lines, safePage, total == null ? 0 : total);
  }

  private static String likeText(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
