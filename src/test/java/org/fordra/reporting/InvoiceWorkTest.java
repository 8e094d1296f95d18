package org.fordra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.money.Money;
import org.fordra.ledger.PaymentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff do their work from an invoice's page: a manager books a payment, a collector records a
 * dispute; bad input comes back on the page with what was wrong, and changes nothing. The
 * invoice is one of this test's own, in CHF and issued today, so the worked example's EUR and JPY
 * figures other tests check stay as they are.
 */
@ReceivablesTest
class InvoiceWorkTest {

  static final String NUMBER = "WORK-1";

  @LocalServerPort int port;
  @Autowired Receivables receivables;
  @Autowired InvoiceRepository invoices;
  @Autowired CustomerRepository customers;
  @Autowired PaymentRepository payments;
  @Autowired AuditTrail audit;

  @BeforeEach
  void anOpenInvoice() {
    receivables.today();
    if (!invoices.existsByNumber(NUMBER)) {
      Customer delta =
          customers.save(
              new Customer("Delta SA", CustomerType.BUSINESS, "CH", "de", "ap@delta.example",
                  "+41 44 123 45 67", ZoneId.of("Europe/Zurich"), Instant.parse("2026-01-01T00:00:00Z")));
      invoices.save(
          new Invoice(NUMBER, delta, Receivables.TODAY, Receivables.TODAY.plusDays(30),
              Money.exact(new BigDecimal("12500.00"), Currency.getInstance("CHF")),
              Instant.parse("2026-07-10T08:00:00Z")));
    }
  }

  @AfterEach
  void resetClock() {
    receivables.reset();
  }

  @Test
  void aManagerBooksAPaymentOnThePageAndTheTrailNamesThem() {
    StaffBrowserSession manager = signedIn("manager");
    String token = manager.tokenOn("/invoices/" + NUMBER);

    HttpResponse<String> booked =
        manager.postForm("/invoices/" + NUMBER + "/payments",
            "amount=2.500%2C00&paidOn=2026-07-09&reference=PAGE-CHF-1&token=" + token);

    assertThat(booked.statusCode()).isEqualTo(302);
    assertThat(booked.headers().firstValue("Location").orElseThrow()).endsWith("/invoices/" + NUMBER);
    String page = manager.get("/invoices/" + NUMBER).body();
    // 12,500.00 less 2,500.00 (typed the German way, "2.500,00")
    assertThat(page)
        .contains("id=\"work-done\">The payment was booked.<")
        .contains("<td class=\"amount\" id=\"balance\">CHF\u00a010,000.00</td>")
        .contains("Payment booked");
    Invoice invoice = invoices.findByNumber(NUMBER).orElseThrow();
    assertThat(payments.findByInvoiceIdOrderByIdAsc(invoice.getId()))
        .singleElement()
        .satisfies(p -> assertThat(p.getBookedBy()).isEqualTo("manager"));
    assertThat(audit.of(NUMBER))
        .anySatisfy(e -> {
          assertThat(e.getAction()).isEqualTo("PAYMENT_BOOKED");
          assertThat(e.getActor()).isEqualTo("manager");
        });

    // The same reference again is counted once.
    manager.postForm("/invoices/" + NUMBER + "/payments",
        "amount=2500.00&paidOn=2026-07-09&reference=PAGE-CHF-1&token=" + token);
    assertThat(manager.get("/invoices/" + NUMBER).body()).contains("counted once");
    assertThat(payments.findByInvoiceIdOrderByIdAsc(invoice.getId())).hasSize(1);
  }

  @Test
  void badInputComesBackOnThePageWithEachFieldsReasonAndBooksNothing() {
    StaffBrowserSession manager = signedIn("manager");
    String token = manager.tokenOn("/invoices/" + NUMBER);
    long before = payments.count();

    manager.postForm("/invoices/" + NUMBER + "/payments",
        "amount=lots&paidOn=2026-07-99&reference=&token=" + token);
    String page = manager.get("/invoices/" + NUMBER).body();
    assertThat(page)
        .contains("id=\"amount-error\">&#39;lots&#39; is not an amount")
        .contains("id=\"paidOn-error\">&#39;2026-07-99&#39; is not a date")
        .contains("value=\"lots\"");

    // A payment dated after today: the service's own check, shown the same way.
    manager.postForm("/invoices/" + NUMBER + "/payments",
        "amount=10.00&paidOn=2026-07-11&reference=FUTURE&token=" + token);
    assertThat(manager.get("/invoices/" + NUMBER).body())
        .contains("id=\"paidOn-error\">is in the future (today is 2026-07-10)");

    // A form without the session's token changes nothing either.
    manager.postForm("/invoices/" + NUMBER + "/payments",
        "amount=10.00&paidOn=2026-07-09&reference=FORGED&token=forged");
    assertThat(manager.get("/invoices/" + NUMBER).body()).contains("id=\"work-error\"");
    assertThat(payments.count()).isEqualTo(before);
  }

  @Test
  void aCollectorRecordsADisputeOnlyWhereTheCaseCanTakeIt() {
    StaffBrowserSession collector = signedIn("collector");
    String page = collector.get("/invoices/" + NUMBER).body();
    assertThat(page).contains("id=\"raise-dispute\"").doesNotContain("id=\"book-payment\"");
    String token = collector.tokenOn("/invoices/" + NUMBER);

    collector.postForm("/invoices/" + NUMBER + "/disputes", "reason=+&token=" + token);
    assertThat(collector.get("/invoices/" + NUMBER).body()).contains("id=\"reason-error\">is required");

    // This invoice has no running case (it was stored, not registered): the dispute is refused
    // with the reason, and nothing is recorded.
    collector.postForm("/invoices/" + NUMBER + "/disputes",
        "reason=goods+never+arrived&token=" + token);
    assertThat(collector.get("/invoices/" + NUMBER).body())
        .contains("id=\"work-refused\">The case of invoice WORK-1 cannot take a dispute")
        .contains("goods never arrived</textarea>");
    assertThat(audit.of(NUMBER)).noneSatisfy(e -> assertThat(e.getAction()).isEqualTo("DISPUTE_RAISED"));

    // Booking money is the accounting side's: a collector's post is refused.
    assertThat(collector.postForm("/invoices/" + NUMBER + "/payments",
        "amount=1.00&paidOn=2026-07-09&reference=X&token=" + token).statusCode()).isEqualTo(403);
  }

  @Test
  void aManagerRegistersAnInvoiceTheBooksDidNotSendAndItsCaseStarts() {
    StaffBrowserSession manager = signedIn("manager");
    long delta = customers.findAll().stream()
        .filter(c -> c.getName().equals("Delta SA")).findFirst().orElseThrow().getId();
    String form = manager.get("/new-invoice").body();
    assertThat(form).contains("Delta SA (CH)");
    String token = manager.tokenOn("/new-invoice");

    HttpResponse<String> wrong =
        manager.postForm("/new-invoice", "number=WORK-NEW&customerId=" + delta
            + "&issueDate=2026-07-10&dueDate=2026-08-09&currency=XYZ&amount=0&token=" + token);
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("id=\"currency-error\">&#39;XYZ&#39; is not an ISO 4217 currency code");
    assertThat(invoices.existsByNumber("WORK-NEW")).isFalse();

    HttpResponse<String> registered =
        manager.postForm("/new-invoice", "number=WORK-NEW&customerId=" + delta
            + "&issueDate=2026-07-10&dueDate=2026-08-09&currency=CHF&amount=1%27000.00&token=" + token);
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(400);

    HttpResponse<String> done =
        manager.postForm("/new-invoice", "number=WORK-NEW&customerId=" + delta
            + "&issueDate=2026-07-10&dueDate=2026-08-09&currency=CHF&amount=1000.00&token=" + token);
    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/invoices/WORK-NEW");
    assertThat(audit.of("WORK-NEW"))
        .anySatisfy(e -> {
          assertThat(e.getAction()).isEqualTo("INVOICE_REGISTERED");
          assertThat(e.getActor()).isEqualTo("manager");
        });
    assertThat(manager.postForm("/new-invoice", "number=WORK-NEW&customerId=" + delta
            + "&issueDate=2026-07-10&dueDate=2026-08-09&currency=CHF&amount=1000.00&token=" + token)
        .statusCode()).isEqualTo(409);

    StaffBrowserSession collector = signedIn("collector");
    assertThat(collector.get("/new-invoice").statusCode()).isEqualTo(403);
    assertThat(collector.get("/invoices").body()).doesNotContain("/new-invoice");
  }

  @Test
  void aManagerCorrectsTheAmountAsTheBooksMayAndTheTrailSaysWhoAndFromWhat() {
    Customer delta = invoices.findByNumber(NUMBER).orElseThrow().getCustomer();
    invoices.save(new Invoice("WORK-2", delta, Receivables.TODAY, Receivables.TODAY.plusDays(30),
        Money.exact(new BigDecimal("800.00"), Currency.getInstance("CHF")),
        Instant.parse("2026-07-10T08:00:00Z")));
    StaffBrowserSession manager = signedIn("manager");
    assertThat(manager.get("/invoices/WORK-2").body()).contains("href=\"/invoices/WORK-2/edit\"");
    String token = manager.tokenOn("/invoices/WORK-2/edit");

    HttpResponse<String> corrected =
        manager.postForm("/invoices/WORK-2/edit",
            "amount=850.00&issueDate=2026-07-10&dueDate=2026-08-09&token=" + token);

    assertThat(corrected.statusCode()).isEqualTo(302);
    assertThat(invoices.findByNumber("WORK-2").orElseThrow().principal().amount())
        .isEqualByComparingTo("850.00");
    assertThat(audit.of("WORK-2"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.getAction()).isEqualTo("INVOICE_AMENDED");
          assertThat(e.getActor()).isEqualTo("manager");
          assertThat(e.getDetail()).startsWith(InvoiceCorrection.HOW + ": ").contains("800.00", "850.00");
        });

    // This invoice has no case waiting for its first notice: its dates can no longer change,
    // and the refusal is shown on the form; nothing changes.
    HttpResponse<String> refused =
        manager.postForm("/invoices/WORK-2/edit",
            "amount=850.00&issueDate=2026-07-10&dueDate=2026-09-30&token=" + token);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("id=\"dueDate-error\">can no longer change");
    assertThat(invoices.findByNumber("WORK-2").orElseThrow().getDueDate())
        .isEqualTo(Receivables.TODAY.plusDays(30));

    assertThat(signedIn("collector").get("/invoices/WORK-2/edit").statusCode()).isEqualTo(403);
  }

  private StaffBrowserSession signedIn(String user) {
    StaffBrowserSession session = new StaffBrowserSession(port);
    assertThat(session.signIn(user, user + "-pass").statusCode()).isEqualTo(302);
    return session;
  }
}
