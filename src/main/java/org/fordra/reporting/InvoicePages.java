package org.fordra.reporting;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.notices.Notice;
import org.fordra.notices.NoticeRepository;
import org.fordra.security.PageFor;
import org.fordra.api.StaffGroups;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /invoices}, {@code /invoices/{number}} and {@code /notices/{id}}: every member of staff
 * may look up a claim, its charges, payments, notices (and their stored copies) and its audit
 * trail.
 */
@Controller
@PageFor({StaffGroups.COLLECTORS, StaffGroups.SALES, StaffGroups.MANAGERS, StaffGroups.ADMIN})
class InvoicePages {

  private final InvoiceList list;
  private final InvoiceFile file;
  private final NoticeRepository notices;

  InvoicePages(InvoiceList list, InvoiceFile file, NoticeRepository notices) {
    this.list = list;
    this.file = file;
    this.notices = notices;
  }

  @GetMapping("/invoices")
  String invoices(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String customer,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    InvoiceStatus filter = status(status);
    model.addAttribute("page", list.find(filter, customer, page));
    model.addAttribute("statuses", InvoiceStatus.values());
    model.addAttribute("status", filter);
    model.addAttribute("customer", customer == null ? "" : customer);
    return "pages/invoices";
  }

  @GetMapping("/invoices/{number}")
  String invoice(
      @PathVariable String number,
      @RequestParam(required = false) String q,
      Model model,
      HttpServletResponse response) {
    var maybe = file.of(number);
    if (maybe.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("number", number);
      return "pages/no-such-invoice";
    }
    InvoiceFile.File found = maybe.get();
    model.addAttribute("file", found);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("audit", file.audit(number, q));
    return "pages/invoice";
  }

  /**
   * The stored copy of a notice, as {@code GET /api/notices/{id}} serves it, for the links on the
   * invoice page: a signed-in member of staff opens it without a second (HTTP Basic) login.
   */
  @GetMapping("/notices/{id}")
  ResponseEntity<byte[]> notice(@PathVariable long id) {
    Notice notice =
        notices
            .findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No notice " + id));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(notice.getContentType()))
        .header("X-Content-SHA256", notice.getChecksum())
        .body(notice.content());
  }

  @GetMapping("/invoices/{number}/audit.csv")
  ResponseEntity<String> auditCsv(
      @PathVariable String number, @RequestParam(required = false) String q) {
    if (file.of(number).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No invoice " + number);
    }
    List<InvoiceFile.AuditLine> lines = file.audit(number, q);
    StringBuilder csv = new StringBuilder("at,actor,action,detail\r\n");
    for (InvoiceFile.AuditLine line : lines) {
      csv.append(line.at()).append(',')
          .append(CsvExport.field(line.actor())).append(',')
          .append(CsvExport.field(line.action())).append(',')
          .append(CsvExport.field(line.detail())).append("\r\n");
    }
    return CsvExport.response("audit-" + number + ".csv", csv.toString());
  }

  private static InvoiceStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return InvoiceStatus.valueOf(status.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no status " + status);
    }
  }
}
