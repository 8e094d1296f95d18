package org.fordra.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.money.Money;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link SentNotices} reads an invoice's notices once per transaction: what it gives is always
 * what the database holds at that moment, within the transaction and after it.
 */
@FordraTest
class SentNoticesInATransactionTest {

  static final Instant SENT = Instant.parse("2026-08-01T10:00:00Z");

  @Autowired CustomerRepository customers;
  @Autowired InvoiceRepository invoices;
  @Autowired NoticeRepository notices;
  @Autowired SentNotices sent;
  @Autowired TransactionTemplate transaction;

  @Test
  void theSameTransactionReadsTheNoticesOnce() {
    Long id = anInvoice();
    transaction.executeWithoutResult(status -> assertThat(sent.of(id)).isSameAs(sent.of(id)));
  }

  @Test
  void aNoticeStoredInTheTransactionShowsAtOnce() {
    Long id = anInvoice();
    transaction.executeWithoutResult(
        status -> {
          assertThat(sent.of(id)).isEmpty();
          notices.save(notice(id, NoticeKind.REMINDER_1));
          assertThat(sent.of(id)).extracting(SentNotice::kind).containsExactly(NoticeKind.REMINDER_1);
          notices.save(notice(id, NoticeKind.REMINDER_2));
          assertThat(sent.of(id))
              .extracting(SentNotice::kind)
              .containsExactly(NoticeKind.REMINDER_1, NoticeKind.REMINDER_2);
        });
  }

  @Test
  void aNoticeStoredByAnotherTransactionShowsInTheNextOneAndOutsideOne() {
    Long id = anInvoice();
    transaction.executeWithoutResult(status -> assertThat(sent.of(id)).isEmpty());
    transaction.executeWithoutResult(status -> notices.save(notice(id, NoticeKind.DUE_NOTICE)));
    transaction.executeWithoutResult(
        status ->
            assertThat(sent.of(id)).extracting(SentNotice::kind).containsExactly(NoticeKind.DUE_NOTICE));
    assertThat(sent.of(id)).hasSize(1);
    transaction.executeWithoutResult(status -> notices.save(notice(id, NoticeKind.REMINDER_1)));
    assertThat(sent.of(id)).hasSize(2);
  }

  @Test
  void anInvoiceWithNoneYetIsNotReadUntilANoticeIsStoredInTheTransaction() {
    Long id = anInvoice();
    // Behind the transaction's back (a new invoice never has one): shows whether it is read.
    transaction.executeWithoutResult(status -> notices.save(notice(id, NoticeKind.DUE_NOTICE)));
    transaction.executeWithoutResult(
        status -> {
          sent.noneYet(id);
          assertThat(sent.of(id)).as("not read").isEmpty();
          notices.save(notice(id, NoticeKind.REMINDER_1));
          assertThat(sent.of(id))
              .as("read again after a notice is stored")
              .extracting(SentNotice::kind)
              .containsExactly(NoticeKind.DUE_NOTICE, NoticeKind.REMINDER_1);
        });
  }

  @Test
  void anotherInvoicesNoticeLeavesThisOnesListAlone() {
    Long id = anInvoice();
    Long other = anInvoice();
    transaction.executeWithoutResult(
        status -> {
          var before = sent.of(id);
          notices.save(notice(other, NoticeKind.REMINDER_1));
          assertThat(sent.of(id)).isSameAs(before).isEmpty();
          assertThat(sent.of(other)).hasSize(1);
        });
  }

  private Notice notice(Long invoiceId, NoticeKind kind) {
    byte[] copy = ("<p>" + kind + "</p>").getBytes(StandardCharsets.UTF_8);
    return new Notice(invoices.getReferenceById(invoiceId), kind, NoticeChannel.EMAIL, "de",
        "accounts@example.com", kind.name(), "text/html", copy, "sha", SENT);
  }

  private Long anInvoice() {
    return transaction.execute(
        status -> {
          Customer customer =
              customers.save(
                  new Customer("Notices " + UUID.randomUUID(), CustomerType.BUSINESS, "DE", "de",
                      "accounts@example.com", "+49 30 1234567", ZoneId.of("Europe/Berlin"), SENT));
          String number = "SN-" + UUID.randomUUID().toString().substring(0, 8);
          return invoices
              .save(new Invoice(number, customer, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1),
                  Money.exact(new BigDecimal("500.00"), Currency.getInstance("EUR")), SENT))
              .getId();
        });
  }
}
