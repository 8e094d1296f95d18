package org.fordra.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The two kinds of case the benchmark runs through the same steps: Fordra's {@code collections}
 * case, registered and paid through Fordra's API, and the bare process of the same shape,
 * started and messaged through the engine's REST API, whose steps do nothing.
 */
interface Cases {

  /** A customer made for the run, and the time zone its steps fall due in. */
  record Customer(long id, ZoneId zone) {}

  /** One round of cases: their invoice numbers' prefix, and the day they are registered. */
  record Round(String prefix, LocalDate today) {
    LocalDate dueDate() {
      return today.plusDays(14);
    }

    String number(int i) {
      return prefix + "-" + i;
    }
  }

  String label();

  String processKey();

  HttpLoad.Call register(Round round, int i);

  HttpLoad.Call pay(Round round, int i);

  /** Under 10,000: every case follows the default row of the dunning schedule. */
  static String amount(int i) {
    return String.format("%d.%02d", 100 + i % 5000, i % 100);
  }

  /** Half the invoice: the case goes on dunning for the rest. */
  static String halfAmount(int i) {
    return String.format("%d.%02d", (100 + i % 5000) / 2, 0);
  }

  final class Fordra implements Cases {
    private final List<Customer> customers;

    Fordra(List<Customer> customers) {
      this.customers = customers;
    }

    @Override
    public String label() {
      return "fordra";
    }

    @Override
    public String processKey() {
      return "collections";
    }

    @Override
    public HttpLoad.Call register(Round round, int i) {
      Customer customer = customers.get(i % customers.size());
      return new HttpLoad.Call(
          "/api/invoices",
          """
          {"number": "%s", "customerId": %d, "issueDate": "%s", "dueDate": "%s",
           "currency": "EUR", "amount": "%s"}"""
              .formatted(round.number(i), customer.id(), round.today(), round.dueDate(), amount(i)));
    }

    @Override
    public HttpLoad.Call pay(Round round, int i) {
      return new HttpLoad.Call(
          "/api/invoices/" + round.number(i) + "/payments",
          """
          {"amount": "%s", "currency": "EUR", "paidOn": "%s", "reference": "BANK-%s"}"""
              .formatted(halfAmount(i), round.today(), round.number(i)));
    }
  }

  /**
   * The yardstick: the engine alone. The client works out the dates Fordra's decision table
   * gives every case here (the default row: 7 days before the due date, on it, 3, 7, 14 and 28
   * days after it, and 14 days after the final notice, at 09:00 in the customer's zone).
   */
  final class Bare implements Cases {
    private static final DateTimeFormatter ENGINE_DATE =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private final List<Customer> customers;

    Bare(List<Customer> customers) {
      this.customers = customers;
    }

    @Override
    public String label() {
      return "bare";
    }

    @Override
    public String processKey() {
      return "bare-collections";
    }

    @Override
    public HttpLoad.Call register(Round round, int i) {
      ZoneId zone = customers.get(i % customers.size()).zone();
      LocalDate due = round.dueDate();
      return new HttpLoad.Call(
          "/engine-rest/process-definition/key/bare-collections/start",
          """
          {"businessKey": "%s", "variables": {
            "invoiceNumber": {"value": "%s", "type": "String"},
            "preDueReminderAt": %s, "dueNoticeAt": %s, "reminder1At": %s, "callAt": %s,
            "reminder2At": %s, "finalNoticeAt": %s, "decisionAt": %s}}"""
              .formatted(
                  round.number(i),
                  round.number(i),
                  date(due.minusDays(7), zone),
                  date(due, zone),
                  date(due.plusDays(3), zone),
                  date(due.plusDays(7), zone),
                  date(due.plusDays(14), zone),
                  date(due.plusDays(28), zone),
                  date(due.plusDays(28 + 15), zone)));
    }

    @Override
    public HttpLoad.Call pay(Round round, int i) {
      return new HttpLoad.Call(
          "/engine-rest/message",
          """
          {"messageName": "PaymentReceived", "businessKey": "%s", "all": true}"""
              .formatted(round.number(i)));
    }

    private static String date(LocalDate day, ZoneId zone) {
      return "{\"value\": \"" + day.atTime(9, 0).atZone(zone).format(ENGINE_DATE)
          + "\", \"type\": \"Date\"}";
    }
  }
}
