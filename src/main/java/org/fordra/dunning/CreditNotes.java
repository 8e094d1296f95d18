package org.fordra.dunning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fordra.api.InvalidField.FieldError;
import org.fordra.audit.AuditTrail;
import org.fordra.ledger.Credit;
import org.fordra.ledger.CreditRepository;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.money.Money;
import org.springframework.stereotype.Component;

/**
 * A credit note from the books lowers what is owed on one invoice; one for the whole balance
 * cancels it (the case ends {@code CANCELLED}). Booked once by its number: the same note again
 * changes nothing. Never more than is owed: an overpayment is credit on account, not a credit.
 */
@Component
public class CreditNotes {

  /** What a credit note did. */
  public enum Outcome { CREDITED, CANCELLED, ALREADY_BOOKED }

  private final CreditRepository credits;
  private final InvoiceAccounts accounts;
  private final Cancellation cancellation;
  private final AuditTrail audit;
  private final Clock clock;

  CreditNotes(
      CreditRepository credits,
      InvoiceAccounts accounts,
      Cancellation cancellation,
      AuditTrail audit,
      Clock clock) {
    this.credits = credits;
    this.accounts = accounts;
    this.cancellation = cancellation;
    this.audit = audit;
    this.clock = clock;
  }

  public Optional<Credit> booked(String creditNumber) {
    return credits.findByCreditNumber(creditNumber);
  }

  /** Why this note cannot be booked against {@code invoice}; empty when it can. */
  public List<FieldError> refusals(Invoice invoice, Money amount) {
    List<FieldError> refusals = new ArrayList<>();
    if (invoice.isClosed()) {
      refusals.add(
          new FieldError(
              "creditFor", "invoice " + invoice.getNumber() + " is " + invoice.getStatus()));
      return refusals;
    }
    Money balance = accounts.of(invoice).balance();
    if (amount.compareTo(balance) > 0) {
      refusals.add(
          new FieldError(
              "amount",
              "credits " + amount + " but only " + balance + " is owed on invoice "
                  + invoice.getNumber()));
    }
    return refusals;
  }

  /** Books the note, after {@link #refusals} found nothing; cancels when it clears the balance. */
  public Outcome book(Invoice invoice, String creditNumber, Money amount, String reason) {
    Money balance = accounts.of(invoice).balance();
    credits.save(
        Credit.note(
            invoice, creditNumber, amount, reason, LocalDate.now(clock), audit.currentActor()));
    audit.record(
        invoice.getNumber(),
        "CREDITED",
        "CREDIT_NOTE " + creditNumber + " " + amount.currency().getCurrencyCode() + " " + amount
            + ": " + reason);
    if (amount.compareTo(balance) == 0) {
      cancellation.end(invoice, "credit note " + creditNumber + " credits the whole balance");
      return Outcome.CANCELLED;
    }
    return Outcome.CREDITED;
  }
}
