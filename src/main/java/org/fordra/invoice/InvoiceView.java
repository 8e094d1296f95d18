package org.fordra.invoice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fordra.breathingspace.MoratoriumView;
import org.fordra.ledger.Charge;
import org.fordra.ledger.ChargeType;
import org.fordra.fees.InterestLine;
import org.fordra.ledger.InvoiceAccount;
import org.fordra.money.Money;

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

  public record ChargeLine(String type, String amount, String basis, LocalDate chargedOn) {

    public static ChargeLine of(Charge charge) {
      return new ChargeLine(
          charge.getType().name(), charge.amount().toString(), charge.getBasis(), charge.getChargedOn());
    }

    /** Accrued interest, not booked, as of {@code today}; no amount while its rate is pending. */
    public static ChargeLine of(InterestLine interest, LocalDate today) {
      return new ChargeLine(
          ChargeType.LATE_INTEREST.name(),
          interest.isPending() ? null : interest.amount().toString(),
          interest.basis(),
          today);
    }

    /** The booked charges, then the interest line where there is one. */
    public static List<ChargeLine> of(List<Charge> booked, InterestLine interest, LocalDate today) {
      List<ChargeLine> lines = new ArrayList<>(booked.stream().map(ChargeLine::of).toList());
      if (interest != null) {
        lines.add(of(interest, today));
      }
      return lines;
    }
  }

  public static InvoiceView of(
      InvoiceAccount account, InterestLine interest, LocalDate today, Money creditOnAccount) {
    Invoice invoice = account.invoice();
    return new InvoiceView(
        invoice.getNumber(),
        invoice.getCustomer().getId(),
        invoice.getStatus(),
        invoice.getStage(),
        invoice.currency().getCurrencyCode(),
        invoice.principal().toString(),
        account.paid().toString(),
        account.totalCredits().toString(),
        ChargeLine.of(account.charges(), interest, today),
        owedToday(account, interest).toString(),
        invoice.getIssueDate(),
        invoice.getDueDate(),
        creditOnAccount.toString(),
        invoice.getPaymentReference(),
        null);
  }

  /** The booked balance plus interest accrued and not booked, where its amount is known. */
  public static Money owedToday(InvoiceAccount account, InterestLine interest) {
    return interest == null || interest.isPending()
        ? account.balance()
        : account.balance().plus(interest.amount());
  }
}
