package org.fordra.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.fordra.api.ApiFor;
import org.fordra.api.InvalidField;
import org.fordra.api.PlausibleDates;
import org.fordra.api.Staff;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/reports/aging}: the aging report as JSON, or as CSV for a spreadsheet. */
@RestController
class AgingController {

  record CurrencyLine(
      String currency,
      String current,
      String days1to30,
      String days31to60,
      String days61to90,
      String over90,
      String total) {

    static CurrencyLine of(AgingAmounts amounts) {
      return new CurrencyLine(
          amounts.currencyCode(),
          amounts.get(AgingBucket.CURRENT).toString(),
          amounts.get(AgingBucket.DAYS_1_TO_30).toString(),
          amounts.get(AgingBucket.DAYS_31_TO_60).toString(),
          amounts.get(AgingBucket.DAYS_61_TO_90).toString(),
          amounts.get(AgingBucket.OVER_90).toString(),
          amounts.total().toString());
    }
  }

  record AgingResponse(LocalDate asOf, List<CurrencyLine> currencies) {}

  private final AgingReport report;

  AgingController(AgingReport report) {
    this.report = report;
  }

  // The receivables are the managers' business, as on the /aging page.
  @ApiFor(Staff.BOOKKEEPING)
  @GetMapping(path = "/api/reports/aging", produces = "application/json")
  AgingResponse json(@RequestParam(required = false) String asOf) {
    AgingReport.Aging aging = report.asOf(day(asOf));
    return new AgingResponse(
        aging.asOf(), aging.currencies().stream().map(CurrencyLine::of).toList());
  }

  @ApiFor(Staff.BOOKKEEPING)
  @GetMapping(path = "/api/reports/aging", produces = "text/csv")
  ResponseEntity<String> csv(@RequestParam(required = false) String asOf) {
    AgingReport.Aging aging = report.asOf(day(asOf));
    return CsvExport.response("aging-" + aging.asOf() + ".csv", CsvExport.summary(aging));
  }

  private LocalDate day(String asOf) {
    if (asOf == null || asOf.isBlank()) {
      return report.today();
    }
    LocalDate day;
    try {
      day = LocalDate.parse(asOf.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidField("asOf", "'" + asOf + "' is not a date (yyyy-mm-dd)");
    }
    return PlausibleDates.require("asOf", day, report.today());
  }
}
