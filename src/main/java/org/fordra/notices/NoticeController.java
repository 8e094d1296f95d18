package org.fordra.notices;

import java.time.Instant;
import java.util.List;
import org.fordra.api.ApiFor;
import org.fordra.api.NotFound;
import org.fordra.api.Staff;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The notices sent for an invoice, and each stored copy exactly as it went out. A notice's
 * {@code sentAt} is when its step issued it (the contract's field, the date fees, deadlines and
 * contact limits count from); {@code state} says where it is in the outbox (PENDING, SENDING,
 * SENT, FAILED) and {@code dispatchedAt} when the mail server or print folder took it (null until
 * then).
 */
@RestController
class NoticeController {

  record NoticeLine(
      Long id, NoticeKind kind, NoticeChannel channel, String language, Instant sentAt,
      NoticeDispatch state, Instant dispatchedAt) {}

  private final NoticeRepository notices;
  private final InvoiceRepository invoices;

  NoticeController(NoticeRepository notices, InvoiceRepository invoices) {
    this.notices = notices;
    this.invoices = invoices;
  }

  @ApiFor(Staff.ANY_STAFF)
  @GetMapping("/api/invoices/{number}/notices")
  List<NoticeLine> sent(@PathVariable String number) {
    Invoice invoice =
        invoices
            .findByNumber(number)
            .orElseThrow(() -> new NotFound("No invoice " + number));
    return notices.dispatchedFor(invoice.getId()).stream()
        .map(d -> new NoticeLine(d.notice().getId(), d.notice().getKind(), d.notice().getChannel(),
            d.notice().getLanguage(), d.notice().getSentAt(), d.state(), d.dispatchedAt()))
        .toList();
  }

  @ApiFor(Staff.ANY_STAFF)
  @GetMapping("/api/notices/{id}")
  ResponseEntity<byte[]> copy(@PathVariable long id) {
    Notice notice =
        notices
            .findById(id)
            .orElseThrow(() -> new NotFound("No notice " + id));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(notice.getContentType()))
        .header("X-Content-SHA256", notice.getChecksum())
        .body(notice.content());
  }
}
