package org.fordra.notices;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.customer.Delivery;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.money.Money;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the API shows of the notices: the list of an invoice, and each stored copy as it was sent.
 * No mail server here, so e-mails land in the outbox as .eml files, as in the demo.
 */
@FordraTest
class NoticeApiTest {

  @Autowired TestRestTemplate anonymous;
  @Autowired IdentityService identity;
  @Autowired Notices notices;
  @Autowired NoticeRepository stored;
  @Autowired CustomerRepository customers;
  @Autowired InvoiceRepository invoices;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  @Value("${fordra.notices.outbox}")
  Path outbox;

  TestRestTemplate http;

  @BeforeEach
  void aClerkAtNineOnTheFifteenthOfApril() {
    if (identity.createUserQuery().userId("clerk").count() == 0) {
      User user = identity.newUser("clerk");
      user.setPassword("clerk-Passw0rd");
      identity.saveUser(user);
      if (identity.createGroupQuery().groupId("collectors").count() == 0) {
        identity.saveGroup(identity.newGroup("collectors"));
      }
      identity.createMembership("clerk", "collectors");
    }
    http = anonymous.withBasicAuth("clerk", "clerk-Passw0rd");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-15T07:00:00Z")));
  }

  @Test
  void listsEveryNoticeOfAnInvoiceNewestLast() {
    String number = register(Delivery.EMAIL);
    send(number, NoticeKind.DUE_NOTICE);
    send(number, NoticeKind.REMINDER_1);

    var response = http.getForEntity("/api/invoices/" + number + "/notices", List.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> lines = response.getBody();
    assertThat(lines).extracting(l -> l.get("kind")).containsExactly("DUE_NOTICE", "REMINDER_1");
    assertThat(lines).extracting(l -> l.get("channel")).containsOnly("EMAIL");
    assertThat(lines).extracting(l -> l.get("language")).containsOnly("de");
    assertThat(lines.get(0)).containsKeys("id", "sentAt");
    assertThat((String) lines.get(1).get("sentAt")).startsWith("2026-04-15T07:00");
    // Sent after its step committed: by the outbox, at once.
    assertThat(lines).extracting(l -> l.get("state")).containsOnly("SENT");
    // Without a mail server, the e-mail is in the outbox, whole.
    assertThat(outbox.resolve(number + "-reminder-1-2026-04-15-n" + lines.get(1).get("id") + ".eml"))
        .exists();
  }

  @Test
  void aNoticeNotYetDispatchedIsListedAsQueuedWithItsIssueTimeButNoDispatchTime() {
    String number = register(Delivery.EMAIL);
    send(number, NoticeKind.DUE_NOTICE);
    // As a node that died after the step's commit leaves it.
    jdbc.update(
        "update notice_dispatch set state = 'PENDING', dispatched_at = null where notice_id in"
            + " (select n.id from notice n join invoice i on i.id = n.invoice_id"
            + " where i.invoice_number = ?)",
        number);
    try {
      var response = http.getForEntity("/api/invoices/" + number + "/notices", List.class);

      @SuppressWarnings("unchecked")
      List<Map<String, Object>> lines = response.getBody();
      assertThat(lines).singleElement()
          .satisfies(line -> {
            assertThat(line).containsEntry("state", "PENDING").containsEntry("dispatchedAt", null);
            assertThat(line.get("sentAt")).isNotNull();
          });
    } finally {
      jdbc.update(
          "update notice_dispatch set state = 'SENT' where notice_id in"
              + " (select n.id from notice n join invoice i on i.id = n.invoice_id"
              + " where i.invoice_number = ?)",
          number);
    }
  }

  @Test
  void anEmailsCopyIsItsHtmlAsSent() throws Exception {
    String number = register(Delivery.EMAIL);
    Notice notice = send(number, NoticeKind.REMINDER_1);

    var response = http.getForEntity("/api/notices/" + notice.getId(), byte[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(response.getBody()).isEqualTo(notice.content());
    String html = new String(response.getBody(), StandardCharsets.UTF_8);
    assertThat(html).contains(number).contains("Zahlungserinnerung");
    String eml =
        Files.readString(
            outbox.resolve(number + "-reminder-1-2026-04-15-n" + notice.getId() + ".eml"),
            StandardCharsets.UTF_8);
    assertThat(eml).contains("Content-Type: multipart/").contains("text/plain").contains("text/html");
  }

  @Test
  void anEmailsCopyIsKeptPackedAndReadBackAsTheMailCarriedIt() throws Exception {
    String number = register(Delivery.EMAIL);
    Notice notice = send(number, NoticeKind.REMINDER_1);
    Map<String, Object> row =
        jdbc.queryForMap("select content, checksum, mail_text from notice where id = ?", notice.getId());

    byte[] served = http.getForEntity("/api/notices/" + notice.getId(), byte[].class).getBody();
    MimeMessage mail;
    try (var eml = Files.newInputStream(
        outbox.resolve(number + "-reminder-1-2026-04-15-n" + notice.getId() + ".eml"))) {
      mail = new MimeMessage(Session.getInstance(new Properties()), eml);
    }
    Map<String, String> parts = new HashMap<>();
    collectTextParts(mail, parts);

    byte[] content = (byte[]) row.get("content");
    assertThat(PackedCopy.isPacked(content)).isTrue();
    assertThat(content.length).isLessThan(served.length / 3);
    assertThat(PackedCopy.isPacked((byte[]) row.get("mail_text"))).isTrue();
    assertThat(Notices.sha256(served)).isEqualTo(row.get("checksum"));
    assertThat(new String(served, StandardCharsets.UTF_8)).isEqualTo(parts.get("text/html"));
    assertThat(stored.findById(notice.getId()).orElseThrow().getMailText())
        .isEqualTo(parts.get("text/plain"))
        .contains(number);
  }

  private static void collectTextParts(Part part, Map<String, String> parts) throws Exception {
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        collectTextParts(multipart.getBodyPart(i), parts);
      }
    } else if (part.isMimeType("text/*")) {
      parts.put(part.getContentType().replaceAll(";.*", "").trim().toLowerCase(), (String) part.getContent());
    }
  }

  @Test
  void twoEmailsOfOneKindOnOneDayAreTwoFilesInTheOutboxEachAsSent() throws Exception {
    String number = register(Delivery.EMAIL);
    Notice first = send(number, NoticeKind.REMINDER_1, LocalDate.of(2026, 4, 29));
    Notice resent = send(number, NoticeKind.REMINDER_1, LocalDate.of(2026, 5, 6));

    assertThat(outbox.toFile().list((dir, name) -> name.startsWith(number))).hasSize(2);
    String one =
        Files.readString(
            outbox.resolve(number + "-reminder-1-2026-04-15-n" + first.getId() + ".eml"),
            StandardCharsets.UTF_8);
    String two =
        Files.readString(
            outbox.resolve(number + "-reminder-1-2026-04-15-n" + resent.getId() + ".eml"),
            StandardCharsets.UTF_8);
    // Each file carries its own notice's date to pay by (German format), not the other's.
    assertThat(one).contains("29. April 2026").doesNotContain("6. Mai 2026");
    assertThat(two).contains("6. Mai 2026").doesNotContain("29. April 2026");
  }

  @Test
  void aLettersCopyIsThePdf() {
    String number = register(Delivery.LETTER);
    Notice notice = send(number, NoticeKind.FINAL_NOTICE);

    var response = http.getForEntity("/api/notices/" + notice.getId(), byte[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(response.getBody()).isEqualTo(notice.content());
    assertThat(new String(response.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void anUnknownInvoiceOrNoticeIsAProblem404() {
    var invoice = http.getForEntity("/api/invoices/NO-SUCH-INVOICE/notices", String.class);
    assertThat(invoice.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(invoice.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(invoice.getBody()).contains("\"status\":404");

    var notice = http.getForEntity("/api/notices/987654321", String.class);
    assertThat(notice.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(notice.getHeaders().getContentType().toString()).startsWith("application/problem+json");
  }

  @Test
  void nobodyReadsANoticeWithoutLoggingIn() {
    String number = register(Delivery.EMAIL);
    Notice notice = send(number, NoticeKind.DUE_NOTICE);

    assertThat(anonymous.getForEntity("/api/notices/" + notice.getId(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            anonymous.getForEntity("/api/invoices/" + number + "/notices", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private Notice send(String number, NoticeKind kind) {
    return send(number, kind, LocalDate.of(2026, 4, 29));
  }

  private Notice send(String number, NoticeKind kind, LocalDate payBy) {
    return transaction.execute(
        status ->
            notices.send(invoices.findByNumber(number).orElseThrow(), kind, NoticeFacts.payBy(payBy)));
  }

  private String register(Delivery delivery) {
    String number = "API-" + UUID.randomUUID().toString().substring(0, 8);
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
                  Instant.now());
          customer.setDelivery(delivery);
          customer.setPostalAddress("Musterstraße 1\n10115 Berlin");
          customers.save(customer);
          invoices.save(
              new Invoice(
                  number,
                  customer,
                  LocalDate.of(2026, 3, 2),
                  LocalDate.of(2026, 4, 1),
                  Money.exact(new BigDecimal("980.00"), Currency.getInstance("EUR")),
                  Instant.now()));
        });
    return number;
  }
}
