package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.fordra.audit.AuditEntry;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.Customer;
import org.fordra.invoice.Invoice;
import org.fordra.notices.Notice;
import org.fordra.notices.NoticeKind;
import org.fordra.notices.NoticeRepository;
import org.junit.jupiter.api.Test;

/**
 * The escalation form's summary of what the customer promised and did not keep: broken promises
 * (each got a notice) and broken plans (each is on the trail), counted, with the last day of each
 * in the customer's time zone.
 */
class BrokenCommitmentsBriefingTest {

  NoticeRepository notices = mock(NoticeRepository.class);
  AuditTrail audit = mock(AuditTrail.class);
  TaskBriefing briefing =
      new TaskBriefing(null, null, notices, null, audit, null, Clock.systemUTC());
  Invoice invoice = invoice();
  DelegateTask task = mock(DelegateTask.class);

  @Test
  void twoBrokenPromisesAndABrokenPlanAreCountedWithTheirLastDays() {
    List<Notice> sent =
        List.of(
            notice(NoticeKind.BROKEN_PROMISE, "2026-04-02T08:00:00Z"),
            notice(NoticeKind.REMINDER_2, "2026-04-10T08:00:00Z"),
            // 23:30 UTC is already 13 May in Stockholm (UTC+2).
            notice(NoticeKind.BROKEN_PROMISE, "2026-05-12T23:30:00Z"));
    List<AuditEntry> trail =
        List.of(entry("PLAN_AGREED", "2026-03-01T09:00:00Z"), entry("PLAN_BROKEN", "2026-03-20T09:00:00Z"));
    when(notices.findByInvoiceIdOrderByIdAsc(7L)).thenReturn(sent);
    when(audit.of("F-7")).thenReturn(trail);

    briefing.describeBrokenCommitments(task, invoice);

    verify(task)
        .setVariableLocal(
            TaskBriefing.BROKEN_COMMITMENTS,
            "- Promises to pay broken: 2 (the last noticed 2026-05-13)\n"
                + "- Payment plans broken: 1 (the last 2026-03-20)");
  }

  @Test
  void nothingBrokenSaysSo() {
    when(notices.findByInvoiceIdOrderByIdAsc(7L)).thenReturn(List.of());
    List<AuditEntry> trail = List.of(entry("PLAN_KEPT", "2026-03-20T09:00:00Z"));
    when(audit.of("F-7")).thenReturn(trail);

    briefing.describeBrokenCommitments(task, invoice);

    verify(task)
        .setVariableLocal(
            TaskBriefing.BROKEN_COMMITMENTS, "No promise to pay or payment plan was broken.");
  }

  private static Invoice invoice() {
    Customer customer = mock(Customer.class);
    when(customer.timeZone()).thenReturn(ZoneId.of("Europe/Stockholm"));
    Invoice invoice = mock(Invoice.class);
    when(invoice.getId()).thenReturn(7L);
    when(invoice.getNumber()).thenReturn("F-7");
    when(invoice.getCustomer()).thenReturn(customer);
    return invoice;
  }

  private static Notice notice(NoticeKind kind, String sentAt) {
    Notice notice = mock(Notice.class);
    when(notice.getKind()).thenReturn(kind);
    when(notice.getSentAt()).thenReturn(Instant.parse(sentAt));
    return notice;
  }

  private static AuditEntry entry(String action, String at) {
    AuditEntry entry = mock(AuditEntry.class);
    when(entry.getAction()).thenReturn(action);
    when(entry.getAt()).thenReturn(Instant.parse(at));
    return entry;
  }
}
