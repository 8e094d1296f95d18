package org.fordra.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fordra.money.Amount;
import org.fordra.money.Currency;

/**
 * An invoice as the accounting system reports it (CONTRACT.md, POST /api/invoices), with the
 * optional terms printed on it: the § 286(3) BGB default notice and an early-payment discount;
 * the structured payment reference, where the books have one (else Fordra derives it); and
 * whether its due date was agreed in the contract ({@code dueDateAgreed}, docs/api.md): only
 * then is a customer in default from the day after it (§ 286(2) Nr. 1 BGB). Absent: not agreed.
 */
@Amount
public record NewInvoice(
    String number,
    Long customerId,
    LocalDate issueDate,
    LocalDate dueDate,
    @Currency String currency,
    BigDecimal amount,
    Boolean defaultNoticeOnInvoice,
    DiscountTerms earlyPaymentDiscount,
    String paymentReference,
    Boolean dueDateAgreed)
    implements Amount.InCurrency {

  /** "2 % within 10 days" as the invoice states it. */
  public record DiscountTerms(BigDecimal percent, Integer withinDays) {}

  public NewInvoice(
      String number,
      Long customerId,
      LocalDate issueDate,
      LocalDate dueDate,
      String currency,
      BigDecimal amount) {
    this(number, customerId, issueDate, dueDate, currency, amount, null, null, null, null);
  }
}
