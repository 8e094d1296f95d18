package org.fordra.reporting;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fordra.api.Conflict;
import org.fordra.api.InvalidField;
import org.fordra.fees.MissingRates;
import org.fordra.fees.ReferenceRateBook;
import org.fordra.fees.ReferenceRates;
import org.fordra.api.ApiUser;
import org.fordra.security.FormToken;
import org.fordra.security.PageFor;
import org.fordra.api.StaffGroups;
import org.fordra.security.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /reference-rates}: the rates Fordra needs and does not have, every rate it knows with
 * its source, and the form on which a manager adds a half-year's published rate. The form goes
 * the same way as {@code POST /api/reference-rates} and the rate updater ({@link
 * ReferenceRateBook}), and carries the session's {@link FormToken}.
 */
@Controller
class ReferenceRatesPage {

  private final ReferenceRateBook book;
  private final MissingRates missing;
  private final java.time.Clock clock;

  ReferenceRatesPage(ReferenceRateBook book, MissingRates missing, java.time.Clock clock) {
    this.book = book;
    this.missing = missing;
    this.clock = clock;
  }

  @GetMapping("/reference-rates")
  @PageFor({StaffGroups.MANAGERS, StaffGroups.ADMIN})
  String page(
      @RequestParam(required = false) String series,
      @RequestParam(required = false) String validFrom,
      @RequestParam(required = false) String added,
      HttpServletRequest request,
      Model model) {
    if (added != null) {
      model.addAttribute("message", "Added " + added + ".");
    }
    return show(model, request, series, validFrom, "", "", Map.of(), null);
  }

  @PostMapping("/reference-rates")
  @PageFor({StaffGroups.MANAGERS, StaffGroups.ADMIN})
  String add(
      @RequestParam(required = false) String series,
      @RequestParam(required = false) String validFrom,
      @RequestParam(required = false) String rate,
      @RequestParam(required = false) String source,
      @RequestParam(required = false) String token,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (!FormToken.accepts(request, token)) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(model, request, series, validFrom, rate, source, Map.of(),
          "The form had expired or did not come from this page. Nothing was added; please try again.");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate from = parse(validFrom, errors);
    BigDecimal value = number(rate, errors);
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(model, request, series, validFrom, rate, source, errors, null);
    }
    StaffMember member = StaffMember.of(request).orElseThrow();
    try {
      ReferenceRates.Rate checked = book.checked(series, from, null, value, source);
      ReferenceRateBook.Added done =
          ApiUser.actingAs(new ApiUser(member.id(), member.groups()),
              () -> book.add(checked, member.id()));
      return "redirect:/reference-rates?added=" + java.net.URLEncoder.encode(
          done.rate().series() + " " + done.rate().percent().toPlainString() + " for "
              + done.rate().from() + " to " + done.rate().to() + " ("
              + done.resumed().jobsRetried() + " failed steps retried)",
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (InvalidField invalid) {
      invalid.errors().forEach(e -> errors.merge(e.field(), e.message(), (a, b) -> a + "; " + b));
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(model, request, series, validFrom, rate, source, errors, null);
    } catch (Conflict conflict) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return show(model, request, series, validFrom, rate, source, Map.of(), conflict.getMessage());
    }
  }

  private String show(
      Model model,
      HttpServletRequest request,
      String series,
      String validFrom,
      String rate,
      String source,
      Map<String, String> errors,
      String error) {
    List<ReferenceRateBook.Listed> all = book.all();
    TreeSet<String> names = new TreeSet<>();
    all.forEach(l -> names.add(l.rate().series()));
    model.addAttribute("missing", missing.all());
    LocalDate halfYear = ReferenceRates.halfYearStart(LocalDate.now(clock));
    model.addAttribute("halfYear", halfYear);
    model.addAttribute("notKnownYet", missing.notKnownFor(halfYear));
    model.addAttribute("rates", all);
    model.addAttribute("seriesNames", new ArrayList<>(names));
    model.addAttribute("series", series == null ? "" : series);
    model.addAttribute("validFrom", validFrom == null ? "" : validFrom);
    model.addAttribute("rate", rate == null ? "" : rate);
    model.addAttribute("source", source == null ? "" : source);
    model.addAttribute("errors", errors);
    model.addAttribute("error", error);
    model.addAttribute("token", FormToken.of(request));
    return "pages/reference-rates";
  }

  private static LocalDate parse(String text, Map<String, String> errors) {
    if (text == null || text.isBlank()) {
      errors.put("validFrom", "must be given: 1 January or 1 July (YYYY-MM-DD)");
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException notADate) {
      errors.put("validFrom", "'" + text + "' is not a date (YYYY-MM-DD)");
      return null;
    }
  }

  private static BigDecimal number(String text, Map<String, String> errors) {
    if (text == null || text.isBlank()) {
      errors.put("rate", "must be given, e.g. 2.15");
      return null;
    }
    try {
      return new BigDecimal(text.trim().replace(',', '.'));
    } catch (NumberFormatException notANumber) {
      errors.put("rate", "'" + text + "' is not a number, e.g. 2.15");
      return null;
    }
  }
}
