package org.fordra.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.customer.Delivery;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.money.Money;
import org.fordra.testing.FordraTest;
import org.h2.api.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notice row is written once, when its step stores it: the outbox's claims and marks go to its
 * dispatch row. (On H2 the stored copy lives inline in the notice row, and every update wrote the
 * whole copy again: the H2 file grew by megabytes per invoice, docs/benchmark.md.) A trigger
 * refuses any update of {@code notice} while a notice is stored, sent, and swept again.
 */
@FordraTest
class NoticeRowWrittenOnceTest {

  @Autowired Notices notices;
  @Autowired NoticeRepository stored;
  @Autowired NoticeDispatcher dispatcher;
  @Autowired CustomerRepository customers;
  @Autowired InvoiceRepository invoices;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  @BeforeEach
  void refuseUpdatesOfNotices() throws SQLException {
    if (onPostgres()) {
      jdbc.execute(
          "create function refuse_notice_update() returns trigger language plpgsql as"
              + " $$ begin raise exception 'notice % rewritten', old.id; end $$");
      jdbc.execute(
          "create trigger notice_written_once before update on notice for each row"
              + " execute function refuse_notice_update()");
    } else {
      jdbc.execute(
          "create trigger notice_written_once before update on notice for each row call '"
              + RefuseUpdate.class.getName() + "'");
    }
  }

  @AfterEach
  void allowUpdatesAgain() throws SQLException {
    jdbc.execute("drop trigger notice_written_once" + (onPostgres() ? " on notice" : ""));
    if (onPostgres()) {
      jdbc.execute("drop function refuse_notice_update()");
    }
  }

  @Test
  void storingSendingAndSweepingANoticeNeverRewritesItsRow() {
    String number = register();
    List<Long> ids = storeAndSend(number);
    Map<String, Object> before = copyOf(ids.get(1));

    assertThat(ids).hasSize(2);
    assertThat(stored.dispatchedFor(invoiceId(number)))
        .extracting(DispatchedNotice::state)
        .containsOnly(NoticeDispatch.SENT);

    // As a node that died before its mark leaves them: the sweep claims and marks them again.
    jdbc.update(
        "update notice_dispatch set state = 'PENDING', dispatched_at = null"
            + " where notice_id in (?, ?)",
        ids.get(0), ids.get(1));
    assertThat(dispatcher.sweep()).isEqualTo(2);

    assertThat(stored.dispatchedFor(invoiceId(number)))
        .extracting(DispatchedNotice::state)
        .containsOnly(NoticeDispatch.SENT);
    assertThat(copyOf(ids.get(1))).isEqualTo(before);
  }

  /** The step's transaction: the notice stored, then sent after its commit (here, at once). */
  private List<Long> storeAndSend(String number) {
    transaction.executeWithoutResult(
        status ->
            notices.send(
                invoices.findByNumber(number).orElseThrow(),
                NoticeKind.REMINDER_1,
                NoticeFacts.payBy(LocalDate.now(clock).plusDays(14))));
    return stored.findByInvoiceIdOrderByIdAsc(invoiceId(number)).stream()
        .map(Notice::getId)
        .toList();
  }

  private Map<String, Object> copyOf(Long id) {
    return jdbc.queryForMap("select checksum, sent_at, mail_text from notice where id = ?", id);
  }

  private Long invoiceId(String number) {
    return invoices.findByNumber(number).orElseThrow().getId();
  }

  private boolean onPostgres() throws SQLException {
    try (Connection connection = jdbc.getDataSource().getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }
  }

  private String register() {
    String number = "ONCE-" + UUID.randomUUID().toString().substring(0, 8);
    transaction.executeWithoutResult(
        status -> {
          Customer customer =
              new Customer(
                  "Muster GmbH",
                  CustomerType.BUSINESS,
                  "DE",
                  "de",
                  "buchhaltung@muster.example",
                  "+49 30 1234567",
                  ZoneId.of("Europe/Berlin"),
                  clock.instant());
          customer.setDelivery(Delivery.EMAIL_AND_LETTER);
          customer.setPostalAddress("Musterstraße 1\n10115 Berlin");
          customers.save(customer);
          LocalDate today = LocalDate.now(clock);
          invoices.save(
              new Invoice(
                  number,
                  customer,
                  today.minusDays(45),
                  today.minusDays(15),
                  Money.exact(new BigDecimal("980.00"), Currency.getInstance("EUR")),
                  clock.instant()));
        });
    return number;
  }

  /** H2's trigger: any update of a notice row fails the statement. */
  public static class RefuseUpdate implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
      throw new SQLException("notice " + oldRow[0] + " rewritten");
    }
  }
}
