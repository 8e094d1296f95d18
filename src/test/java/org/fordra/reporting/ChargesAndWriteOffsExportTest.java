package org.fordra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.ledger.Charge;
import org.fordra.ledger.ChargeRepository;
import org.fordra.ledger.ChargeType;
import org.fordra.ledger.Credit;
import org.fordra.ledger.CreditRepository;
import org.fordra.ledger.CreditType;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.money.Money;
import org.fordra.security.StaffAccounts;
import org.fordra.api.StaffGroups;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/** The month's charges (income) and write-offs (losses) for the books, as CSV, for a period. */
@FordraTest
class ChargesAndWriteOffsExportTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired InvoiceRepository invoices;
  @Autowired ChargeRepository charges;
  @Autowired CreditRepository credits;
  @Autowired TransactionTemplate transaction;

  String admin;

  @BeforeEach
  void today() {
    admin = StaffAccounts.ensureAdministrator(identity);
    StaffAccounts.ensure(identity, "exportcollector", StaffGroups.COLLECTORS);
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 5, 20).atTime(9, 0).toInstant(ZoneOffset.UTC)));
  }

  @Test
  void theBooksGetEachChargeAndWriteOffOfThePeriodOnce() {
    String number = "EXP-" + UUID.randomUUID().toString().substring(0, 8);
    String customer = post("/api/customers", """
        {"name": "=HYPERLINK(\\"x\\") Ltd", "type": "BUSINESS", "country": "GB", "language": "en",
         "email": "accounts@example.co.uk", "phone": "+44 20 7946 0958", "timeZone": "Europe/London"}""");
    long customerId = Long.parseLong(customer.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    post("/api/invoices", """
        {"number": "%s", "customerId": %d, "issueDate": "2026-03-01", "dueDate": "2026-03-31",
         "currency": "GBP", "amount": "2400.00"}""".formatted(number, customerId));
    transaction.executeWithoutResult(status -> {
      Invoice invoice = invoices.findByNumber(number).orElseThrow();
      charges.save(new Charge(invoice, ChargeType.FIXED_COMPENSATION, gbp("70.00"),
          "Late Payment of Commercial Debts (Interest) Act 1998 s. 5A", LocalDate.of(2026, 5, 4)));
      charges.save(new Charge(invoice, ChargeType.FIXED_COMPENSATION, gbp("1.00"),
          "outside the period", LocalDate.of(2026, 4, 30)));
      credits.save(new Credit(invoice, CreditType.WRITE_OFF, gbp("2470.00"),
          "Company dissolved", LocalDate.of(2026, 5, 18), "manager"));
    });

    String csv = get("/api/reports/charges?from=2026-05-01&to=2026-05-31", admin).getBody();

    List<String> lines = csv.lines().filter(line -> line.contains(number)).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("2026-05-04,CHARGE,FIXED_COMPENSATION,\"" + number + "\"")
        .contains(",GBP,70.00,").contains("\"'=HYPERLINK");
    assertThat(lines.get(1)).startsWith("2026-05-18,WRITE_OFF,WRITE_OFF,\"" + number + "\"")
        .contains(",GBP,2470.00,\"Company dissolved\"");
    assertThat(csv).startsWith("date,kind,type,invoice,customerNumber,customer,currency,amount,basis");
  }

  @Test
  void onlyTheAccountingSideExportsAndAPeriodMustMakeSense() {
    assertThat(get("/api/reports/charges", "exportcollector").getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> backwards = get("/api/reports/charges?from=2026-05-10&to=2026-05-01", admin);
    assertThat(backwards.getStatusCode().value()).isEqualTo(400);
    assertThat(backwards.getBody()).contains("from");
  }

  private static Money gbp(String amount) {
    return Money.exact(new BigDecimal(amount), java.util.Currency.getInstance("GBP"));
  }

  private String post(String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> answer = http.withBasicAuth(admin, StaffAccounts.PASSWORD)
        .postForEntity(path, new HttpEntity<>(body, headers), String.class);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
    return answer.getBody();
  }

  private ResponseEntity<String> get(String path, String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
    return http.withBasicAuth(user, StaffAccounts.PASSWORD)
        .exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
