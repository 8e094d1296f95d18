package org.fordra.fees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.Customer;
import org.fordra.dunning.Claims;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/**
 * Books the charges that arise at a dunning step, before the step's notice goes out so the notice
 * shows them. Attached in the BPMN as a start listener ({@code ${bookCharges}}) on the send tasks
 * and the agency handover. The step is the task's {@code noticeKind} (REMINDER_1, ...), or the
 * handover. Policy ({@link FeePolicy}) picks the charges, the customer's law caps them, and every
 * booked charge is written to the audit trail. Runs inside the step's job: if the step fails, the
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

  BookCharges(
      Claims claims,
      ClaimFacts facts,
      Jurisdictions jurisdictions,
      FeePolicy policy,
      ChargeRepository charges,
      AuditTrail audit,
      Clock clock,
      MissingRates missingRates) {
    this.missingRates = missingRates;
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
    try {
      book(invoice, occasion.get(), LocalDate.now(clock.withZone(invoice.getCustomer().timeZone())));
    } catch (MissingReferenceRate missing) {
      // The step fails (its job is retried, then shows in Cockpit, and adding the rate retries it);
      // the missing rate goes on the operators' list even though this transaction rolls back.
      missingRates.noticedApart(missing, invoice.getNumber());
      throw missing;
    }
  }

  /** Books what policy asks for and the law allows at this step; returns what was booked. */
  List<Charge> book(Invoice invoice, FeeOccasion occasion, LocalDate today) {
    Customer customer = invoice.getCustomer();
    List<FeePolicy.Wish> wishes =
        policy.wishes(customer.getCountry(), customer.getType(), invoice.currency(), occasion);
    if (wishes.isEmpty()) {
      return List.of();
    }
    Claim claim = facts.asOf(invoice, today);
    Jurisdiction law = jurisdictions.of(customer.getCountry(), customer.getType());
    List<Allowance> allowed = law.allowed(occasion, today, claim);
    return wishes.stream()
        .map(wish -> FeePolicy.cap(wish, allowed))
        .flatMap(Optional::stream)
        .map(decided -> {
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
          return charge;
        })
        .toList();
  }

  private static Optional<FeeOccasion> occasionOf(DelegateExecution execution) {
    if (HANDOVER_ACTIVITY.equals(execution.getCurrentActivityId())) {
      return Optional.of(FeeOccasion.AGENCY_HANDOVER);
    }
    Object kind = execution.getVariable(CollectionsProcess.VAR_NOTICE_KIND);
    if (kind == null) {
      return Optional.empty();
    }
    for (FeeOccasion occasion : FeeOccasion.values()) {
      if (occasion.name().equals(kind.toString())) {
        return Optional.of(occasion);
      }
    }
    return Optional.empty();
  }
}
