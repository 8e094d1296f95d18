package org.fordra.privacy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.fordra.audit.AuditChain;
import org.fordra.audit.AuditTrail;
import org.fordra.dunning.agency.AgencyHandover;
import org.fordra.notices.OutboxCopies;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces one customer's personal data by a stable pseudonym once the books no longer need it
 * (GDPR art. 5(1)(e) storage limitation, art. 17(3)(b): kept only as long as the law of the books
 * requires). What stays is what the books are: amounts, dates, statuses, invoice numbers, the
 * customer's number in the books. What goes: name, e-mail, phone, postal address, call notes,
 * dispute and resolution texts, credit reasons, payers' names and remittance texts, the stored
 * notices (their text becomes a note of the erasure; outbox copies and agency case files are
 * deleted), the details of
 * the audit trail (pseudonymised under the retention role; the hash chain still verifies), and
 * the engine's history of the cases (process variables such as call notes).
 */
@Component
class PersonalDataErasure {

  static final String ERASED = "[erased]";

  private final JdbcTemplate jdbc;
  private final RetentionRole retentionRole;
  private final HistoryService history;
  private final AuditTrail audit;
  private final OutboxCopies outbox;
  private final AgencyHandover agency;
  private final Clock clock;

  PersonalDataErasure(
      JdbcTemplate jdbc,
      RetentionRole retentionRole,
      HistoryService history,
      AuditTrail audit,
      OutboxCopies outbox,
      AgencyHandover agency,
      Clock clock) {
    this.jdbc = jdbc;
    this.retentionRole = retentionRole;
    this.history = history;
    this.audit = audit;
    this.outbox = outbox;
    this.agency = agency;
    this.clock = clock;
  }

  /** The pseudonym a customer keeps for good: the same every time, and no way back to them. */
  static String pseudonymOf(long customerId) {
    return "Erased customer " + AuditChain.sha256("fordra-customer:" + customerId).substring(0, 12);
  }

  /** Erases the customer's personal data; false if it already was (another node, a rerun). */
  @Transactional
  public boolean erase(long customerId) {
    String pseudonym = pseudonymOf(customerId);
    Timestamp now = Timestamp.from(clock.instant());
    int customer =
        jdbc.update(
            "update customer set name = ?, email = ?, phone = null, postal_address = null,"
                + " erased_at = ? where id = ? and erased_at is null",
            pseudonym, pseudonym.replace(' ', '.').toLowerCase() + "@erased.invalid", now,
            customerId);
    if (customer == 0) {
      return false;
    }
    String ofCustomer = "invoice_id in (select id from invoice where customer_id = ?)";
    jdbc.update("update contact_log_entry set notes = null where " + ofCustomer, customerId);
    jdbc.update(
        "update dispute set reason = ?, resolution_notes = case when resolution_notes is null"
            + " then null else ? end where " + ofCustomer,
        ERASED, ERASED, customerId);
    jdbc.update("update credit set reason = ? where " + ofCustomer, ERASED, customerId);
    jdbc.update("update credit_on_account set note = null where customer_id = ?", customerId);
    jdbc.update("update pre_action_reply set notes = null where " + ofCustomer, customerId);
    // The Insolvency Service's reference identifies the debtor's moratorium (and, for a mental
    // health crisis one, touches health data, GDPR art. 9): it goes; kind and dates stay.
    jdbc.update("update moratorium set reference = null where customer_id = ?", customerId);
    jdbc.update(
        "update statement_entry set payer = null, remittance_text = null, resolution_notes = null"
            + " where id in (select statement_entry_id from payment where " + ofCustomer + ")"
            + " or id in (select statement_entry_id from credit_on_account where customer_id = ?)",
        customerId, customerId);
    List<Long> notices = eraseNotices(customerId, pseudonym);
    List<String> invoices =
        jdbc.queryForList(
            "select invoice_number from invoice where customer_id = ? order by id",
            String.class, customerId);
    retentionRole.run(
        asRetentionJob -> {
          for (String invoice : invoices) {
            asRetentionJob.update(
                "update audit_entry set detail = ?, pseudonymised_at = ?"
                    + " where invoice_number = ? and pseudonymised_at is null",
                "[" + pseudonym + "]", now, invoice);
          }
        });
    deleteEngineHistory(invoices);
    for (String invoice : invoices) {
      audit.record(
          invoice, AuditTrail.SYSTEM, "PERSONAL_DATA_ERASED",
          "Retention period ended: the customer's personal data was replaced by the pseudonym "
              + pseudonym + ".");
    }
    outbox.delete(notices);
    invoices.forEach(agency::forget);
    return true;
  }

  private List<Long> eraseNotices(long customerId, String pseudonym) {
    List<Long> ids =
        jdbc.queryForList(
            "select n.id from notice n join invoice i on i.id = n.invoice_id"
                + " where i.customer_id = ?",
            Long.class, customerId);
    String note =
        "This notice was erased when the retention period of the books ended; it was sent to "
            + pseudonym + ".";
    String checksum = AuditChain.sha256(note);
    for (Long id : ids) {
      jdbc.update(
          "update notice set recipient = ?, subject = ?, content_type = ?, content = ?,"
              + " checksum = ?, mail_text = null where id = ?",
          pseudonym, ERASED, "text/plain;charset=UTF-8", note.getBytes(StandardCharsets.UTF_8),
          checksum, id);
    }
    return ids;
  }

  /** The cases' engine history (and their payment plans'), variables and task notes with it. */
  private void deleteEngineHistory(List<String> invoices) {
    List<String> ids = new ArrayList<>();
    for (String invoice : invoices) {
      for (HistoricProcessInstance instance :
          history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(invoice).list()) {
        ids.add(instance.getId());
        history.createHistoricProcessInstanceQuery()
            .superProcessInstanceId(instance.getId())
            .list()
            .forEach(child -> ids.add(child.getId()));
      }
    }
    if (!ids.isEmpty()) {
      history.deleteHistoricProcessInstancesIfExists(ids);
    }
  }

}
