package org.fordra.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fordra.money.Money;

/**
 * "2 % within 10 days": paying the discounted amount within {@code withinDays} of the issue date
 * (the issue date plus that many days, inclusive) settles the invoice in full.
 */
public record EarlyPaymentDiscount(BigDecimal percent, int withinDays) {

  public EarlyPaymentDiscount {
    if (percent.signum() <= 0 || percent.compareTo(new BigDecimal(100)) >= 0) {
      throw new IllegalArgumentException("a discount is more than 0 and less than 100 percent");
    }
    if (withinDays < 0) {
      throw new IllegalArgumentException("the discount window cannot be negative");
    }
  }

  public LocalDate lastDay(LocalDate issueDate) {
    return issueDate.plusDays(withinDays);
  }

  /** The amount that settles {@code due} in the window, rounded half-up to the currency. */
  public Money discounted(Money due) {
    BigDecimal factor = BigDecimal.ONE.subtract(percent.movePointLeft(2));
    return Money.rounded(due.amount().multiply(factor), due.currency());
  }
}
