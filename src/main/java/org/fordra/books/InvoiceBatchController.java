package org.fordra.books;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fordra.api.InvalidField;
import org.fordra.api.NotFound;
import org.fordra.api.ApiFor;
import org.fordra.api.Staff;
import org.fordra.books.InvoiceImport.Source;
import org.fordra.api.ApiUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invoices from the books in bulk (CONTRACT.md, "Money in and out"): JSON or CSV, up to 10,000
 * rows. Answered when done (200, the counts and every rejected row), or, with {@code Prefer:
 * respond-async} (RFC 7240), at once with 202 and the batch to follow at
 * {@code GET /api/invoices/batch/{id}}.
 */
@RestController
class InvoiceBatchController {

  record BatchRequest(List<BatchRow> invoices) {}

  private final InvoiceImports imports;

  InvoiceBatchController(InvoiceImports imports) {
    this.imports = imports;
  }

  @ApiFor(Staff.BOOKKEEPING)
  @PostMapping(path = "/api/invoices/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> json(
      @RequestBody BatchRequest request,
      @RequestHeader(name = "Prefer", required = false) String prefer) {
    if (request == null || request.invoices() == null) {
      throw new InvalidField("invoices", "is required: the rows, [{number, customer, ...}]");
    }
    if (request.invoices().size() > InvoiceBatch.MAX_ROWS) {
      throw tooLarge(request.invoices().size() + " rows");
    }
    return run(request.invoices(), prefer);
  }

  @ApiFor(Staff.BOOKKEEPING)
  @PostMapping(path = "/api/invoices/batch", consumes = "text/csv")
  ResponseEntity<?> csv(
      @RequestBody byte[] body,
      @RequestHeader(name = "Content-Type") MediaType type,
      @RequestHeader(name = "Prefer", required = false) String prefer) {
    // UTF-8 unless the caller names another charset: what the books write today, whereas
    // Spring's text default (ISO-8859-1) would garble every "ö" of a customer's name.
    Charset charset = type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
    List<BatchRow> rows;
    try {
      rows = CsvRows.read(body == null ? "" : new String(body, charset), InvoiceBatch.MAX_ROWS);
    } catch (CsvRows.TooManyRows tooMany) {
      throw tooLarge("more rows");
    }
    return run(rows, prefer);
  }

  @GetMapping("/api/invoices/batch/{id}")
  @ApiFor(Staff.BOOKKEEPING)
  InvoiceImports.ImportView batch(@PathVariable String id) {
    return imports.result(id).orElseThrow(() -> new NotFound("No batch " + id));
  }

  /** Every batch, newest first: from the API and from the watched folder. */
  @GetMapping("/api/imports")
  @ApiFor(Staff.BOOKKEEPING)
  List<InvoiceImports.ImportView> imports(@RequestParam(defaultValue = "50") int size) {
    if (size < 1 || size > 200) {
      throw new InvalidField("size", "must be between 1 and 200");
    }
    return imports.newest(size);
  }

  private ResponseEntity<?> run(List<BatchRow> rows, String prefer) {
    ApiUser user = ApiUser.current().orElseThrow();
    String id = imports.start(Source.API, null, user.id(), rows.size());
    URI location = URI.create("/api/invoices/batch/" + id);
    if (prefer != null && prefer.toLowerCase().contains("respond-async")) {
      imports.runLater(id, rows, user);
      return ResponseEntity.accepted()
          .location(location)
          .header("Preference-Applied", "respond-async")
          .body(imports.result(id).orElseThrow());
    }
    return ResponseEntity.ok().location(location).body(imports.run(id, rows));
  }

  private static ErrorResponseException tooLarge(String what) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.PAYLOAD_TOO_LARGE,
            "A batch has at most " + InvoiceBatch.MAX_ROWS + " rows; this one has " + what
                + ". Send it in parts; nothing was stored.");
    problem.setTitle("Batch too large");
    return new ErrorResponseException(HttpStatus.PAYLOAD_TOO_LARGE, problem, null);
  }
}
