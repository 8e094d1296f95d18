package org.fordra.fees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.fordra.audit.AuditTrail;
import org.fordra.breathingspace.Moratoria;
import org.fordra.customer.Customer;
import org.fordra.dunning.Claims;
import org.fordra.dunning.PaymentDeadlines;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.Charge;
import org.fordra.ledger.ChargeRepository;
import org.fordra.notices.NoticeKind;
import org.springframework.stereotype.Component;

/**
 * Books the charges that arise at a dunning step, before the step's notice goes out so the notice
 * shows them. Attached in the BPMN as a start listener ({@code ${bookCharges}}) on the send tasks
 * and the agency handover. The step is the task's {@code noticeKind} property (REMINDER_1,
 * ...), or the handover. Policy ({@link FeePolicy}) picks the charges, the customer's law caps
 * them, and every booked charge is written to the audit trail. Runs inside the step's job: if the step fails, the
 * charges roll back with it and are booked once when the job is retried.
 */
@Component("bookCharges")
class BookCharges implements ExecutionListener {

  static final String HANDOVER_ACTIVITY = "HandOverToAgency";

  private final Claims claims;
  private final ClaimFacts facts;
  private final Jurisdictions jurisdictions;
  private final FeePolicy policy;
  private final ChargeRepository charges;
  private final AuditTrail audit;
  private final Clock clock;
  private final MissingRates missingRates;
  private final PaymentDeadlines deadlines;
  private final Moratoria moratoria;

  BookCharges(
      Claims claims,
      ClaimFacts facts,
      Jurisdictions jurisdictions,
      FeePolicy policy,
      ChargeRepository charges,
      AuditTrail audit,
      Clock clock,
      MissingRates missingRates,
      PaymentDeadlines deadlines,
      Moratoria moratoria) {
    this.moratoria = moratoria;
    this.missingRates = missingRates;
    this.deadlines = deadlines;
    this.claims = claims;
    this.facts = facts;
    this.jurisdictions = jurisdictions;
    this.policy = policy;
    this.charges = charges;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Optional<FeeOccasion> occasion = occasionOf(execution);
    if (occasion.isEmpty()) {
      return;
    }
    Invoice invoice = claims.of(execution);
    LocalDate today = LocalDate.now(clock.withZone(invoice.getCustomer().timeZone()));
    // The deadline the notice about to go out will print: Norwegian fees depend on it.
    Optional<LocalDate> deadline =
        occasion.get().isWrittenReminder()
            ? deadlines.lastDayToPay(
                NoticeKind.valueOf(occasion.get().name()), execution, invoice, today)
            : Optional.empty();
    try {
      book(invoice, occasion.get(), today, deadline);
    } catch (MissingReferenceRate missing) {
      // The step fails (its job is retried, then shows in Cockpit, and adding the rate retries it);
      // the missing rate goes on the operators' list even though this transaction rolls back.
      missingRates.noticedApart(missing, invoice.getNumber());
      throw missing;
    }
  }

  /**
   * Books what policy asks for and the law allows at this step, for a notice giving until
   * {@code deadline} to pay where it gives one; returns what was booked.
   */
  List<Charge> book(
      Invoice invoice, FeeOccasion occasion, LocalDate today, Optional<LocalDate> deadline) {
    Customer customer = invoice.getCustomer();
    List<FeePolicy.Wish> wishes =
        policy.wishes(customer.getCountry(), customer.getType(), invoice.currency(), occasion);
    if (wishes.isEmpty()) {
      return List.of();
    }
    // SI 2020/1311 reg. 7: no fee or charge accrues while a Breathing Space moratorium runs.
    if (moratoria.covering(customer.getId(), today).isPresent()) {
      audit.record(
          invoice.getNumber(),
          AuditTrail.SYSTEM,
          "CHARGE_WITHHELD",
          "no charge at " + occasion + ": a Breathing Space moratorium protects the customer on "
              + today + " (SI 2020/1311 reg. 7)");
      return List.of();
    }
    Jurisdiction law = jurisdictions.of(customer.getCountry(), customer.getType());
    List<Charge> booked = new ArrayList<>();
    for (FeePolicy.Wish wish : wishes) {
      // Asked again after each charge booked at this step: a charge may lower what the law
      // allows for the next one (the Verzugspauschale is set off against reminder costs,
      // § 288(5) sentence 3 BGB; at most two Norwegian purregebyr).
      Claim claim = facts.asOf(invoice, today);
      if (deadline.isPresent()) {
        claim = claim.givingDeadline(deadline.get());
      }
      List<Allowance> allowed = law.allowed(occasion, today, claim);
      Optional<FeePolicy.Decided> found = FeePolicy.cap(wish, allowed);
      if (found.isEmpty()) {
        continue;
      }
      FeePolicy.Decided decided = found.get();
      Charge charge =
          charges.save(
              new Charge(invoice, decided.type(), decided.amount(), decided.basis(), today));
      audit.record(
          invoice.getNumber(),
          AuditTrail.SYSTEM,
          "CHARGE_BOOKED",
          decided.type() + " " + decided.amount().currency().getCurrencyCode() + " "
              + decided.amount() + " at " + occasion + " under " + law.name() + ": "
              + decided.basis()
              + (decided.cappedByLaw() ? " (policy asked for more; capped by law)" : ""));
      booked.add(charge);
    }
    return List.copyOf(booked);
  }

  private static Optional<FeeOccasion> occasionOf(DelegateExecution execution) {
    if (HANDOVER_ACTIVITY.equals(execution.getCurrentActivityId())) {
      return Optional.of(FeeOccasion.AGENCY_HANDOVER);
    }
    Optional<NoticeKind> kind = NoticeKind.ofStep(execution);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    for (FeeOccasion occasion : FeeOccasion.values()) {
      if (occasion.name().equals(kind.get().name())) {
        return Optional.of(occasion);
      }
    }
    return Optional.empty();
  }
}
