package org.fordra.dunning.contact;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fordra.dunning.CaseSchedule;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.DunningStep;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.notices.CarriedInvoices;
import org.fordra.notices.NoticeKind;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Several overdue invoices of one customer in the same week get one notice rather than several.
 * When an invoice's overdue notice goes out, the customer's other open invoices waiting for a
 * notice of the same level within 7 days either side ride along with it; each such invoice's own
 * notice of that level is then covered and not sent again.
 *
 * <p>The seam for the notices side is {@link #alsoCovered(Invoice, NoticeKind)}: the invoices a
 * notice must list beside its own.
 */
@Component
public class CombinedNotices implements CarriedInvoices {

  static final Duration SAME_WEEK = Duration.ofDays(7);

  /**
   * The overdue levels that combine, and the timer each waits at. Not the pre-due reminder (not
   * overdue) and not the final notice: it carries a per-invoice legal deadline and, in NL and NO,
   * a prescribed letter (veertiendagenbrief, inkassovarsel) per claim.
   */
  static final Map<DunningStep, String> COMBINABLE =
      Map.of(
          DunningStep.DUE_NOTICE, "DueDateReached",
          DunningStep.REMINDER_1, "Reminder1Due",
          DunningStep.REMINDER_2, "Reminder2Due");

  private final InvoiceRepository invoices;
  private final CaseSchedule schedule;
  private final NoticeCoverages coverages;
  private final RuntimeService runtime;
  private final EntityManager entities;

  CombinedNotices(
      InvoiceRepository invoices,
      NoticeCoverages coverages,
      RuntimeService runtime,
      EntityManager entities,
      CaseSchedule schedule) {
    this.invoices = invoices;
    this.schedule = schedule;
    this.coverages = coverages;
    this.runtime = runtime;
    this.entities = entities;
  }

  /**
   * The other invoices whose notice of this kind rides along with {@code carrier}'s notice, oldest
   * decision first; empty for a notice that stands alone. The notices side lists them (number, due
   * date, what is owed on each) and states the total owed across all of them.
   */
  @Override
  public List<Invoice> alsoCovered(Invoice carrier, NoticeKind kind) {
    if (!combines(kind.name())) {
      return List.of();
    }
    return coverages.findByCarrierInvoiceIdAndKindOrderByIdAsc(carrier.getId(), kind.name()).stream()
        .map(c -> invoices.findById(c.getInvoiceId()).orElseThrow())
        .toList();
  }

  /**
   * The invoice whose notice carries {@code invoice}'s notice for this step, if any: one that has
   * sent it, or whose case is still running and will. A carrier paid or disputed before its
   * notice went out carries nothing, and the invoice sends its own.
   */
  public Optional<Invoice> coveredBy(Invoice invoice, DunningStep step) {
    if (!combines(step.name())) {
      return Optional.empty();
    }
    return coverages
        .findFirstByInvoiceIdAndKind(invoice.getId(), step.name())
        .map(c -> invoices.findById(c.getCarrierInvoiceId()).orElseThrow())
        .filter(carrier -> hasSent(carrier, step) || caseOf(carrier) != null);
  }

  /**
   * Whether notices of this step or kind combine at all: only those are ever covered (the others
   * are never asked of the database, on every step).
   */
  private static boolean combines(String stepOrKind) {
    return COMBINABLE.keySet().stream().anyMatch(step -> step.name().equals(stepOrKind));
  }

  private boolean hasSent(Invoice carrier, DunningStep step) {
    return entities
            .createQuery(
                "select count(n) from Notice n where n.invoice.id = :invoice and n.kind = :kind",
                Long.class)
            .setParameter("invoice", carrier.getId())
            .setParameter("kind", NoticeKind.valueOf(step.name()))
            .getSingleResult()
        > 0;
  }

  private ProcessInstance caseOf(Invoice invoice) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(CollectionsProcess.PROCESS_KEY)
        .processInstanceBusinessKey(invoice.getNumber())
        .active()
        .singleResult();
  }

  /**
   * Decides which of the customer's other invoices ride along with {@code carrier}'s notice for
   * {@code step} and records that their own notice of that level is covered.
   */
  List<Invoice> combineWith(Invoice carrier, DunningStep step, Instant now) {
    if (!COMBINABLE.containsKey(step)) {
      return List.of();
    }
    List<Invoice> riders = new ArrayList<>();
    for (Invoice other :
        invoices.search(InvoiceStatus.OPEN, carrier.getCustomer().getId(), Pageable.unpaged())) {
      if (other.getId().equals(carrier.getId())
          || coverages.findFirstByInvoiceIdAndKind(other.getId(), step.name()).isPresent()
          || !waitsForTheSameNoticeThisWeek(other, step, now)) {
        continue;
      }
      coverages.save(new NoticeCoverage(other.getId(), step.name(), carrier.getId(), now));
      riders.add(other);
    }
    return riders;
  }

  /**
   * True when the invoice's case is waiting for this very step (at the step's date, or deferred
   * by the contact rules) and the step falls within a week of now. A case already past its gate
   * sends its own notice.
   */
  private boolean waitsForTheSameNoticeThisWeek(Invoice invoice, DunningStep step, Instant now) {
    ProcessInstance instance = caseOf(invoice);
    if (instance == null
        || !step.name().equals(runtime.getVariable(instance.getId(), CollectionsProcess.VAR_NEXT_STEP))) {
      return false;
    }
    Date when = schedule.date(invoice.getNumber(), step.dateVariable())
        .orElseGet(() -> (Date) runtime.getVariable(instance.getId(), step.dateVariable()));
    if (when == null
        || when.toInstant().isBefore(now.minus(SAME_WEEK))
        || when.toInstant().isAfter(now.plus(SAME_WEEK))) {
      return false;
    }
    List<String> waitingAt = runtime.getActiveActivityIds(instance.getId());
    return waitingAt.contains(COMBINABLE.get(step)) || waitingAt.contains(ContactGate.WAIT);
  }
}
