package org.fordra.privacy;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.fordra.money.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Everything Fordra holds about one customer, for the customer's right of access (GDPR art. 15)
 * and to data portability (art. 20): the customer record and, per invoice, its payments,
 * charges, credits, payment plans, the notices sent, the contacts and call notes, the disputes,
 * the replies to a Letter of Claim and the audit trail; the credit held on account and the
 * Breathing Space moratoria recorded. Amounts at their currency's scale.
 */
@Component
class PersonalDataExport {

  record Export(
      Instant exportedAt,
      String legalBasis,
      CustomerRecord customer,
      List<InvoiceRecord> invoices,
      List<CreditOnAccountRecord> creditsOnAccount,
      List<MoratoriumRecord> moratoria) {}

  record CustomerRecord(
      long id, String customerNumber, String name, String type, String country, String language,
      String email, String phone, String timeZone, String delivery, String postalAddress,
      boolean soleTrader, String region, Instant createdAt, Instant erasedAt) {}

  record InvoiceRecord(
      String number, String status, String stage, LocalDate issueDate, LocalDate dueDate,
      String currency, String principal, String paymentReference, List<PaymentRecord> payments,
      List<ChargeRecord> charges, List<CreditRecord> credits, List<PlanRecord> paymentPlans,
      List<NoticeRecord> notices, List<ContactRecord> contacts, List<DisputeRecord> disputes,
      List<PreActionReplyRecord> preActionReplies, List<AuditRecord> audit) {}

  record PaymentRecord(
      String amount, LocalDate paidOn, String reference, Instant bookedAt, LocalDate reversedOn) {}

  record ChargeRecord(String type, String amount, String basis, LocalDate chargedOn) {}

  record CreditRecord(String type, String amount, String reason, LocalDate creditedOn) {}

  record PlanRecord(LocalDate agreedOn, String outcome) {}

  record NoticeRecord(
      long id, String kind, String channel, String language, String recipient, String subject,
      Instant sentAt) {}

  record ContactRecord(String channel, String outcome, String notes, String agent, Instant at) {}

  record DisputeRecord(
      String reason, Instant raisedAt, String raisedBy, String resolution, String resolutionNotes,
      Instant resolvedAt) {}

  record AuditRecord(Instant at, String actor, String action, String detail) {}

  /** What the debtor answered on a Letter of Claim's Reply Form (Pre-Action Protocol). */
  record PreActionReplyRecord(
      LocalDate receivedOn, boolean disputesDebt, boolean seekingAdvice, boolean wantsToPay,
      String notes) {}

  /** A Breathing Space moratorium recorded on the customer (SI 2020/1311). */
  record MoratoriumRecord(
      String kind, LocalDate startsOn, LocalDate endsOn, String reference, Instant recordedAt) {}

  record CreditOnAccountRecord(
      String currency, String amount, String source, String status, LocalDate createdOn,
      String note) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  PersonalDataExport(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<Export> of(long customerId) {
    List<CustomerRecord> customer =
        jdbc.query(
            "select * from customer where id = ?",
            (r, n) ->
                new CustomerRecord(
                    r.getLong("id"), r.getString("customer_number"), r.getString("name"),
                    r.getString("type"), r.getString("country"), r.getString("language"),
                    r.getString("email"), r.getString("phone"), r.getString("time_zone"),
                    r.getString("delivery"), r.getString("postal_address"),
                    r.getBoolean("sole_trader"), r.getString("region"),
                    instant(r, "created_at"), instant(r, "erased_at")),
            customerId);
    if (customer.isEmpty()) {
      return Optional.empty();
    }
    List<InvoiceRecord> invoices =
        jdbc.query(
            "select * from invoice where customer_id = ? order by id",
            (r, n) -> invoice(r),
            customerId);
    List<CreditOnAccountRecord> onAccount =
        jdbc.query(
            "select * from credit_on_account where customer_id = ? order by id",
            (r, n) ->
                new CreditOnAccountRecord(
                    r.getString("currency"), amount(r, "amount", r.getString("currency")),
                    r.getString("source"), r.getString("status"), date(r, "created_on"),
                    r.getString("note")),
            customerId);
    List<MoratoriumRecord> moratoria =
        jdbc.query(
            "select * from moratorium where customer_id = ? order by id",
            (r, n) ->
                new MoratoriumRecord(
                    r.getString("kind"), date(r, "starts_on"), date(r, "ends_on"),
                    r.getString("reference"), instant(r, "recorded_at")),
            customerId);
    return Optional.of(
        new Export(
            clock.instant(), "GDPR art. 15 (access) and art. 20 (portability)", customer.get(0),
            invoices, onAccount, moratoria));
  }

  private InvoiceRecord invoice(ResultSet r) throws SQLException {
    long id = r.getLong("id");
    String number = r.getString("invoice_number");
    String currency = r.getString("currency");
    return new InvoiceRecord(
        number, r.getString("status"), r.getString("stage"), date(r, "issue_date"),
        date(r, "due_date"), currency, amount(r, "principal", currency),
        r.getString("payment_reference"),
        of("select * from payment where invoice_id = ? order by id", id,
            (p, n) -> new PaymentRecord(amount(p, "amount", currency), date(p, "paid_on"),
                p.getString("reference"), instant(p, "booked_at"), date(p, "reversed_on"))),
        of("select * from charge where invoice_id = ? order by id", id,
            (c, n) -> new ChargeRecord(c.getString("type"), amount(c, "amount", currency),
                c.getString("basis"), date(c, "charged_on"))),
        of("select * from credit where invoice_id = ? order by id", id,
            (c, n) -> new CreditRecord(c.getString("type"), amount(c, "amount", currency),
                c.getString("reason"), date(c, "credited_on"))),
        of("select * from payment_plan where invoice_id = ? order by id", id,
            (p, n) -> new PlanRecord(date(p, "agreed_on"), p.getString("outcome"))),
        of("select * from notice where invoice_id = ? order by id", id,
            (m, n) -> new NoticeRecord(m.getLong("id"), m.getString("kind"),
                m.getString("channel"), m.getString("language"), m.getString("recipient"),
                m.getString("subject"), instant(m, "sent_at"))),
        of("select * from contact_log_entry where invoice_id = ? order by id", id,
            (c, n) -> new ContactRecord(c.getString("channel"), c.getString("outcome"),
                c.getString("notes"), c.getString("agent"), instant(c, "occurred_at"))),
        of("select * from dispute where invoice_id = ? order by id", id,
            (d, n) -> new DisputeRecord(d.getString("reason"), instant(d, "raised_at"),
                d.getString("raised_by"), d.getString("resolution"),
                d.getString("resolution_notes"), instant(d, "resolved_at"))),
        of("select * from pre_action_reply where invoice_id = ? order by id", id,
            (p, n) -> new PreActionReplyRecord(date(p, "received_on"),
                p.getBoolean("disputes_debt"), p.getBoolean("seeking_advice"),
                p.getBoolean("wants_to_pay"), p.getString("notes"))),
        jdbc.query("select * from audit_entry where invoice_number = ? order by id",
            (a, n) -> new AuditRecord(instant(a, "occurred_at"), a.getString("actor"),
                a.getString("action"), a.getString("detail")),
            number));
  }

  private <T> List<T> of(String sql, long invoiceId, RowMapper<T> rows) {
    return jdbc.query(sql, rows, invoiceId);
  }

  private static String amount(ResultSet r, String column, String currency) throws SQLException {
    BigDecimal amount = r.getBigDecimal(column);
    return amount == null ? null : Money.rounded(amount, Currency.getInstance(currency)).toString();
  }

  private static LocalDate date(ResultSet r, String column) throws SQLException {
    var date = r.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  private static Instant instant(ResultSet r, String column) throws SQLException {
    Timestamp at = r.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
