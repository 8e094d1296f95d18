package org.fordra.privacy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records of a case that hold personal data, written straight to the tables, dated now by the
 * engine clock: what the erasure must clear and the export must show, without walking the whole
 * lifecycle to produce each.
 */
final class CaseRecords {

  private final JdbcTemplate jdbc;

  CaseRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long notice(String invoice, String recipient, String text) {
    jdbc.update("insert into notice (invoice_id, kind, channel, language, recipient, subject,"
        + " content_type, content, checksum, sent_at) select id, 'REMINDER_1', 'EMAIL', 'en', ?,"
        + " 'Reminder', 'text/html', ?, 'x', ? from invoice where invoice_number = ?",
        recipient, text.getBytes(StandardCharsets.UTF_8), now(), invoice);
    return jdbc.queryForObject("select max(id) from notice", Long.class);
  }

  void callNotes(String invoice, String notes) {
    jdbc.update("insert into contact_log_entry (invoice_id, channel, outcome, notes, agent, occurred_at)"
        + " select id, 'PHONE', 'PROMISE_TO_PAY', ?, 'collector', ? from invoice where invoice_number = ?",
        notes, now(), invoice);
  }

  void dispute(String invoice, String reason) {
    jdbc.update("insert into dispute (invoice_id, reason, raised_at, raised_by)"
        + " select id, ?, ?, 'sales' from invoice where invoice_number = ?",
        reason, now(), invoice);
  }

  void charge(String invoice, String amount, String basis, LocalDate on) {
    jdbc.update("insert into charge (invoice_id, type, amount, basis, charged_on)"
        + " select id, 'REMINDER_FEE', cast(? as numeric(19,4)), ?, ? from invoice where invoice_number = ?",
        amount, basis, on, invoice);
  }

  void credit(String invoice, String amount, String reason, LocalDate on) {
    jdbc.update("insert into credit (invoice_id, type, amount, reason, credited_on, credited_by)"
        + " select id, 'DISPUTE_CREDIT', cast(? as numeric(19,4)), ?, ?, 'sales' from invoice"
        + " where invoice_number = ?",
        amount, reason, on, invoice);
  }

  void paymentPlan(String invoice, LocalDate agreedOn) {
    jdbc.update("insert into payment_plan (invoice_id, agreed_on, outcome)"
        + " select id, ?, 'ACTIVE' from invoice where invoice_number = ?", agreedOn, invoice);
  }

  void preActionReply(String invoice, String notes) {
    jdbc.update("insert into pre_action_reply (invoice_id, received_on, disputes_debt, seeking_advice,"
        + " wants_to_pay, notes, recorded_by, recorded_at)"
        + " select id, ?, false, true, true, ?, 'collector', ? from invoice where invoice_number = ?",
        LocalDate.ofInstant(now().toInstant(), ZoneOffset.UTC), notes, now(), invoice);
  }

  void moratorium(long customerId, String reference) {
    jdbc.update("insert into moratorium (customer_id, kind, starts_on, ends_on, reference,"
        + " recorded_by, recorded_at) values (?, 'STANDARD', ?, ?, ?, 'manager', ?)",
        customerId, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 6), reference, now());
  }

  private static Timestamp now() {
    return Timestamp.from(ClockUtil.getCurrentTime().toInstant());
  }
}
