package org.fordra.dunning;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.ledger.CreditType;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;
import org.springframework.stereotype.Component;

/** Part of the dispute was upheld: that part is credited, dunning goes on for the rest. */
@Component("creditDisputedPart")
class CreditDisputedPart implements JavaDelegate {

  private final Claims claims;
  private final Credits credits;

  CreditDisputedPart(Claims claims, Credits credits) {
    this.claims = claims;
    this.credits = credits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    Money amount =
        Money.exact(
            new BigDecimal((String) execution.getVariable(CollectionsProcess.VAR_CREDIT_AMOUNT)),
            invoice.currency());
    credits.credit(
        invoice,
        CreditType.DISPUTE_CREDIT,
        amount,
        "dispute partly upheld: "
            + execution.getVariable(CollectionsProcess.VAR_RESOLUTION_NOTES));
  }
}
