package org.fordra.fees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fordra.invoice.InvoiceView.ChargeLine;
import org.fordra.ledger.Charge;
import org.fordra.ledger.ChargeType;
import org.fordra.ledger.InvoiceAccount;
import org.fordra.money.Money;

/** An invoice's charge lines and balance today, the same for the API, the payoff and the file. */
public final class ChargeLines {

  private ChargeLines() {}

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
    List<ChargeLine> lines = new ArrayList<>(booked.stream().map(ChargeLines::of).toList());
    if (interest != null) {
      lines.add(of(interest, today));
    }
    return lines;
  }

  /** The booked balance plus interest accrued and not booked, where its amount is known. */
  public static Money owedToday(InvoiceAccount account, InterestLine interest) {
    return interest == null || interest.isPending()
        ? account.balance()
        : account.balance().plus(interest.amount());
  }
}
