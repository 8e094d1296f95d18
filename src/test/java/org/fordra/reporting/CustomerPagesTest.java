package org.fordra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The accounting side adds and corrects customers on the pages, with the books' checks; a
 * correction is on the audit trail of the customer's invoices, old value and new, and who.
 */
@ReceivablesTest
class CustomerPagesTest {

  @LocalServerPort int port;
  @Autowired Receivables receivables;
  @Autowired CustomerRepository customers;
  @Autowired InvoiceRepository invoices;
  @Autowired AuditTrail audit;

  @BeforeEach
  void today() {
    receivables.today();
  }

  @AfterEach
  void resetClock() {
    receivables.reset();
  }

  @Test
  void aManagerAddsACustomerAndBadDetailsComeBackFieldByField() {
    StaffBrowserSession manager = signedIn("manager");
    String token = manager.tokenOn("/customers/new");

    HttpResponse<String> wrong =
        manager.postForm("/customers/new", "number=EPS-1&name=Epsilon+AB&type=BUSINESS&country=XQ"
            + "&language=sv&email=nope&timeZone=Mars%2FOlympus&token=" + token);
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body())
        .contains("id=\"country-error\">&#39;XQ&#39; is not an ISO 3166-1 alpha-2 country code")
        .contains("id=\"email-error\">is required: an e-mail address")
        .contains("id=\"timeZone-error\">&#39;Mars/Olympus&#39; is not a time zone")
        .contains("value=\"Epsilon AB\"");
    assertThat(customers.findByCustomerNumber("EPS-1")).isEmpty();

    HttpResponse<String> added =
        manager.postForm("/customers/new", "number=EPS-1&name=Epsilon+AB&type=BUSINESS&country=se"
            + "&language=sv&email=ekonomi%40epsilon.example&phone=&timeZone=Europe%2FStockholm&token="
            + token);
    assertThat(added.statusCode()).isEqualTo(302);
    Customer epsilon = customers.findByCustomerNumber("EPS-1").orElseThrow();
    assertThat(epsilon.getCountry()).isEqualTo("SE");
    assertThat(epsilon.getPhone()).isNull();
    assertThat(manager.get("/customers").body()).contains("Epsilon AB", "ekonomi@epsilon.example");

    // The same number again is another customer's.
    assertThat(manager.postForm("/customers/new", "number=EPS-1&name=Other&type=CONSUMER&country=SE"
            + "&language=sv&email=a%40b.example&timeZone=Europe%2FStockholm&token=" + token)
        .body()).contains("id=\"number-error\">is the number of another customer already");
  }

  @Test
  void aCorrectionIsOnTheTrailOfEachOfTheCustomersInvoices() {
    Customer zeta =
        customers.save(new Customer("Zeta BV", CustomerType.BUSINESS, "NL", "nl", "ap@zeta.example",
            null, ZoneId.of("Europe/Amsterdam"), Instant.parse("2026-01-01T00:00:00Z")));
    invoices.save(new Invoice("CUST-1", zeta, Receivables.TODAY, Receivables.TODAY.plusDays(30),
        Money.exact(new BigDecimal("10.00"), Currency.getInstance("CHF")),
        Instant.parse("2026-07-10T08:00:00Z")));
    StaffBrowserSession manager = signedIn("manager");
    String form = manager.get("/customers/" + zeta.getId() + "/edit").body();
    assertThat(form).contains("value=\"Zeta BV\"", "value=\"ap@zeta.example\"");
    String token = manager.tokenOn("/customers/" + zeta.getId() + "/edit");

    HttpResponse<String> saved =
        manager.postForm("/customers/" + zeta.getId() + "/edit",
            "number=Z-9&name=Zeta+BV&type=BUSINESS&country=NL&language=nl"
                + "&email=facturen%40zeta.example&phone=%2B31+20+555+0100&timeZone=Europe%2FAmsterdam&token="
                + token);

    assertThat(saved.statusCode()).isEqualTo(302);
    Customer corrected = customers.findById(zeta.getId()).orElseThrow();
    assertThat(corrected.getEmail()).isEqualTo("facturen@zeta.example");
    assertThat(corrected.getCustomerNumber()).isEqualTo("Z-9");
    assertThat(audit.of("CUST-1"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.getAction()).isEqualTo("CUSTOMER_CHANGED");
          assertThat(e.getActor()).isEqualTo("manager");
          assertThat(e.getDetail())
              .contains("email ap@zeta.example → facturen@zeta.example")
              .contains("phone (none) → +31 20 555 0100")
              .contains("number (none) → Z-9")
              .doesNotContain("name ");
        });
    assertThat(manager.get("/invoices/CUST-1").body()).contains("Customer details changed");
  }

  @Test
  void collectorsNeitherSeeNorOpenTheCustomerPages() {
    StaffBrowserSession collector = signedIn("collector");
    assertThat(collector.get("/invoices").body()).doesNotContain("href=\"/customers\"");
    assertThat(collector.get("/customers").statusCode()).isEqualTo(403);
    assertThat(collector.postForm("/customers/new", "name=X").statusCode()).isEqualTo(403);
  }

  private StaffBrowserSession signedIn(String user) {
    StaffBrowserSession session = new StaffBrowserSession(port);
    assertThat(session.signIn(user, user + "-pass").statusCode()).isEqualTo(302);
    return session;
  }
}
