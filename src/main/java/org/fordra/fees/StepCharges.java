package org.fordra.fees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fordra.audit.AuditTrail;
import org.fordra.breathingspace.Moratoria;
import org.fordra.customer.Customer;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.Charge;
import org.fordra.ledger.ChargeRepository;
import org.springframework.stereotype.Component;

/**
 * Books the charges that arise at a dunning step (the process's {@code ${bookCharges}} listener
 * asks), before the step's notice goes out so the notice shows them. Policy ({@link FeePolicy})
 * picks the charges, the customer's law caps them, and every booked charge is written to the audit
 * trail. Runs inside the step's job: if the step fails, the charges roll back with it and are
 * booked once when the job is retried.
 */
@Component
public class StepCharges {

  private final ClaimFacts facts;
  private final Jurisdictions jurisdictions;
  private final FeePolicy policy;
  private final ChargeRepository charges;
  private final AuditTrail audit;
  private final MissingRates missingRates;
  private final Moratoria moratoria;

  StepCharges(
      ClaimFacts facts,
      Jurisdictions jurisdictions,
      FeePolicy policy,
      ChargeRepository charges,
      AuditTrail audit,
      MissingRates missingRates,
      Moratoria moratoria) {
    this.moratoria = moratoria;
    this.missingRates = missingRates;
    this.facts = facts;
    this.jurisdictions = jurisdictions;
    this.policy = policy;
    this.charges = charges;
    this.audit = audit;
  }

  /**
   * Books the charges of {@code occasion}, for a notice giving until {@code deadline} to pay
   * where it gives one (Norwegian fees depend on it); returns what was booked.
   */
  public List<Charge> bookAt(
      Invoice invoice, FeeOccasion occasion, LocalDate today, Optional<LocalDate> deadline) {
    try {
      return book(invoice, occasion, today, deadline);
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
  private List<Charge> book(
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
}
