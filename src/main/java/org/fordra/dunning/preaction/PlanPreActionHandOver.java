package org.fordra.dunning.preaction;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.breathingspace.Moratoria;
import org.fordra.dunning.Claims;
import org.fordra.invoice.Invoice;
import org.fordra.notices.SentNotice;
import org.springframework.stereotype.Component;

/**
 * The first day the claim may go to the agency under the Pre-Action Protocol for Debt Claims: the
 * day after the reply date the Letter of Claim states (30 days, para 4.1); where a Reply Form says
 * the debtor is seeking debt advice, not before 30 days after it was received (para 7.2); and
 * never while a Breathing Space moratorium bars enforcement (SI 2020/1311 reg. 7).
 */
@Component("planPreActionHandOver")
class PlanPreActionHandOver implements JavaDelegate {

  private final Claims claims;
  private final LettersOfClaim letters;
  private final PreActionReplyRepository replies;
  private final Moratoria moratoria;
  private final AuditTrail audit;

  PlanPreActionHandOver(
      Claims claims,
      LettersOfClaim letters,
      PreActionReplyRepository replies,
      Moratoria moratoria,
      AuditTrail audit) {
    this.claims = claims;
    this.letters = letters;
    this.replies = replies;
    this.moratoria = moratoria;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    SentNotice letter =
        letters
            .lastSentFor(invoice)
            .orElseThrow(() -> new IllegalStateException(
                "no Letter of Claim was sent for invoice " + invoice.getNumber()));
    LocalDate from = letter.payBy().plusDays(1);
    String why = "the Letter of Claim's 30 days end on " + letter.payBy() + " (para 4.1)";
    for (PreActionReply reply : replies.findByInvoiceId(invoice.getId())) {
      LocalDate afterAdvice = reply.getReceivedOn().plusDays(PreActionProtocol.ADVICE_DAYS + 1);
      if (reply.isSeekingAdvice() && afterAdvice.isAfter(from)) {
        from = afterAdvice;
        why = "the debtor is seeking debt advice: 30 days from the Reply Form of "
            + reply.getReceivedOn() + " (para 7.2)";
      }
    }
    LocalDate planned = from;
    from = moratoria.barredUntil(invoice.getCustomer().getId(), from).orElse(from);
    if (!from.equals(planned)) {
      why += "; a Breathing Space moratorium bars enforcement until then (SI 2020/1311 reg. 7)";
    }
    ZoneId zone = invoice.getCustomer().timeZone();
    execution.setVariable(
        PreActionProtocol.VAR_HAND_OVER_FROM, Date.from(from.atStartOfDay(zone).toInstant()));
    audit.record(
        invoice.getNumber(),
        AuditTrail.SYSTEM,
        "PRE_ACTION_WAIT",
        "no hand-over to the agency before " + from + ": " + why);
  }
}
