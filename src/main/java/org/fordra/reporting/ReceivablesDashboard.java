package org.fordra.reporting;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.money.Money;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** What a manager looks at first in the morning: where the receivables stand today. */
@Component
public class ReceivablesDashboard {

  public record CurrencyFigures(
      String currency,
      Money openReceivables,
      long openInvoices,
      Money collectedThisMonth,
      CountbackDso.Result dso) {}

  public record PromiseDue(
      String number, String customerName, LocalDate promisedDate, Money outstanding) {}

  public record ClaimLine(
      String number, String customerName, InvoiceStatus status, LocalDate since, Money outstanding) {}

  public record Dashboard(
      LocalDate today,
      LocalDate weekStart,
      LocalDate weekEnd,
      LocalDate monthStart,
      List<CurrencyFigures> currencies,
      List<AgingReport.StatusStageLine> byStatusAndStage,
      List<PromiseDue> promisesDueThisWeek,
      List<ClaimLine> brokenPlans,
      List<ClaimLine> withAgency) {}

  private final AgingReport aging;
  private final NamedParameterJdbcTemplate jdbc;
  private final RuntimeService runtime;

  ReceivablesDashboard(AgingReport aging, NamedParameterJdbcTemplate jdbc, RuntimeService runtime) {
    this.aging = aging;
    this.jdbc = jdbc;
    this.runtime = runtime;
  }

  public Dashboard today() {
    LocalDate today = aging.today();
    LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate weekEnd = weekStart.plusDays(6);
    LocalDate monthStart = today.withDayOfMonth(1);
    List<AgingReport.StatusStageLine> byStatusAndStage = aging.byStatusAndStage(today);
    Map<String, Money> collected = collected(monthStart, today);
    Map<String, Map<LocalDate, BigDecimal>> sales =
        salesByDay(today.minusDays(CountbackDso.WINDOW_DAYS - 1L), today);

    Map<String, Money> open = new LinkedHashMap<>();
    Map<String, Long> openCount = new HashMap<>();
    for (AgingAmounts amounts : aging.asOf(today).currencies()) {
      open.put(amounts.currencyCode(), amounts.total());
    }
    for (AgingReport.StatusStageLine line : byStatusAndStage) {
      openCount.merge(line.currency(), line.invoices(), Long::sum);
    }
    List<String> codes = new ArrayList<>(open.keySet());
    collected.keySet().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
    codes.sort(Comparator.naturalOrder());
    List<CurrencyFigures> currencies = new ArrayList<>();
    for (String code : codes) {
      Money zero = Money.zero(Currency.getInstance(code));
      Money receivables = open.getOrDefault(code, zero);
      currencies.add(
          new CurrencyFigures(
              code,
              receivables,
              openCount.getOrDefault(code, 0L),
              collected.getOrDefault(code, zero),
              CountbackDso.byDay(
                  receivables.amount(), sales.getOrDefault(code, Map.of()), today)));
    }
    return new Dashboard(
        today,
        weekStart,
        weekEnd,
        monthStart,
        currencies,
        byStatusAndStage,
        promisesDue(weekStart, weekEnd),
        brokenPlans(),
        withAgency());
  }

  private Map<String, Money> collected(LocalDate from, LocalDate to) {
    return sums(
        "select currency, sum(amount) as total from payment"
            + " where paid_on between :from and :to and reversed_on is null group by currency",
        from,
        to);
  }

  /**
   * Invoiced principal per currency and day of issue, for days sales outstanding: every invoice
   * but the cancelled ones, which were never a sale.
   */
  private Map<String, Map<LocalDate, BigDecimal>> salesByDay(LocalDate from, LocalDate to) {
    Map<String, Map<LocalDate, BigDecimal>> sales = new HashMap<>();
    jdbc.query(
        "select currency, issue_date, sum(principal) as total from invoice"
            + " where issue_date between :from and :to and status <> 'CANCELLED'"
            + " group by currency, issue_date",
        new MapSqlParameterSource().addValue("from", from).addValue("to", to),
        rs -> {
          sales
              .computeIfAbsent(rs.getString("currency"), c -> new HashMap<>())
              .put(rs.getObject("issue_date", LocalDate.class), rs.getBigDecimal("total"));
        });
    return sales;
  }

  private Map<String, Money> sums(String sql, LocalDate from, LocalDate to) {
    Map<String, Money> sums = new HashMap<>();
    jdbc.query(
        sql,
        new MapSqlParameterSource().addValue("from", from).addValue("to", to),
        rs -> {
          String code = rs.getString("currency");
          sums.put(code, Money.exact(rs.getBigDecimal("total"), Currency.getInstance(code)));
        });
    return sums;
  }

  /**
   * Promises to pay that fall due this week (Monday to Sunday) on invoices still PROMISED. The
   * promised date lives in the case's process variable {@code promisedDate} (an ISO date string,
   * so the engine can compare it as text).
   */
  private List<PromiseDue> promisesDue(LocalDate weekStart, LocalDate weekEnd) {
    List<VariableInstance> promises =
        runtime
            .createVariableInstanceQuery()
            .variableName(CollectionsProcess.VAR_PROMISED_DATE)
            .variableValueGreaterThanOrEqual(
                CollectionsProcess.VAR_PROMISED_DATE, weekStart.toString())
            .variableValueLessThanOrEqual(CollectionsProcess.VAR_PROMISED_DATE, weekEnd.toString())
            .list();
    if (promises.isEmpty()) {
      return List.of();
    }
    Set<String> instanceIds =
        promises.stream().map(VariableInstance::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, String> numberOfInstance =
        runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
            .filter(instance -> instance.getBusinessKey() != null)
            .collect(
                Collectors.toMap(
                    ProcessInstance::getId, ProcessInstance::getBusinessKey, (a, b) -> a));
    Map<String, LocalDate> promisedByNumber = new HashMap<>();
    for (VariableInstance promise : promises) {
      String number = numberOfInstance.get(promise.getProcessInstanceId());
      if (number != null) {
        promisedByNumber.put(number, LocalDate.parse((String) promise.getValue()));
      }
    }
    if (promisedByNumber.isEmpty()) {
      return List.of();
    }
    List<PromiseDue> due = new ArrayList<>();
    jdbc.query(
        "select i.invoice_number, cu.name, i.currency," + OUTSTANDING
            + " from invoice i join customer cu on cu.id = i.customer_id"
            + BALANCE
            + " where i.status = 'PROMISED' and i.invoice_number in (:numbers)",
        new MapSqlParameterSource("numbers", promisedByNumber.keySet()),
        rs -> {
          String number = rs.getString("invoice_number");
          due.add(
              new PromiseDue(
                  number,
                  rs.getString("name"),
                  promisedByNumber.get(number),
                  Money.exact(
                      rs.getBigDecimal("outstanding"),
                      Currency.getInstance(rs.getString("currency")))));
        });
    due.sort(Comparator.comparing(PromiseDue::promisedDate).thenComparing(PromiseDue::number));
    return due;
  }

  /** Open invoices whose last payment plan was broken: the plan failed, the claim did not end. */
  private List<ClaimLine> brokenPlans() {
    return claims(
        "select i.invoice_number, cu.name, i.status, pp.agreed_on as since, i.currency,"
            + OUTSTANDING
            + " from payment_plan pp join invoice i on i.id = pp.invoice_id"
            + " join customer cu on cu.id = i.customer_id"
            + BALANCE
            + " where pp.outcome = 'BROKEN' and i.status not in (:final)"
            + " and pp.id = (select max(latest.id) from payment_plan latest"
            + "   where latest.invoice_id = i.id)"
            + " order by pp.agreed_on desc, i.invoice_number");
  }

  /** Invoices handed over to the collection agency, the oldest due first. */
  private List<ClaimLine> withAgency() {
    return claims(
        "select i.invoice_number, cu.name, i.status, i.due_date as since, i.currency,"
            + OUTSTANDING
            + " from invoice i join customer cu on cu.id = i.customer_id"
            + BALANCE
            + " where i.status = 'WITH_AGENCY' and i.status not in (:final)"
            + " order by i.due_date, i.invoice_number");
  }

  /** What is still owed in principal, from the view invoice_balance (V132), as the aging report. */
  private static final String OUTSTANDING = " b.booked_principal as outstanding";

  private static final String BALANCE = " join invoice_balance b on b.invoice_id = i.id";

  private List<ClaimLine> claims(String sql) {
    List<String> finals =
        java.util.Arrays.stream(InvoiceStatus.values())
            .filter(InvoiceStatus::isFinal)
            .map(Enum::name)
            .toList();
    return jdbc.query(
        sql + " offset 0 rows fetch next " + AgingReport.DRILL_DOWN_LIMIT + " rows only",
        new MapSqlParameterSource("final", finals),
        (rs, row) ->
            new ClaimLine(
                rs.getString("invoice_number"),
                rs.getString("name"),
                InvoiceStatus.valueOf(rs.getString("status")),
                rs.getObject("since", LocalDate.class),
                Money.exact(
                    rs.getBigDecimal("outstanding"),
                    Currency.getInstance(rs.getString("currency")))));
  }
}
