package org.fordra.reporting;

import java.nio.charset.StandardCharsets;
import org.fordra.api.ApiFor;
import org.fordra.api.NotFound;
import org.fordra.api.Staff;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.notices.LetterPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /api/customers/{id}/statement}: the statement of account as JSON (default), as a
 * page ({@code Accept: text/html}) and as a PDF to send the customer ({@code application/pdf}).
 */
@RestController
class AccountStatementController {

  private final CustomerRepository customers;
  private final AccountStatement statements;
  private final LetterPrinter printer;

  AccountStatementController(
      CustomerRepository customers, AccountStatement statements, LetterPrinter printer) {
    this.customers = customers;
    this.statements = statements;
    this.printer = printer;
  }

  @ApiFor(Staff.ANY_STAFF)
  @GetMapping(path = "/api/customers/{id}/statement", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional(readOnly = true)
  AccountStatement.Statement json(@PathVariable long id) {
    return statements.of(customer(id));
  }

  @ApiFor(Staff.ANY_STAFF)
  @GetMapping(path = "/api/customers/{id}/statement", produces = MediaType.TEXT_HTML_VALUE)
  @Transactional(readOnly = true)
  ResponseEntity<String> html(@PathVariable long id) {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(xhtml(statements.of(customer(id))));
  }

  @ApiFor(Staff.ANY_STAFF)
  @GetMapping(path = "/api/customers/{id}/statement", produces = MediaType.APPLICATION_PDF_VALUE)
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    AccountStatement.Statement statement = statements.of(customer(id));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition",
            "inline; filename=\"statement-" + id + "-" + statement.asOf() + ".pdf\"")
        .body(printer.print(xhtml(statement)));
  }

  private Customer customer(long id) {
    return customers.findById(id).orElseThrow(() -> new NotFound("No customer " + id));
  }

  /** A plain XHTML document: a page in the browser and, printed, the PDF. */
  static String xhtml(AccountStatement.Statement statement) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>")
        .append("<meta charset=\"UTF-8\" /><title>Statement of account</title><style>")
        .append("body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}")
        .append("table{border-collapse:collapse;width:100%;margin-bottom:12pt}")
        .append("th,td{border-bottom:1px solid #ccc;padding:3pt;text-align:left}")
        .append("td.n,th.n{text-align:right}</style></head><body>")
        .append("<h1>Statement of account</h1><p>")
        .append(e(statement.customer()))
        .append(statement.customerNumber() == null ? "" : " (" + e(statement.customerNumber()) + ")")
        .append("<br />As of ").append(statement.asOf()).append("</p>");
    if (statement.currencies().isEmpty()) {
      html.append("<p>Nothing is open.</p>");
    }
    for (AccountStatement.InCurrency section : statement.currencies()) {
      String c = e(section.currency());
      html.append("<h2>").append(c).append("</h2><table><tr><th>Invoice</th><th>Due</th>")
          .append("<th>Reference</th><th class=\"n\">Principal</th><th class=\"n\">Charges</th>")
          .append("<th class=\"n\">Paid</th><th class=\"n\">Credited</th><th class=\"n\">Balance</th></tr>");
      for (AccountStatement.OpenInvoice invoice : section.invoices()) {
        html.append("<tr><td>").append(e(invoice.number())).append("</td><td>")
            .append(invoice.dueDate()).append("</td><td>").append(e(invoice.paymentReference()))
            .append("</td><td class=\"n\">").append(invoice.principal())
            .append("</td><td class=\"n\">").append(invoice.charges())
            .append("</td><td class=\"n\">").append(invoice.paid())
            .append("</td><td class=\"n\">").append(invoice.credited())
            .append("</td><td class=\"n\">").append(invoice.balance()).append("</td></tr>");
      }
      html.append("</table>");
      lines(html, "Charges", section.charges());
      lines(html, "Payments", section.payments());
      lines(html, "Credits", section.credits());
      html.append("<table><tr><td>Credit on account</td><td class=\"n\">").append(c).append(' ')
          .append(section.creditOnAccount()).append("</td></tr><tr><th>Balance</th><th class=\"n\">")
          .append(c).append(' ').append(section.balance()).append("</th></tr>")
          .append("<tr><td>Owed today, with interest accrued</td><td class=\"n\">").append(c)
          .append(' ').append(section.owedToday()).append("</td></tr></table>");
    }
    return html.append("</body></html>").toString();
  }

  private static void lines(StringBuilder html, String title, java.util.List<AccountStatement.Line> lines) {
    if (lines.isEmpty()) {
      return;
    }
    html.append("<h3>").append(title).append("</h3><table>");
    for (AccountStatement.Line line : lines) {
      html.append("<tr><td>").append(line.on()).append("</td><td>").append(e(line.invoiceNumber()))
          .append("</td><td>").append(e(line.type())).append("</td><td>").append(e(line.detail()))
          .append("</td><td class=\"n\">").append(line.amount()).append("</td></tr>");
    }
    html.append("</table>");
  }

  private static String e(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
