package org.fordra.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import org.fordra.api.PlausibleDates;
import org.fordra.pages.PageFormat;
import org.fordra.pages.PageFormats;
import org.fordra.security.PageFor;
import org.fordra.api.StaffGroups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /aging}: the aging report per currency with a chart; a bucket opens the customers who
 * owe in it, a customer opens their invoices. Numbers come from {@link AgingReport}, as the API's.
 */
@Controller
@PageFor({StaffGroups.MANAGERS, StaffGroups.ADMIN})
class AgingPage {

  private final AgingReport report;
  private final PageFormats formats;

  AgingPage(AgingReport report, PageFormats formats) {
    this.report = report;
    this.formats = formats;
  }

  @GetMapping("/aging")
  String aging(
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String currency,
      @RequestParam(required = false) String bucket,
      @RequestParam(required = false) Long customer,
      HttpServletRequest request,
      Model model) {
    PageFormat format = formats.of(request);
    LocalDate day = day(asOf);
    AgingReport.Aging aging = report.asOf(day);
    model.addAttribute("aging", aging);
    model.addAttribute("buckets", AgingBucket.values());
    List<BarChart> charts = new ArrayList<>();
    for (AgingAmounts amounts : aging.currencies()) {
      List<BarChart.Entry> entries = new ArrayList<>();
      for (AgingBucket b : AgingBucket.values()) {
        entries.add(
            new BarChart.Entry(
                format.label("bucket", b.key()),
                amounts.get(b).amount(),
                format.amount(amounts.get(b)),
                link(day, amounts.currencyCode(), b, null)));
      }
      charts.add(BarChart.of(amounts.currencyCode(), entries));
    }
    model.addAttribute("charts", charts);
    String code = known(aging, currency);
    AgingBucket selected = bucket(bucket);
    if (code != null) {
      model.addAttribute("currency", code);
      model.addAttribute("bucket", selected);
      model.addAttribute("customers", report.customers(day, code, selected));
      if (customer != null) {
        List<AgingReport.InvoiceAging> invoices = report.invoices(day, code, customer, selected);
        model.addAttribute("customerId", customer);
        model.addAttribute("invoices", invoices);
        model.addAttribute(
            "customerName", invoices.isEmpty() ? "#" + customer : invoices.get(0).customerName());
      }
    }
    return "pages/aging";
  }

  @GetMapping("/aging.csv")
  ResponseEntity<String> summaryCsv(@RequestParam(required = false) String asOf) {
    AgingReport.Aging aging = report.asOf(day(asOf));
    return CsvExport.response("aging-" + aging.asOf() + ".csv", CsvExport.summary(aging));
  }

  /** The invoices behind a drill-down, as CSV: one currency, optionally one bucket or customer. */
  @GetMapping("/aging/invoices.csv")
  ResponseEntity<String> invoicesCsv(
      @RequestParam(required = false) String asOf,
      @RequestParam String currency,
      @RequestParam(required = false) String bucket,
      @RequestParam(required = false) Long customer) {
    LocalDate day = day(asOf);
    String code = known(report.asOf(day), currency);
    if (code == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "nothing owed in " + currency);
    }
    return CsvExport.response(
        "aging-" + code + "-" + day + ".csv",
        CsvExport.invoices(code, report.invoices(day, code, customer, bucket(bucket))));
  }

  static String link(LocalDate asOf, String currency, AgingBucket bucket, Long customer) {
    UriComponentsBuilder uri =
        UriComponentsBuilder.fromPath("/aging")
            .queryParam("asOf", asOf)
            .queryParam("currency", currency);
    if (bucket != null) {
      uri.queryParam("bucket", bucket.key());
    }
    if (customer != null) {
      uri.queryParam("customer", customer);
    }
    return uri.toUriString();
  }

  private LocalDate day(String asOf) {
    if (asOf == null || asOf.isBlank()) {
      return report.today();
    }
    LocalDate day;
    try {
      day = LocalDate.parse(asOf.trim());
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "asOf must be a date like 2026-04-30");
    }
    if (!PlausibleDates.isPlausible(day, report.today())) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "asOf " + PlausibleDates.reason(report.today()));
    }
    return day;
  }

  private static String known(AgingReport.Aging aging, String currency) {
    if (currency == null) {
      return null;
    }
    return aging.currencies().stream()
        .map(AgingAmounts::currencyCode)
        .filter(code -> code.equalsIgnoreCase(currency.trim()))
        .findFirst()
        .orElse(null);
  }

  private static AgingBucket bucket(String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    try {
      return AgingBucket.byKey(key);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no aging bucket " + key);
    }
  }
}
