package org.fordra.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.fordra.audit.AuditChain;
import org.fordra.audit.AuditChainCheck;
import org.fordra.security.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention job end to end on H2 (PostgreSQL: {@link RetentionJobOnPostgresTest}): a Swedish
 * customer whose last case closed in 2026 is kept to 31 December 2033 (bokföringslagen 7 kap.
 * 2 §) and erased on 1 January 2034, everywhere, with the audit chain still verifying; a German
 * customer (10 years, § 147 AO) and a customer with an open case stay as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// A database of its own: the job erases whatever is past retention, other classes' data too.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:fordra-retention;DB_CLOSE_DELAY=-1")
class RetentionJobTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired RetentionJob job;
  @Autowired AuditChainCheck chain;
  @Autowired RetentionRole retentionRole;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired DataSource database;

  @Value("${fordra.notices.outbox}")
  Path outbox;

  @Value("${fordra.agency.folder}")
  Path agencyFolder;

  final ObjectMapper json = new ObjectMapper();
  final String run = UUID.randomUUID().toString().substring(0, 8);
  String admin;

  @BeforeEach
  void signIn() {
    admin = StaffAccounts.ensureAdministrator(identity);
    on(LocalDate.of(2026, 5, 4));
  }

  @Test
  void aClosedCustomerPastRetentionIsPseudonymisedEverywhereAndTheTrailStillVerifies()
      throws Exception {
    long swede = customer("Kaffebaren AB", "SE");
    String paid = closedInvoice(swede, "SEK");
    CaseRecords records = new CaseRecords(jdbc);
    long noticeId = records.notice(paid, "ekonomi@kaffebaren.example",
        "<p>Dear Kaffebaren AB, ekonomi@kaffebaren.example</p>");
    // The e-mail's plain-text part, kept by the outbox to compose the mail.
    jdbc.update("update notice set mail_text = ? where id = ?",
        "Dear Kaffebaren AB".getBytes(StandardCharsets.UTF_8), noticeId);
    Files.createDirectories(outbox);
    Path copy = Files.writeString(outbox.resolve(paid + "-reminder-1-2026-05-04-n" + noticeId + ".eml"),
        "To: ekonomi@kaffebaren.example");
    Files.createDirectories(agencyFolder);
    Path agencyFile = Files.writeString(agencyFolder.resolve(paid + ".json"), "{\"name\": \"Kaffebaren AB\"}");
    records.callNotes(paid, "Spoke to Anna Berg, she pays Friday");
    records.dispute(paid, "Anna Berg says the delivery was late");
    records.preActionReply(paid, "Anna Berg is seeing a debt adviser");
    records.moratorium(swede, "BS-2026-0001");
    long german = customer("Bäckerei Korn GmbH", "DE");
    String germanPaid = closedInvoice(german, "EUR");
    long stillOwing = customer("Öppen Handel AB", "SE");
    String open = invoice(stillOwing, "SEK");
    assertThat(chain.problems(paid)).isEmpty();

    on(LocalDate.of(2033, 12, 31));
    assertThat(job.run()).doesNotContain(swede, german, stillOwing);
    assertThat(nameOf(swede)).isEqualTo("Kaffebaren AB");

    on(LocalDate.of(2034, 1, 1));
    List<Long> erased = job.run();

    assertThat(erased).contains(swede).doesNotContain(german, stillOwing);
    String pseudonym = PersonalDataErasure.pseudonymOf(swede);
    JsonNode customer = json.readTree(get("/api/customers/" + swede).getBody());
    assertThat(customer.path("name").asText()).isEqualTo(pseudonym);
    assertThat(customer.path("email").asText()).endsWith("@erased.invalid");
    assertThat(customer.path("phone").isNull() || customer.path("phone").isMissingNode()).isTrue();
    assertThat(jdbc.queryForObject("select postal_address from customer where id = ?", String.class, swede)).isNull();
    assertThat(jdbc.queryForList("select notes from contact_log_entry c join invoice i on i.id = c.invoice_id"
        + " where i.invoice_number = ?", String.class, paid)).containsOnlyNulls().isNotEmpty();
    assertThat(jdbc.queryForList("select reason from dispute d join invoice i on i.id = d.invoice_id"
        + " where i.invoice_number = ?", String.class, paid)).containsOnly("[erased]");
    assertThat(jdbc.queryForList("select notes from pre_action_reply r join invoice i on i.id = r.invoice_id"
        + " where i.invoice_number = ?", String.class, paid)).containsOnlyNulls().isNotEmpty();
    assertThat(jdbc.queryForList("select reference from moratorium where customer_id = ?", String.class, swede))
        .containsOnlyNulls().isNotEmpty();
    assertThat(new String(jdbc.queryForObject("select content from notice where id = ?", byte[].class, noticeId),
        StandardCharsets.UTF_8)).contains("erased").doesNotContain("kaffebaren");
    assertThat(jdbc.queryForObject("select recipient from notice where id = ?", String.class, noticeId))
        .isEqualTo(pseudonym);
    assertThat(jdbc.queryForObject("select mail_text from notice where id = ?", byte[].class, noticeId))
        .isNull();
    assertThat(copy).doesNotExist();
    assertThat(agencyFile).doesNotExist();
    List<String> details = details(paid);
    assertThat(details).last().asString().contains("PERSONAL_DATA_ERASED");
    assertThat(details.subList(0, details.size() - 1)).isNotEmpty()
        .allSatisfy(d -> assertThat(d).endsWith("[" + pseudonym + "]"));
    assertThat(String.join("\n", details)).doesNotContain("Kaffebaren", "Anna Berg");
    assertThat(chain.problems(paid)).isEmpty();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(paid).count()).isZero();

    assertThat(nameOf(german)).isEqualTo("Bäckerei Korn GmbH");
    assertThat(String.join("\n", details(germanPaid))).doesNotContain("Erased customer");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(germanPaid).count()).isPositive();
    assertThat(nameOf(stillOwing)).isEqualTo("Öppen Handel AB");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(open).count()).isPositive();

    assertThat(job.run()).as("erased once").doesNotContain(swede);
  }

  @Test
  void anOpenCaseIsNeverErasedHoweverOld() throws Exception {
    long customer = customer("Gammal Skuld AB", "SE");
    String open = invoice(customer, "SEK");

    on(LocalDate.of(2060, 1, 1));

    assertThat(job.run()).doesNotContain(customer);
    assertThat(nameOf(customer)).isEqualTo("Gammal Skuld AB");
    assertThat(details(open)).noneMatch(d -> d.contains("Erased customer"));
  }

  @Test
  void afterErasureAnyOtherChangeToTheTrailIsStillRefused() throws Exception {
    long customer = customer("Rättad Historik AB", "SE");
    String paid = closedInvoice(customer, "SEK");
    on(LocalDate.of(2034, 1, 1));
    assertThat(job.run()).contains(customer);
    long line = jdbc.queryForObject(
        "select min(id) from audit_entry where invoice_number = ?", Long.class, paid);

    assertThatThrownBy(() -> execute("update audit_entry set detail = 'rewritten' where id = " + line))
        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> execute("delete from audit_entry where id = " + line))
        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    // Even the retention job's identity may only pseudonymise, once: no other column (on
    // PostgreSQL its column grants refuse before the trigger does), no rerun.
    assertThatThrownBy(() -> asRetentionJob("update audit_entry set action = 'FORGED' where id = " + line))
        .rootCause().message().containsAnyOf("append-only", "permission denied");
    assertThatThrownBy(() -> asRetentionJob(
            "update audit_entry set detail = 'again', pseudonymised_at = occurred_at where id = " + line))
        .rootCause().hasMessageContaining("append-only");
    assertThat(chain.problems(paid)).isEmpty();
  }

  @Test
  void theChainNamesALineThatWasForgedOrThatFollowsAMissingOne() throws Exception {
    long customer = customer("Kedjan AB", "SE");
    String number = invoice(customer, "SEK");
    assertThat(chain.problems(number)).isEmpty();

    // Appending is allowed, so a forger appends: a detail that does not match its hash, and a
    // line that links to a line that does not exist.
    String last = jdbc.queryForObject("select max(entry_hash) from audit_entry where invoice_number = ?",
        String.class, number);
    insertLine(number, "forged detail", "0".repeat(64), last);
    insertLine(number, "orphan", AuditChain.detailHash("orphan"), "f".repeat(64));

    assertThat(chain.problems(number))
        .anyMatch(p -> p.contains("detail was changed"))
        .anyMatch(p -> p.contains("the line it follows is missing"));
  }

  // --- fixtures ---------------------------------------------------------------------------

  void on(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC)));
  }

  long customer(String name, String country) throws Exception {
    ResponseEntity<String> answer = post("/api/customers", """
        {"name": "%s", "type": "BUSINESS", "country": "%s", "language": "en",
         "email": "ekonomi@%s.example", "phone": "+46 8 555 010 20", "timeZone": "Europe/Stockholm",
         "delivery": "EMAIL_AND_LETTER", "postalAddress": "Storgatan 1, 111 22 Stockholm"}"""
        .formatted(name, country, name.split(" ")[0].toLowerCase()));
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
    return json.readTree(answer.getBody()).path("id").asLong();
  }

  String invoice(long customer, String currency) {
    String number = "RET-" + run + "-" + customer;
    ResponseEntity<String> answer = post("/api/invoices", """
        {"number": "%s", "customerId": %d, "issueDate": "2026-05-01", "dueDate": "2026-06-01",
         "currency": "%s", "amount": "1000.00"}""".formatted(number, customer, currency));
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
    return number;
  }

  String closedInvoice(long customer, String currency) throws Exception {
    String number = invoice(customer, currency);
    ResponseEntity<String> paid = post("/api/invoices/" + number + "/payments", """
        {"amount": "1000.00", "currency": "%s", "paidOn": "2026-05-04", "reference": "P-%s"}"""
        .formatted(currency, number));
    assertThat(paid.getStatusCode().value()).as(paid.getBody()).isEqualTo(201);
    // Whatever the payment left to run after its commit (continuations of the case).
    for (int round = 0; round < 5; round++) {
      for (var instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).list()) {
        for (Job due : management.createJobQuery().processInstanceId(instance.getId()).executable().list()) {
          management.executeJob(due.getId());
        }
      }
    }
    assertThat(json.readTree(get("/api/invoices/" + number).getBody()).path("status").asText())
        .isEqualTo("PAID");
    return number;
  }

  void insertLine(String invoice, String detail, String detailHash, String prevHash) {
    jdbc.update("insert into audit_entry (invoice_number, occurred_at, actor, action, detail,"
        + " detail_hash, prev_hash, entry_hash) values (?, ?, 'forger', 'NOTE', ?, ?, ?, ?)",
        invoice, Timestamp.from(ClockUtil.getCurrentTime().toInstant()), detail, detailHash,
        prevHash, AuditChain.entryHash(prevHash, invoice,
            ClockUtil.getCurrentTime().toInstant(), "forger", "NOTE", detailHash));
  }

  String nameOf(long customer) {
    return jdbc.queryForObject("select name from customer where id = ?", String.class, customer);
  }

  List<String> details(String invoice) {
    return jdbc.queryForList(
        "select action || ': ' || detail from audit_entry where invoice_number = ? order by id",
        String.class, invoice);
  }

  void execute(String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        var statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute(sql);
    }
  }

  void asRetentionJob(String sql) {
    transaction.executeWithoutResult(status -> retentionRole.run(asJob -> asJob.update(sql)));
  }

  ResponseEntity<String> post(String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(admin, StaffAccounts.PASSWORD)
        .postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> get(String path) {
    return http.withBasicAuth(admin, StaffAccounts.PASSWORD).getForEntity(path, String.class);
  }
}
