package org.fordra.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.payments.Clearance;
import org.fordra.payments.StatedInterest;
import org.springframework.stereotype.Component;

/**
 * A payment was booked: does it end the claim? A partial payment lowers the balance and dunning
 * goes on where it is; so does unpaid interest a notice stated ({@link StatedInterest}).
 */
@Component("applyPayment")
class ApplyPayment implements JavaDelegate {

  private final Claims claims;
  private final Clearance clearance;
  private final InvoiceAccounts accounts;
  private final StatedInterest statedInterest;
  private final AuditTrail audit;

  ApplyPayment(
      Claims claims,
      Clearance clearance,
      InvoiceAccounts accounts,
      StatedInterest statedInterest,
      AuditTrail audit) {
    this.claims = claims;
    this.clearance = clearance;
    this.accounts = accounts;
    this.statedInterest = statedInterest;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    if (accounts.of(invoice).isCleared()) {
      // Interest a letter demanded is booked (the case stays open) or written off by rule.
      statedInterest.settleOnClearing(invoice);
    }
    Clearance.Verdict verdict = clearance.of(invoice);
    execution.setVariableLocal(
        CollectionsProcess.VAR_CLAIM_CLEARED, verdict != Clearance.Verdict.OPEN);
    if (verdict == Clearance.Verdict.OPEN) {
      var balance = accounts.of(invoice).balance();
      audit.record(
          invoice.getNumber(),
          AuditTrail.SYSTEM,
          "PARTLY_PAID",
          balance.currency().getCurrencyCode() + " " + balance + " still owed; dunning goes on");
    }
  }
}
