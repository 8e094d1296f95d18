package org.fordra.privacy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.fordra.privacy.PersonalDataExport.Export;
import org.fordra.privacy.PersonalDataExport.InvoiceRecord;
import org.springframework.web.util.HtmlUtils;

/** The data-subject export as a plain XHTML document, printed to the PDF the customer gets. */
final class PersonalDataDocument {

  private PersonalDataDocument() {}

  static String xhtml(Export export) {
    var c = export.customer();
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>")
        .append("<meta charset=\"UTF-8\" /><title>Your personal data</title><style>")
        .append("body{font-family:'DejaVu Sans',sans-serif;font-size:9pt}")
        .append("table{border-collapse:collapse;width:100%;margin-bottom:10pt}")
        .append("th,td{border-bottom:1px solid #ccc;padding:2pt;text-align:left;")
        .append("vertical-align:top}</style></head><body>")
        .append("<h1>Your personal data</h1><p>Everything we hold about you, as of ")
        .append(export.exportedAt()).append(" (").append(e(export.legalBasis())).append(").</p>");
    table(html, "Customer", List.of("Field", "Value"), List.of(
        row("Customer id", c.id()), row("Customer number", c.customerNumber()),
        row("Name", c.name()), row("Type", c.type()), row("Country", c.country()),
        row("Language", c.language()), row("E-mail", c.email()),
        row("Phone", c.phone()), row("Time zone", c.timeZone()),
        row("Delivery", c.delivery()), row("Postal address", c.postalAddress()),
        row("Sole trader", c.soleTrader() ? "yes" : "no"), row("Region", c.region()),
        row("Registered", c.createdAt())));
    for (InvoiceRecord i : export.invoices()) {
      html.append("<h2>Invoice ").append(e(i.number())).append("</h2>");
      table(html, "Invoice", List.of("Status", "Stage", "Issued", "Due", "Principal", "Reference"),
          List.of(row(i.status(), i.stage(), i.issueDate(), i.dueDate(),
              i.currency() + " " + i.principal(), i.paymentReference())));
      table(html, "Payments", List.of("Paid on", "Amount", "Reference", "Reversed on"),
          i.payments().stream().map(p -> row(p.paidOn(),
              i.currency() + " " + p.amount(), p.reference(), text(p.reversedOn()))).toList());
      table(html, "Charges", List.of("Charged on", "Type", "Amount", "Basis"),
          i.charges().stream().map(ch -> row(ch.chargedOn(), ch.type(),
              i.currency() + " " + ch.amount(), ch.basis())).toList());
      table(html, "Credits", List.of("Credited on", "Type", "Amount", "Reason"),
          i.credits().stream().map(cr -> row(cr.creditedOn(), cr.type(),
              i.currency() + " " + cr.amount(), cr.reason())).toList());
      table(html, "Payment plans", List.of("Agreed on", "Outcome"),
          i.paymentPlans().stream().map(p -> row(p.agreedOn(), p.outcome())).toList());
      table(html, "Notices sent", List.of("Sent", "Kind", "Channel", "To", "Subject"),
          i.notices().stream().map(n -> row(n.sentAt(), n.kind(), n.channel(),
              n.recipient(), n.subject())).toList());
      table(html, "Contacts and call notes", List.of("When", "Channel", "Outcome", "Notes", "By"),
          i.contacts().stream().map(ct -> row(ct.at(), ct.channel(), ct.outcome(),
              text(ct.notes()), ct.agent())).toList());
      table(html, "Disputes", List.of("Raised", "Reason", "Resolution", "Notes"),
          i.disputes().stream().map(d -> row(d.raisedAt(), d.reason(),
              text(d.resolution()), text(d.resolutionNotes()))).toList());
      table(html, "Replies to our Letter of Claim",
          List.of("Received", "Disputes the debt", "Seeking advice", "Wants to pay", "Notes"),
          i.preActionReplies().stream().map(p -> row(p.receivedOn(), yes(p.disputesDebt()),
              yes(p.seekingAdvice()), yes(p.wantsToPay()), text(p.notes()))).toList());
      table(html, "Audit trail", List.of("When", "Who", "Action", "Detail"),
          i.audit().stream().map(a -> row(a.at(), a.actor(), a.action(),
              a.detail())).toList());
    }
    table(html, "Credit held on account", List.of("Since", "Amount", "Status", "Source"),
        export.creditsOnAccount().stream().map(o -> row(o.createdOn(),
            o.currency() + " " + o.amount(), o.status(), o.source())).toList());
    table(html, "Breathing Space moratoria", List.of("Kind", "From", "Until", "Reference"),
        export.moratoria().stream().map(m -> row(m.kind(), m.startsOn(),
            m.endsOn() == null ? "open" : "before " + m.endsOn(), text(m.reference()))).toList());
    return html.append("</body></html>").toString();
  }

  private static void table(
      StringBuilder html, String title, List<String> headers, List<? extends List<?>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    html.append("<h3>").append(e(title)).append("</h3><table><tr>");
    headers.forEach(h -> html.append("<th>").append(e(h)).append("</th>"));
    html.append("</tr>");
    for (List<?> row : rows) {
      html.append("<tr>");
      row.forEach(cell -> html.append("<td>").append(e(text(cell))).append("</td>"));
      html.append("</tr>");
    }
    html.append("</table>");
  }

  /** A table row; any cell may be empty (null). */
  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  private static String yes(boolean value) {
    return value ? "yes" : "no";
  }

  private static String text(Object value) {
    return Objects.toString(value, "");
  }

  private static String e(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
