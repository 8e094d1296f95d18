package org.fordra.statements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.CreditOnAccount;
import org.fordra.ledger.CreditOnAccountRepository;
import org.springframework.stereotype.Component;

/**
 * A person knows whose money it is but not what it pays: all of it becomes the customer of the
 * named invoice's credit on account, to be applied or refunded later by a person.
 */
@Component("keepOnAccount")
class KeepOnAccount implements JavaDelegate {

  private final UnmatchedEntries unmatched;
  private final PaymentHolds holds;
  private final CreditOnAccountRepository creditsOnAccount;
  private final AuditTrail audit;
  private final Clock clock;

  KeepOnAccount(
      UnmatchedEntries unmatched,
      PaymentHolds holds,
      CreditOnAccountRepository creditsOnAccount,
      AuditTrail audit,
      Clock clock) {
    this.unmatched = unmatched;
    this.holds = holds;
    this.creditsOnAccount = creditsOnAccount;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StatementEntry entry = unmatched.of(execution);
    Invoice invoice = unmatched.named(execution, entry).get(0);
    String by = Resolutions.by(execution);
    String notes = Resolutions.notes(execution);
    creditsOnAccount.save(
        new CreditOnAccount(
            invoice.getCustomer(),
            entry.amount(),
            "BANK-" + entry.getId(),
            null,
            entry.getId(),
            LocalDate.now(clock),
            by));
    entry.booked(List.of());
    entry.resolve(StatementEntry.Resolution.ON_ACCOUNT, notes, by);
    holds.release(entry, "kept on account");
    audit.record(
        invoice.getNumber(),
        by,
        "CREDIT_ON_ACCOUNT",
        entry.amount().currency().getCurrencyCode() + " " + entry.amount() + " from bank entry "
            + entry.getId() + " kept as " + invoice.getCustomer().getName()
            + "'s credit on account" + (notes.isEmpty() ? "" : ". Notes: " + notes));
  }
}
