package org.fordra.dunning.preaction;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.fordra.api.Conflict;
import org.fordra.api.InvalidField;
import org.fordra.api.NotFound;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.notices.SentNotice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a returned Reply Form and stops the case for a person: while the parties are talking
 * nothing is started (Pre-Action Protocol for Debt Claims para 7), and a debtor seeking debt
 * advice is given 30 days from the reply (para 7.2), counted when the person lets the case go on.
 */
@Component
class PreActionReplies {

  /** What the reply endpoint answers: the stored reply, and whether the case now waits for a person. */
  record Recorded(PreActionReply reply, boolean heldForReview) {}

  private final InvoiceRepository invoices;
  private final LettersOfClaim letters;
  private final PreActionReplyRepository replies;
  private final RuntimeService runtime;
  private final AuditTrail audit;
  private final Clock clock;

  PreActionReplies(
      InvoiceRepository invoices,
      LettersOfClaim letters,
      PreActionReplyRepository replies,
      RuntimeService runtime,
      AuditTrail audit,
      Clock clock) {
    this.invoices = invoices;
    this.letters = letters;
    this.replies = replies;
    this.runtime = runtime;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  Recorded record(
      String number,
      LocalDate receivedOn,
      boolean disputesDebt,
      boolean seekingAdvice,
      boolean wantsToPay,
      String notes) {
    Invoice invoice =
        invoices.findByNumber(number).orElseThrow(() -> new NotFound("No invoice " + number));
    SentNotice letter =
        letters
            .lastSentFor(invoice)
            .orElseThrow(() -> new Conflict(
                "No Letter of Claim was sent for invoice " + number + ": there is nothing to reply to"));
    LocalDate today = LocalDate.now(clock.withZone(invoice.getCustomer().timeZone()));
    LocalDate received = receivedOn == null ? today : receivedOn;
    LocalDate letterDate = letter.sentAt().atZone(invoice.getCustomer().timeZone()).toLocalDate();
    if (received.isAfter(today)) {
      throw new InvalidField("receivedOn", "is in the future");
    }
    if (received.isBefore(letterDate)) {
      throw new InvalidField(
          "receivedOn", "is before the Letter of Claim was sent on " + letterDate);
    }
    PreActionReply reply =
        replies.save(
            new PreActionReply(
                invoice.getId(), received, disputesDebt, seekingAdvice, wantsToPay,
                notes == null || notes.isBlank() ? null : notes.trim(),
                audit.currentActor(), clock.instant()));
    boolean held =
        !runtime
            .createMessageCorrelation(PreActionProtocol.MESSAGE_REPLY_RECEIVED)
            .processInstanceBusinessKey(number)
            .setVariable(PreActionProtocol.VAR_REPLY_SUMMARY, reply.summary())
            .correlateAllWithResult()
            .isEmpty();
    audit.record(
        number,
        "PRE_ACTION_REPLY",
        reply.summary()
            + (held
                ? "; the case waits for a person (" + PreActionProtocol.TASK_REVIEW_REPLY + ")"
                : "; the case was not waiting for a reply"));
    return new Recorded(reply, held);
  }
}
