package org.fordra.privacy;

import org.fordra.api.ApiFor;
import org.fordra.api.NotFound;
import org.fordra.api.Staff;
import org.fordra.audit.AuditTrail;
import org.fordra.notices.LetterPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/customers/{id}/personal-data}: the data-subject export, as JSON (art. 20, a
 * machine-readable format) or as a PDF to send the customer (art. 15). Managers and
 * administrators only; every export is written to the audit trail of each of the customer's
 * invoices, so who looked at a customer's data is on record.
 */
@RestController
class PersonalDataController {

  private final PersonalDataExport exports;
  private final LetterPrinter printer;
  private final AuditTrail audit;

  PersonalDataController(PersonalDataExport exports, LetterPrinter printer, AuditTrail audit) {
    this.exports = exports;
    this.printer = printer;
    this.audit = audit;
  }

  @ApiFor(Staff.PRIVACY)
  @GetMapping(path = "/api/customers/{id}/personal-data", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional
  PersonalDataExport.Export json(@PathVariable long id) {
    return audited(id, "JSON");
  }

  @ApiFor(Staff.PRIVACY)
  @GetMapping(path = "/api/customers/{id}/personal-data", produces = MediaType.APPLICATION_PDF_VALUE)
  @Transactional
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    PersonalDataExport.Export export = audited(id, "PDF");
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "inline; filename=\"personal-data-" + id + ".pdf\"")
        .body(printer.print(PersonalDataDocument.xhtml(export)));
  }

  private PersonalDataExport.Export audited(long id, String format) {
    PersonalDataExport.Export export =
        exports.of(id).orElseThrow(() -> new NotFound("No customer " + id));
    for (PersonalDataExport.InvoiceRecord invoice : export.invoices()) {
      audit.record(
          invoice.number(), "PERSONAL_DATA_EXPORTED",
          "The customer's personal data was exported (" + format + ", GDPR art. 15/20).");
    }
    return export;
  }
}
