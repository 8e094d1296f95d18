package org.fordra.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.fordra.security.ApiUser;
import org.fordra.security.StaffGroups;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
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

  @GetMapping(path = "/api/reports/aging", produces = "application/json")
  AgingResponse json(@RequestParam(required = false) String asOf) {
    requireManager();
    AgingReport.Aging aging = report.asOf(day(asOf));
    return new AgingResponse(
        aging.asOf(), aging.currencies().stream().map(CurrencyLine::of).toList());
  }

  @GetMapping(path = "/api/reports/aging", produces = "text/csv")
  ResponseEntity<String> csv(@RequestParam(required = false) String asOf) {
    requireManager();
    AgingReport.Aging aging = report.asOf(day(asOf));
    return CsvExport.response("aging-" + aging.asOf() + ".csv", CsvExport.summary(aging));
  }

  /** The receivables are the managers' business, as on the {@code /aging} page. */
  private static void requireManager() {
    boolean allowed =
        ApiUser.current()
            .map(user -> user.isIn(StaffGroups.MANAGERS) || user.isIn(StaffGroups.ADMIN))
            .orElse(false);
    if (!allowed) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.FORBIDDEN, "The aging report is for managers and administrators.");
      throw new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
    }
  }

  private LocalDate day(String asOf) {
    if (asOf == null || asOf.isBlank()) {
      return report.today();
    }
    try {
      return LocalDate.parse(asOf.trim());
    } catch (DateTimeParseException e) {
      throw invalidAsOf(asOf);
    }
  }

  static ErrorResponseException invalidAsOf(String given) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "asOf must be a date like 2026-04-30, not '" + given + "'");
    problem.setTitle("Invalid field");
    problem.setProperty(
        "errors", List.of(Map.of("field", "asOf", "message", "must be an ISO date (YYYY-MM-DD)")));
    ErrorResponseException error = new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    error.getHeaders().set(HttpHeaders.CONTENT_TYPE, "application/problem+json");
    return error;
  }
}
