package org.fordra.reporting;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fordra.api.Conflict;
import org.fordra.api.InvalidField;
import org.fordra.customer.CustomerRepository;
import org.fordra.invoice.InvoiceRegistration;
import org.fordra.invoice.NewInvoice;
import org.fordra.api.ApiUser;
import org.fordra.security.FormToken;
import org.fordra.security.PageFor;
import org.fordra.api.StaffGroups;
import org.fordra.security.StaffMember;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * {@code /new-invoice}: a manager registers an invoice the books did not send, on a form that goes
 * to {@link InvoiceRegistration} as {@code POST /api/invoices} does (same checks, the case starts,
 * the trail records who). Bad input comes back on the form, field by field.
 */
@Controller
@PageFor({StaffGroups.MANAGERS, StaffGroups.ADMIN})
class NewInvoicePage {

  private final InvoiceRegistration registration;
  private final CustomerRepository customers;

  NewInvoicePage(InvoiceRegistration registration, CustomerRepository customers) {
    this.registration = registration;
    this.customers = customers;
  }

  @GetMapping("/new-invoice")
  String form(HttpServletRequest request, Model model) {
    return show(model, request, Map.of(), Map.of(), null);
  }

  @PostMapping("/new-invoice")
  String register(
      @RequestParam Map<String, String> form,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (!FormToken.accepts(request, form.get("token"))) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(model, request, form, Map.of(), "work.expired");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Long customer = number(form.get("customerId"), errors);
    LocalDate issued = PageInput.date("issueDate", form.get("issueDate"), errors);
    LocalDate due = PageInput.date("dueDate", form.get("dueDate"), errors);
    BigDecimal amount = PageInput.amount("amount", form.get("amount"), errors);
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(model, request, form, errors, null);
    }
    StaffMember member = StaffMember.of(request).orElseThrow();
    NewInvoice invoice =
        new NewInvoice(form.get("number"), customer, issued, due, form.get("currency"), amount);
    try {
      String number =
          ApiUser.actingAs(new ApiUser(member.id(), member.groups()),
              () -> registration.register(invoice).getNumber());
      return "redirect:/invoices/" + UriUtils.encodePathSegment(number, "UTF-8");
    } catch (InvalidField invalid) {
      invalid.errors().forEach(e -> errors.merge(e.field(), e.message(), (a, b) -> a + "; " + b));
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(model, request, form, errors, null);
    } catch (Conflict conflict) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      errors.put("number", conflict.getMessage());
      return show(model, request, form, errors, null);
    }
  }

  private String show(
      Model model,
      HttpServletRequest request,
      Map<String, String> typed,
      Map<String, String> errors,
      String error) {
    model.addAttribute("customers", customers.findAll(Sort.by("name")));
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    model.addAttribute("workError", error);
    model.addAttribute("token", FormToken.of(request));
    return "pages/new-invoice";
  }

  private static Long number(String text, Map<String, String> errors) {
    try {
      return Long.valueOf(text == null ? "" : text.trim());
    } catch (NumberFormatException notANumber) {
      errors.put("customerId", "choose the customer");
      return null;
    }
  }
}
