package org.fordra.reporting;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.fordra.api.Conflict;
import org.fordra.api.InvalidField;
import org.fordra.api.NotFound;
import org.fordra.disputes.DisputeRaising;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.payments.NewPayment;
import org.fordra.payments.PaymentBooking;
import org.fordra.api.ApiUser;
import org.fordra.security.FormToken;
import org.fordra.security.PageFor;
import org.fordra.api.StaffGroups;
import org.fordra.security.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The work staff do on an invoice's page: book a payment, raise a dispute. Each form goes to the
 * same service as its API call ({@link PaymentBooking}, {@link DisputeRaising}), acting as the
 * signed-in person (so the audit trail names them), and carries the session's {@link FormToken}.
 * The answer is the invoice page again: with what was done, or with what was wrong and the
 * values as typed (post, redirect, get: a reload does not post twice).
 */
@Controller
class InvoiceWork {

  private final PaymentBooking payments;
  private final DisputeRaising disputes;
  private final InvoiceRepository invoices;

  InvoiceWork(PaymentBooking payments, DisputeRaising disputes, InvoiceRepository invoices) {
    this.payments = payments;
    this.disputes = disputes;
    this.invoices = invoices;
  }

  /** Who may book money: the accounting side, as for POST /api/invoices/{n}/payments. */
  @PostMapping("/invoices/{number}/payments")
  @PageFor({StaffGroups.MANAGERS, StaffGroups.ADMIN})
  String bookPayment(
      @PathVariable String number,
      @RequestParam(required = false) String amount,
      @RequestParam(required = false) String paidOn,
      @RequestParam(required = false) String reference,
      @RequestParam(required = false) String token,
      HttpServletRequest request,
      RedirectAttributes answer) {
    Map<String, String> typed = Map.of(
        "amount", text(amount), "paidOn", text(paidOn), "reference", text(reference));
    Map<String, String> errors = new LinkedHashMap<>();
    BigDecimal money = PageInput.amount("amount", amount, errors);
    LocalDate day = PageInput.date("paidOn", paidOn, errors);
    return done(number, "payment", typed, errors, request, answer, token, () -> {
      String currency =
          invoices.findByNumber(number).orElseThrow(() -> new NotFound("No invoice " + number))
              .currency().getCurrencyCode();
      PaymentBooking.Booking booked =
          payments.book(number, new NewPayment(money, currency, day, reference));
      return booked.isNew() ? "work.paymentBooked" : "work.paymentKnown";
    });
  }

  /** Anybody who talks to customers may record that one disputes the invoice. */
  @PostMapping("/invoices/{number}/disputes")
  @PageFor({StaffGroups.COLLECTORS, StaffGroups.SALES, StaffGroups.MANAGERS, StaffGroups.ADMIN})
  String raiseDispute(
      @PathVariable String number,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String token,
      HttpServletRequest request,
      RedirectAttributes answer) {
    return done(number, "dispute", Map.of("reason", text(reason)), new LinkedHashMap<>(), request,
        answer, token, () -> {
          disputes.raise(number, reason);
          return "work.disputeRaised";
        });
  }

  private String done(
      String number,
      String form,
      Map<String, String> typed,
      Map<String, String> errors,
      HttpServletRequest request,
      RedirectAttributes answer,
      String token,
      Supplier<String> work) {
    String page = "redirect:/invoices/" + UriUtils.encodePathSegment(number, "UTF-8");
    answer.addFlashAttribute("form", form);
    if (!FormToken.accepts(request, token)) {
      answer.addFlashAttribute("typed", typed);
      answer.addFlashAttribute("workError", "work.expired");
      return page;
    }
    if (!errors.isEmpty()) {
      answer.addFlashAttribute("typed", typed);
      answer.addFlashAttribute("errors", errors);
      return page;
    }
    StaffMember member = StaffMember.of(request).orElseThrow();
    try {
      String message = ApiUser.actingAs(new ApiUser(member.id(), member.groups()), work);
      answer.addFlashAttribute("workDone", message);
    } catch (InvalidField invalid) {
      invalid.errors().forEach(e -> errors.merge(e.field(), e.message(), (a, b) -> a + "; " + b));
      answer.addFlashAttribute("typed", typed);
      answer.addFlashAttribute("errors", errors);
    } catch (Conflict | NotFound refused) {
      answer.addFlashAttribute("typed", typed);
      answer.addFlashAttribute("workRefused", refused.getMessage());
    }
    return page;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
