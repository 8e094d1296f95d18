package org.fordra.notices;

import java.time.LocalDate;
import java.util.List;
import org.fordra.money.Money;

/**
 * What the process knows about a notice beyond the invoice's own data: the date the customer must
 * act by, a settlement offer, the installments of a plan. Empty where a notice kind has none.
 */
public record NoticeFacts(
    LocalDate payBy, Money settlementAmount, List<InstallmentLine> installments) {

  public record InstallmentLine(int number, LocalDate dueDate, Money amount) {}

  public static NoticeFacts none() {
    return new NoticeFacts(null, null, List.of());
  }

  public static NoticeFacts payBy(LocalDate date) {
    return new NoticeFacts(date, null, List.of());
  }
}
