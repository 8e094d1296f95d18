package org.fordra.reporting;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fordra.api.InvalidField.FieldError;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.BooksCustomers;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerFromBooks;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.api.ApiUser;
import org.fordra.security.FormToken;
import org.fordra.security.PageFor;
import org.fordra.api.StaffGroups;
import org.fordra.security.StaffMember;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /customers}: the accounting side lists, adds and corrects customers. The details are
 * checked as the books' customers are ({@link BooksCustomers}: the same rules, the same
 * messages); a correction is written to the audit trail of each of the customer's invoices,
 * old value and new, with who made it, since notices after it go to the new address.
 */
@Controller
@PageFor({StaffGroups.MANAGERS, StaffGroups.ADMIN})
class CustomerPages {

  private final CustomerRepository customers;
  private final BooksCustomers books;
  private final AuditTrail audit;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  CustomerPages(
      CustomerRepository customers,
      BooksCustomers books,
      AuditTrail audit,
      JdbcTemplate jdbc,
      TransactionTemplate transaction) {
    this.customers = customers;
    this.books = books;
    this.audit = audit;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @GetMapping("/customers")
  String list(Model model) {
    model.addAttribute("customers", customers.findAll(Sort.by("name")));
    return "pages/customers";
  }

  @GetMapping("/customers/new")
  String blank(HttpServletRequest request, Model model) {
    return form(model, request, null, Map.of("type", "BUSINESS"), Map.of());
  }

  @PostMapping("/customers/new")
  String create(
      @RequestParam Map<String, String> typed,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<BooksCustomers.Checked> checked = checked(request, typed, errors);
    if (checked.isPresent() && books.byNumber(checked.get().number()).isPresent()) {
      errors.put("number", "is the number of another customer already");
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(model, request, null, typed, errors);
    }
    Customer saved = transaction.execute(status -> books.store(checked.get()));
    return "redirect:/customers?saved=" + saved.getId();
  }

  @GetMapping("/customers/{id}/edit")
  String edit(@PathVariable long id, HttpServletRequest request, Model model) {
    Customer customer = customer(id);
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("number", Objects.toString(customer.getCustomerNumber(), ""));
    typed.put("name", customer.getName());
    typed.put("type", customer.getType().name());
    typed.put("country", customer.getCountry());
    typed.put("language", customer.getLanguage());
    typed.put("email", customer.getEmail());
    typed.put("phone", Objects.toString(customer.getPhone(), ""));
    typed.put("timeZone", customer.timeZone().getId());
    if (customer.isSoleTrader()) {
      typed.put("soleTrader", "true");
    }
    typed.put("region", Objects.toString(customer.getRegion(), ""));
    return form(model, request, customer, typed, Map.of());
  }

  @PostMapping("/customers/{id}/edit")
  String correct(
      @PathVariable long id,
      @RequestParam Map<String, String> typed,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Customer customer = customer(id);
    Map<String, String> form = new LinkedHashMap<>(typed);
    if (customer.getCustomerNumber() != null) {
      // The books' number identifies the customer there: it is not changed here.
      form.put("number", customer.getCustomerNumber());
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<BooksCustomers.Checked> checked = checked(request, form, errors);
    if (checked.isPresent() && customer.getCustomerNumber() == null
        && books.byNumber(checked.get().number()).isPresent()) {
      errors.put("number", "is the number of another customer already");
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(model, request, customer, form, errors);
    }
    StaffMember member = StaffMember.of(request).orElseThrow();
    ApiUser.actingAs(
        new ApiUser(member.id(), member.groups()),
        () -> transaction.execute(status -> {
          apply(customers.findById(id).orElseThrow(), checked.get());
          return null;
        }));
    return "redirect:/customers?saved=" + id;
  }

  /** Changes the details and tells each of the customer's invoices what changed, from what. */
  private void apply(Customer customer, BooksCustomers.Checked c) {
    List<String> changes = new ArrayList<>();
    change(changes, "name", customer.getName(), c.name());
    change(changes, "type", customer.getType().name(), c.type().name());
    change(changes, "country", customer.getCountry(), c.country());
    change(changes, "language", customer.getLanguage(), c.language());
    change(changes, "email", customer.getEmail(), c.email());
    change(changes, "phone", customer.getPhone(), c.phone());
    change(changes, "timeZone", customer.timeZone().getId(), c.timeZone().getId());
    change(changes, "soleTrader", String.valueOf(customer.isSoleTrader()), String.valueOf(c.soleTrader()));
    change(changes, "region", customer.getRegion(), c.region());
    if (customer.getCustomerNumber() == null) {
      change(changes, "number", null, c.number());
      customer.setCustomerNumber(c.number());
    }
    if (changes.isEmpty()) {
      return;
    }
    customer.updateDetails(
        c.name(), c.type(), c.country(), c.language(), c.email(), c.phone(), c.timeZone());
    customer.recordStanding(c.soleTrader(), c.region());
    String detail = "Customer " + c.name() + ": " + String.join("; ", changes);
    for (String number :
        jdbc.queryForList(
            "select invoice_number from invoice where customer_id = ? order by id",
            String.class,
            customer.getId())) {
      audit.record(number, "CUSTOMER_CHANGED", detail);
    }
  }

  private static void change(List<String> changes, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      changes.add(field + " " + (before == null ? "(none)" : before) + " → "
          + (after == null ? "(none)" : after));
    }
  }

  private Optional<BooksCustomers.Checked> checked(
      HttpServletRequest request, Map<String, String> typed, Map<String, String> errors) {
    if (!FormToken.accepts(request, typed.get("token"))) {
      errors.put("form", "work.expired");
      return Optional.empty();
    }
    List<FieldError> found = new ArrayList<>();
    Optional<BooksCustomers.Checked> checked =
        books.check(
            new CustomerFromBooks(
                typed.get("number"), typed.get("name"), typed.get("type"), typed.get("country"),
                typed.get("language"), typed.get("email"), blankIsNone(typed.get("phone")),
                typed.get("timeZone"),
                // An unticked box is not sent at all: not a sole trader.
                typed.containsKey("soleTrader") ? "true" : "false",
                blankIsNone(typed.get("region"))),
            found);
    // BooksCustomers names a batch row's fields "customer.<field>"; the form's are plain.
    found.forEach(e -> errors.merge(e.field().replaceFirst("^customer\\.", ""), e.message(),
        (a, b) -> a + "; " + b));
    return checked;
  }

  private String form(
      Model model,
      HttpServletRequest request,
      Customer customer,
      Map<String, String> typed,
      Map<String, String> errors) {
    model.addAttribute("customer", customer);
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    model.addAttribute("types", CustomerType.values());
    model.addAttribute("token", FormToken.of(request));
    return "pages/customer";
  }

  private Customer customer(long id) {
    return customers.findById(id)
        .orElseThrow(() -> new ResponseStatusException(
            org.springframework.http.HttpStatus.NOT_FOUND, "No customer " + id));
  }

  private static String blankIsNone(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
