package org.fordra.dunning.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fordra.audit.AuditTrail;
import org.fordra.dunning.Claims;
import org.fordra.invoice.Invoice;
import org.fordra.notices.NoticeKind;
import org.springframework.stereotype.Component;

/**
 * When a notice outside the dunning ladder may go out: the broken-promise notice, the agency
 * hand-over, the settlement offer, the paid receipt, the plan confirmation and the
 * missed-installment reminder. Each waits at a "Wait for contact hours" timer whose date is
 * {@code ${noticeHours.nextFor(execution, 'KIND')}}: now when the customer may be contacted now
 * (the timer is due at once), else the next contact day at the start of contact hours in the
 * customer's time zone, never on a weekend or a public holiday of their country
 * ({@link ContactMoments#forNotice}, the same rules the ladder's gate asks, without the cap).
 *
 * <p>No notice goes out while a Breathing Space moratorium protects the customer
 * ({@link BreathingSpaceContact}).
 *
 * <p>These notices obey the days and hours but are never held back by the weekly cap: they
 * answer something the customer did (paid, agreed a plan) or something that already happened to
 * the claim (a broken promise or plan, the agency, an offer with its own deadline), and putting
 * them off for a week would make them wrong or make the deadline they state shorter. They do
 * count toward the cap once sent: {@link CustomerContacts} counts every stored notice, whatever
 * its kind, so the ladder's next step waits for them.
 */
@Component("noticeHours")
public class NoticeHours {

  private final Claims claims;
  private final ContactMoments moments;
  private final AuditTrail audit;
  private final Clock clock;

  NoticeHours(Claims claims, ContactMoments moments, AuditTrail audit, Clock clock) {
    this.claims = claims;
    this.moments = moments;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The first allowed moment at or after now for a notice of {@code kind} to this execution's
   * customer. A notice that has to wait is written to the invoice's trail with the reason.
   */
  public Date nextFor(DelegateExecution execution, String kind) {
    NoticeKind notice = NoticeKind.valueOf(kind);
    Invoice invoice = claims.of(execution);
    Instant now = clock.instant();
    ContactMoment moment = moments.forNotice(invoice, now);
    if (moment.at().isAfter(now)) {
      audit.record(
          invoice.getNumber(),
          AuditTrail.SYSTEM,
          "CONTACT_DEFERRED",
          notice + " waits until " + moment.at() + ": " + String.join("; ", moment.deferredBecause()));
    }
    return Date.from(moment.at());
  }
}
