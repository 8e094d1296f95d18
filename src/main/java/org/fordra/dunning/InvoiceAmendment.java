package org.fordra.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fordra.api.InvalidField.FieldError;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.DunningStage;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccount;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.money.Money;
import org.springframework.stereotype.Component;

/**
 * The books changed an invoice's figures before any payment: the new amount and dates replace
 * the old ones, recorded in the audit trail. Charges already booked stay as booked; later notices
 * and charges are computed from the new figures, as every step reads them from the invoice.
 *
 * <p>A changed due date moves the dunning ladder only while the case still waits for its first
 * notice: once a customer was told a due date, a different one must come as a new invoice or a
 * credit. The waiting timer is replaced by process instance modification, so the case waits for
 * the new date exactly as a case registered with it would.
 */
@Component
public class InvoiceAmendment {

  /** The timers a case waits at before its first notice (processes/collections.bpmn). */
  private static final Set<String> FIRST_TIMERS = Set.of("PreDueReminderDue", "DueDateReached");

  private static final String LADDER_START = "StepDone";

  private final InvoiceAccounts accounts;
  private final DunningSchedule schedule;
  private final CaseSchedule caseSchedule;
  private final RuntimeService runtime;
  private final AuditTrail audit;

  InvoiceAmendment(
      InvoiceAccounts accounts,
      DunningSchedule schedule,
      CaseSchedule caseSchedule,
      RuntimeService runtime,
      AuditTrail audit) {
    this.accounts = accounts;
    this.schedule = schedule;
    this.caseSchedule = caseSchedule;
    this.runtime = runtime;
    this.audit = audit;
  }

  /** Why the invoice cannot take these figures; empty when it can. Changes nothing. */
  public List<FieldError> refusals(
      Invoice invoice, Money principal, LocalDate issueDate, LocalDate dueDate) {
    List<FieldError> refusals = new ArrayList<>();
    if (invoice.isClosed()) {
      refusals.add(
          new FieldError(
              "number",
              "invoice " + invoice.getNumber() + " is " + invoice.getStatus()
                  + "; its figures can no longer change"));
      return refusals;
    }
    InvoiceAccount account = accounts.of(invoice);
    if (account.paid().isPositive()) {
      refusals.add(
          new FieldError(
              "amount",
              "invoice " + invoice.getNumber() + " already has payments of " + account.paid()
                  + "; changed figures must come as a credit row (type CREDIT)"));
      return refusals;
    }
    if (principal.compareTo(account.totalCredits()) < 0) {
      refusals.add(
          new FieldError(
              "amount", "is less than the " + account.totalCredits() + " already credited"));
    }
    boolean datesChange =
        !issueDate.equals(invoice.getIssueDate()) || !dueDate.equals(invoice.getDueDate());
    if (datesChange && !waitsForFirstNotice(invoice)) {
      refusals.add(
          new FieldError(
              "dueDate",
              "can no longer change: the case is past its first notice (stage "
                  + invoice.getStage() + ", status " + invoice.getStatus() + ")"));
    }
    return refusals;
  }

  /** Applies figures {@link #refusals} found nothing against, in the caller's transaction. */
  public void amend(Invoice invoice, Money principal, LocalDate issueDate, LocalDate dueDate) {
    amend(invoice, principal, issueDate, dueDate, "Amended by the books");
  }

  /** The same, saying on the trail who amended it ("Corrected on the invoice page"). */
  public void amend(
      Invoice invoice, Money principal, LocalDate issueDate, LocalDate dueDate, String how) {
    String before = figures(invoice.principal(), invoice.getIssueDate(), invoice.getDueDate());
    boolean datesChange =
        !issueDate.equals(invoice.getIssueDate()) || !dueDate.equals(invoice.getDueDate());
    invoice.amend(principal, issueDate, dueDate);
    audit.record(
        invoice.getNumber(),
        "INVOICE_AMENDED",
        how + ": " + before + " -> " + figures(principal, issueDate, dueDate));
    if (datesChange) {
      replan(invoice);
    }
  }

  private boolean waitsForFirstNotice(Invoice invoice) {
    return invoice.getStatus() == InvoiceStatus.OPEN
        && invoice.getStage() == DunningStage.NONE
        && firstTimer(invoice) != null;
  }

  /** The case's new ladder from the new dates, and its wait restarted at the start of the ladder. */
  private void replan(Invoice invoice) {
    ActivityInstance timer = firstTimer(invoice);
    if (timer == null) {
      throw new IllegalStateException("case of " + invoice.getNumber() + " waits at no first timer");
    }
    DunningSchedule.Plan plan = schedule.plan(invoice);
    String processInstanceId = timer.getProcessInstanceId();
    Map<String, Object> variables = new HashMap<>();
    if (runtime.getVariable(processInstanceId, CollectionsProcess.VAR_STEP_ORDER) != null) {
      // A case planned before the schedule had its table keeps it in variables.
      plan.dates().forEach((step, date) -> variables.put(step.dateVariable(), date));
      variables.put(
          CollectionsProcess.VAR_STEP_ORDER,
          plan.order().stream().map(Enum::name).collect(Collectors.joining(",")));
    } else {
      caseSchedule.save(invoice.getNumber(), plan);
    }
    variables.put(CollectionsProcess.VAR_NEXT_STEP, plan.order().get(0).name());
    runtime.setVariables(processInstanceId, variables);
    runtime
        .createProcessInstanceModification(processInstanceId)
        .startBeforeActivity(LADDER_START, timer.getParentActivityInstanceId())
        .cancelActivityInstance(timer.getId())
        .execute(true, true);
    String steps =
        plan.order().stream()
            .map(step -> step + " " + plan.dates().get(step).toInstant())
            .collect(Collectors.joining(", "));
    audit.record(
        invoice.getNumber(),
        AuditTrail.SYSTEM,
        "SCHEDULE_PLANNED",
        "Dunning schedule planned again for the amended dates: " + steps);
  }

  private ActivityInstance firstTimer(Invoice invoice) {
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(CollectionsProcess.PROCESS_KEY)
            .processInstanceBusinessKey(invoice.getNumber())
            .singleResult();
    if (instance == null) {
      return null;
    }
    return find(runtime.getActivityInstance(instance.getId()));
  }

  private static ActivityInstance find(ActivityInstance node) {
    if (node == null) {
      return null;
    }
    if (FIRST_TIMERS.contains(node.getActivityId())) {
      return node;
    }
    for (ActivityInstance child : node.getChildActivityInstances()) {
      ActivityInstance found = find(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static String figures(Money principal, LocalDate issueDate, LocalDate dueDate) {
    return principal.currency().getCurrencyCode() + " " + principal + ", issued " + issueDate
        + ", due " + dueDate;
  }
}
