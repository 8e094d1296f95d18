package org.fordra.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The CSV exports (RFC 4180): the aging report, the same for the API and the page, its
 * drill-downs and an invoice's audit trail.
 */
final class CsvExport {

  static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private CsvExport() {}

  static String summary(AgingReport.Aging aging) {
    StringBuilder csv = new StringBuilder("currency");
    for (AgingBucket bucket : AgingBucket.values()) {
      csv.append(',').append(bucket.key());
    }
    csv.append(",total\r\n");
    for (AgingAmounts amounts : aging.currencies()) {
      csv.append(amounts.currencyCode());
      for (AgingBucket bucket : AgingBucket.values()) {
        csv.append(',').append(amounts.get(bucket));
      }
      csv.append(',').append(amounts.total()).append("\r\n");
    }
    return csv.toString();
  }

  static String invoices(String currency, List<AgingReport.InvoiceAging> invoices) {
    StringBuilder csv =
        new StringBuilder(
            "invoice,customerId,customer,status,dueDate,daysPastDue,bucket,currency,outstanding\r\n");
    for (AgingReport.InvoiceAging line : invoices) {
      csv.append(field(line.number())).append(',')
          .append(line.customerId()).append(',')
          .append(field(line.customerName())).append(',')
          .append(line.status()).append(',')
          .append(line.dueDate()).append(',')
          .append(line.daysPastDue()).append(',')
          .append(line.bucket().key()).append(',')
          .append(currency).append(',')
          .append(line.outstanding()).append("\r\n");
    }
    return csv.toString();
  }

  /** Quotes a text field; a leading =, +, - or @ is defused so a spreadsheet does not run it. */
  static String field(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  static ResponseEntity<String> response(String filename, String body) {
    return ResponseEntity.ok()
        .contentType(TEXT_CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(body);
  }
}
