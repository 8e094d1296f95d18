package org.fordra.reporting;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fordra.api.InvalidField.FieldError;
import org.fordra.api.RaceRetry;
import org.fordra.dunning.InvoiceAmendment;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRegistration;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.money.Money;
import org.fordra.api.ApiUser;
import org.fordra.security.FormToken;
import org.fordra.security.PageFor;
import org.fordra.api.StaffGroups;
import org.fordra.security.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * {@code /invoices/{number}/edit}: a manager corrects an invoice's amount or dates, under the
 * rules the books' amendments follow ({@link InvoiceAmendment}: not once paid, dates only before
 * the first notice); the trail says it was corrected on the page, and by whom.
 */
@Controller
@PageFor({StaffGroups.MANAGERS, StaffGroups.ADMIN})
class InvoiceCorrection {

  static final String HOW = "Corrected on the invoice page";

  private final InvoiceRepository invoices;
  private final InvoiceAmendment amendment;
  private final RaceRetry retry;

  InvoiceCorrection(InvoiceRepository invoices, InvoiceAmendment amendment, RaceRetry retry) {
    this.invoices = invoices;
    this.amendment = amendment;
    this.retry = retry;
  }

  @GetMapping("/invoices/{number}/edit")
  String form(@PathVariable String number, HttpServletRequest request, Model model) {
    Invoice invoice = invoice(number);
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("amount", invoice.principal().toString());
    typed.put("issueDate", invoice.getIssueDate().toString());
    typed.put("dueDate", invoice.getDueDate().toString());
    return show(model, request, invoice, typed, Map.of());
  }

  @PostMapping("/invoices/{number}/edit")
  String correct(
      @PathVariable String number,
      @RequestParam Map<String, String> typed,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (!FormToken.accepts(request, typed.get("token"))) {
      errors.put("form", "work.expired");
    }
    BigDecimal amount = PageInput.amount("amount", typed.get("amount"), errors);
    LocalDate issued = PageInput.date("issueDate", typed.get("issueDate"), errors);
    LocalDate due = PageInput.date("dueDate", typed.get("dueDate"), errors);
    if (errors.isEmpty()) {
      StaffMember member = StaffMember.of(request).orElseThrow();
      List<FieldError> refused =
          ApiUser.actingAs(new ApiUser(member.id(), member.groups()),
              () -> retry.inTransaction(() -> apply(number, amount, issued, due)));
      refused.forEach(e -> errors.merge(e.field(), e.message(), (a, b) -> a + "; " + b));
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(model, request, invoice(number), typed, errors);
    }
    return "redirect:/invoices/" + UriUtils.encodePathSegment(number, "UTF-8");
  }

  /** The refusals, or none once the figures are applied, in one transaction. */
  private List<FieldError> apply(String number, BigDecimal amount, LocalDate issued, LocalDate due) {
    Invoice invoice = invoice(number);
    List<FieldError> errors = new java.util.ArrayList<>();
    Money principal = InvoiceRegistration.amount(amount, invoice.currency(), "amount", errors);
    if (!due.isAfter(issued.minusDays(1))) {
      errors.add(new FieldError("dueDate", "is before the issue date"));
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    List<FieldError> refused = amendment.refusals(invoice, principal, issued, due);
    if (refused.isEmpty()) {
      amendment.amend(invoice, principal, issued, due, HOW);
    }
    return refused;
  }

  private String show(
      Model model,
      HttpServletRequest request,
      Invoice invoice,
      Map<String, String> typed,
      Map<String, String> errors) {
    model.addAttribute("invoice", invoice);
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    model.addAttribute("token", FormToken.of(request));
    return "pages/invoice-edit";
  }

  private Invoice invoice(String number) {
    return invoices.findByNumber(number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No invoice " + number));
  }
}
