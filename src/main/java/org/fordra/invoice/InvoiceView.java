package org.fordra.invoice;

import java.time.LocalDate;
import java.util.List;
import org.fordra.fees.Charge;

/** An invoice as the API shows it (CONTRACT.md): amounts as decimal strings. */
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
    LocalDate dueDate) {

  public record ChargeLine(String type, String amount, String basis, LocalDate chargedOn) {

    public static ChargeLine of(Charge charge) {
      return new ChargeLine(
          charge.getType().name(), charge.amount().toString(), charge.getBasis(), charge.getChargedOn());
    }
  }

  public static InvoiceView of(InvoiceAccount account) {
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
        account.charges().stream().map(ChargeLine::of).toList(),
        account.balance().toString(),
        invoice.getIssueDate(),
        invoice.getDueDate());
  }
}
