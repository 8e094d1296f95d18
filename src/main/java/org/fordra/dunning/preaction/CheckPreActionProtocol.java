package org.fordra.dunning.preaction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.dunning.Claims;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/**
 * Runs when the managers decided to hand the claim to the agency: does the Pre-Action Protocol
 * for Debt Claims stand before it (para 1.1: an individual or sole trader debtor), and was the
 * Letter of Claim already sent.
 */
@Component("checkPreActionProtocol")
class CheckPreActionProtocol implements JavaDelegate {

  private final Claims claims;
  private final LettersOfClaim letters;
  private final AuditTrail audit;

  CheckPreActionProtocol(Claims claims, LettersOfClaim letters, AuditTrail audit) {
    this.claims = claims;
    this.letters = letters;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    PreActionProtocol.Step step;
    if (!PreActionProtocol.protects(invoice.getCustomer())) {
      step = PreActionProtocol.Step.NOT_APPLICABLE;
    } else if (letters.lastSentFor(invoice).isPresent()) {
      step = PreActionProtocol.Step.AWAIT_REPLY;
    } else {
      step = PreActionProtocol.Step.SEND_LETTER;
      audit.record(
          invoice.getNumber(),
          AuditTrail.SYSTEM,
          "PRE_ACTION_PROTOCOL",
          "the debtor is an individual or sole trader in England and Wales: a Letter of Claim"
              + " goes out first and the claim waits 30 days for the Reply Form"
              + " (Pre-Action Protocol for Debt Claims paras 1.1, 3, 4.1)");
    }
    execution.setVariable(PreActionProtocol.VAR_STEP, step.name());
  }
}
