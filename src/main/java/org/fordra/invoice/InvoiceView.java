package org.fordra.invoice;

import java.time.LocalDate;
import java.util.List;
import org.fordra.breathingspace.MoratoriumView;

/**
 * An invoice as the API shows it (CONTRACT.md): amounts as decimal strings.
 *
 * <p>{@code charges} lists every booked charge and, where late interest has accrued and is not
 * booked, a {@code LATE_INTEREST} line for it up to today; {@code balance} is what is owed today
 * including that interest (the payoff's total for today). Where a rate the interest needs is not
 * yet published, the interest line has no amount ({@code null}), its basis says which rate is
 * missing, and {@code balance} is the booked balance only. {@code creditOnAccount} is what the
 * invoice's customer holds on account in the invoice's currency (overpayments, never a negative
 * balance): a person may apply it to this invoice. {@code moratorium} is the Breathing Space
 * moratorium protecting the customer today (SI 2020/1311), else null.
 */
public record InvoiceView(
    String number,
    Long customerId,
    InvoiceStatus status,
    DunningStage stage,
    String currency,
    String principal,
    String paid,
    String credited,
    List<ChargeLine> charges,
    String balance,
    LocalDate issueDate,
    LocalDate dueDate,
    String creditOnAccount,
    String paymentReference,
    MoratoriumView moratorium) {

  /** The same invoice with the Breathing Space moratorium that protects its customer today. */
  public InvoiceView underMoratorium(MoratoriumView moratorium) {
    return new InvoiceView(number, customerId, status, stage, currency, principal, paid, credited,
        charges, balance, issueDate, dueDate, creditOnAccount, paymentReference, moratorium);
  }

  /** A booked charge, or the accrued interest (fees.ChargeLines builds both). */
  public record ChargeLine(String type, String amount, String basis, LocalDate chargedOn) {}
}
